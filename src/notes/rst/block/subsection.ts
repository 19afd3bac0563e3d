import type { BlockState } from './state';

/** A warning found while reading a title, reported only once docutils accepts or rejects it. */
export interface TitleWarning {
  line: number;
  message: string;
}

/**
 * docutils' RSTState.check_subsection + new_subsection: opens a section for a title, at the
 * level its style has (or the next level, for a new style). `style` is docutils' title style:
 * the underline character, or overline and underline together. `firstLine` is the title's first
 * source line (the overline, if any); `titleLine` the line of the title text. A title whose
 * level cannot be opened here is reported, and `keep` keeps its text as a paragraph.
 */
export function newSection(
  state: BlockState,
  title: string,
  style: string,
  titleLine: number,
  firstLine: number,
  keep: () => void,
  warnings: readonly TitleWarning[] = [],
): void {
  const sections = state.sections!;
  const styles = state.context.titleStyles;
  const current = sections.level();
  const known = styles.indexOf(style);
  let level: number;
  const inconsistent = () => {
    for (const warning of warnings) state.report(warning.line, 'warning', warning.message);
    // docutils' "Title level inconsistent:" is followed by the title in a literal block; say
    // what is wrong instead (the title is kept as a paragraph).
    state.report(
      titleLine,
      'severe',
      'Title level inconsistent: this underline style is not the next level down from the section it is in; kept as a paragraph.',
    );
    // docutils keeps the title only inside its system message; keep it readable.
    keep();
  };
  if (known === -1) {
    if (styles.length !== current) return inconsistent();
    styles.push(style);
    level = current + 1;
  } else {
    level = known + 1;
    // A level deeper than the next one cannot be opened here.
    if (level > current + 1) return inconsistent();
  }
  // A sibling or higher title is read twice by docutils (the inner section's state machine
  // hands it back to the outer one), so its warnings are reported twice.
  const readings = known !== -1 && level <= current ? 2 : 1;
  for (let reading = 0; reading < readings; reading++) {
    for (const warning of warnings) state.report(warning.line, 'warning', warning.message);
  }
  sections.closeTo(level - 1, firstLine);
  sections.push({
    type: 'section',
    line: titleLine,
    endLine: titleLine,
    level,
    title: state.inlines(title, titleLine),
    blocks: [],
  });
}

import type { BodyParser } from './body';
import { inlines, report } from './context';
import { codePointLength, columnWidth, pyRstrip, pyStrip } from './lines';
import type { Block, Section } from '../document/model';
import { isAdornmentLine } from './patterns';

/**
 * Section titles, the way docutils' Text.underline, Line state and RSTState.check_subsection
 * read them. docutils nests a state machine per section; here one stack of open sections does
 * the same at the document level (the only place titles are allowed).
 */
export class SectionStack {
  private readonly documentBlocks: Block[] = [];
  private readonly open: Section[] = [];
  private readonly rawLines: readonly string[];

  constructor(rawLines: readonly string[]) {
    this.rawLines = rawLines;
  }

  /** The blocks of the innermost open section, or of the document. */
  current(): Block[] {
    return this.open.length > 0 ? this.open[this.open.length - 1]!.blocks : this.documentBlocks;
  }

  /** Level of the innermost open section (0 = the document itself). */
  level(): number {
    return this.open.length;
  }

  /** Closes sections down to `level`; `beforeLine` (1-based) is where the next thing starts. */
  closeTo(level: number, beforeLine: number): void {
    let last = Math.min(beforeLine - 1, this.rawLines.length);
    while (last > 0 && this.rawLines[last - 1] === '') last--;
    while (this.open.length > level) {
      const section = this.open.pop()!;
      section.endLine = Math.max(section.line, last);
    }
  }

  push(section: Section): void {
    this.current().push(section);
    this.open.push(section);
  }

  finish(): Block[] {
    this.closeTo(0, this.rawLines.length + 1);
    return this.documentBlocks;
  }
}

/**
 * check_subsection + new_subsection. `style` is docutils' title style: the underline character,
 * or overline and underline together. `firstLine` is the title's first source line (the
 * overline, if any); `titleLine` the line of the title text.
 */
function section(
  parser: BodyParser,
  title: string,
  style: string,
  titleLine: number,
  firstLine: number,
  keep: () => void,
  warnings: readonly { line: number; message: string }[] = [],
): void {
  const sections = parser.sections!;
  const styles = parser.context.titleStyles;
  const current = sections.level();
  const known = styles.indexOf(style);
  let level: number;
  const inconsistent = () => {
    for (const warning of warnings)
      report(parser.context, warning.line, 'warning', warning.message);
    titleInconsistent(parser, titleLine, keep);
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
    for (const warning of warnings)
      report(parser.context, warning.line, 'warning', warning.message);
  }
  sections.closeTo(level - 1, firstLine);
  sections.push({
    type: 'section',
    line: titleLine,
    endLine: titleLine,
    level,
    title: inlines(parser.context, title, titleLine),
    blocks: [],
  });
}

function titleInconsistent(parser: BodyParser, line: number, keep: () => void): void {
  report(parser.context, line, 'severe', 'Title level inconsistent:');
  // docutils keeps the title only inside its system message; keep it readable.
  keep();
}

/** Text.underline: line `at` is text, line `under` an adornment. Returns the next line. */
export function underlinedTitle(parser: BodyParser, at: number, under: number): number {
  const title = parser.text(at);
  const underline = parser.text(under);
  const underLine = parser.lineNo(under);
  const warnings: { line: number; message: string }[] = [];
  if (columnWidth(title) > codePointLength(underline)) {
    if (codePointLength(underline) < 4) {
      if (parser.matchTitles) {
        report(
          parser.context,
          underLine,
          'info',
          "Possible title underline, too short for the title.\nTreating it as ordinary text because it's so short.",
        );
      }
      return parser.paragraphFrom(at, under);
    }
    warnings.push({ line: underLine, message: 'Title underline too short.' });
  }
  if (!parser.matchTitles) {
    for (const warning of warnings)
      report(parser.context, warning.line, 'warning', warning.message);
    report(parser.context, underLine, 'severe', 'Unexpected section title.');
    parser.keepAsParagraph(at, under + 1);
    return under + 1;
  }
  section(
    parser,
    title,
    `under:${underline[0]}`,
    parser.lineNo(at),
    parser.lineNo(at),
    () => parser.keepAsParagraph(at, at + 1),
    warnings,
  );
  return under + 1;
}

/** docutils' Body.line and Line state: an adornment line, first of a title or a transition. */
export function adornmentLine(parser: BodyParser, at: number): number {
  const marker = parser.text(at);
  const short = codePointLength(pyStrip(marker)) < 4;
  if (!parser.matchTitles) {
    if (pyStrip(marker) === '::') return parser.textLine(at);
    if (short) {
      report(
        parser.context,
        parser.lineNo(at),
        'info',
        "Unexpected possible title overline or transition.\nTreating it as ordinary text because it's so short.",
      );
      return parser.textLine(at);
    }
    report(parser.context, parser.lineNo(at), 'severe', 'Unexpected section title or transition.');
    parser.keepAsParagraph(at, at + 1);
    return at + 1;
  }
  const next = at + 1;
  if (next >= parser.lines.length || parser.isBlank(next)) {
    if (short) return parser.textLine(at);
    parser.emit({ type: 'transition', line: parser.lineNo(at) });
    return next;
  }
  const shortOverline = (): number => {
    report(
      parser.context,
      parser.lineNo(at),
      'info',
      "Possible incomplete section title.\nTreating the overline as ordinary text because it's so short.",
    );
    return parser.textLine(at);
  };
  const dropped = (to: number, severity: 'error' | 'severe', message: string): number => {
    report(parser.context, parser.lineNo(at), severity, message);
    parser.keepAsParagraph(at, to);
    return to;
  };
  if (!parser.isIndented(next) && isAdornmentLine(parser.text(next))) {
    if (short) return shortOverline();
    return dropped(next + 1, 'error', 'Invalid section title or transition marker.');
  }
  const under = next + 1;
  if (under >= parser.lines.length) {
    if (short) return shortOverline();
    return dropped(under, 'severe', 'Incomplete section title.');
  }
  const overline = pyRstrip(marker);
  const underline = parser.text(under);
  if (!isAdornmentLine(underline)) {
    if (short) return shortOverline();
    return dropped(under + 1, 'severe', 'Missing matching underline for section title overline.');
  }
  if (overline !== underline) {
    if (short) return shortOverline();
    return dropped(under + 1, 'severe', 'Title overline & underline mismatch.');
  }
  const title = parser.text(next);
  const warnings: { line: number; message: string }[] = [];
  if (columnWidth(title) > codePointLength(overline)) {
    if (short) return shortOverline();
    warnings.push({ line: parser.lineNo(at), message: 'Title overline too short.' });
  }
  section(
    parser,
    pyStrip(title),
    `over:${overline[0]}`,
    parser.lineNo(next),
    parser.lineNo(at),
    () => parser.keepAsParagraph(next, next + 1),
    warnings,
  );
  return under + 1;
}

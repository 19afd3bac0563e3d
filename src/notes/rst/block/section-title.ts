import { codePointLength, columnWidth } from '../source/lines';
import { keepAsParagraph, paragraphFrom } from './paragraph';
import type { BlockState } from './state';
import { newSection, type TitleWarning } from './subsection';

/**
 * docutils' Text.underline: line `at` is text, line `under` an adornment. A title where titles
 * are allowed; elsewhere kept as a paragraph with a message. Returns the next line.
 */
export function underlinedTitle(state: BlockState, at: number, under: number): number {
  const title = state.text(at);
  const underline = state.text(under);
  const underLine = state.lineNo(under);
  const warnings: TitleWarning[] = [];
  if (columnWidth(title) > codePointLength(underline)) {
    if (codePointLength(underline) < 4) {
      if (state.matchTitles) {
        state.report(
          underLine,
          'info',
          "Possible title underline, too short for the title.\nTreating it as ordinary text because it's so short.",
        );
      }
      return paragraphFrom(state, at, under);
    }
    warnings.push({ line: underLine, message: 'Title underline too short.' });
  }
  if (!state.matchTitles) {
    for (const warning of warnings) state.report(warning.line, 'warning', warning.message);
    state.report(underLine, 'severe', 'Unexpected section title.');
    keepAsParagraph(state, at, under + 1);
    return under + 1;
  }
  newSection(
    state,
    title,
    `under:${underline[0]}`,
    state.lineNo(at),
    state.lineNo(at),
    () => keepAsParagraph(state, at, at + 1),
    warnings,
  );
  return under + 1;
}

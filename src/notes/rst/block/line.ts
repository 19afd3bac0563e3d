import { codePointLength, columnWidth, pyRstrip, pyStrip } from '../source/lines';
import { keepAsParagraph } from './paragraph';
import { isAdornmentLine } from './patterns';
import type { BlockRule } from './rule';
import type { BlockState } from './state';
import { newSection, type TitleWarning } from './subsection';
import { textLine } from './text';

/**
 * docutils' Body.line and the Line state: an adornment line, first of an overlined title or a
 * transition. Returns the next line.
 */
function adornmentLine(state: BlockState, at: number): number {
  const marker = state.text(at);
  const short = codePointLength(pyStrip(marker)) < 4;
  if (!state.matchTitles) {
    if (pyStrip(marker) === '::') return textLine(state, at);
    if (short) {
      state.report(
        state.lineNo(at),
        'info',
        "Unexpected possible title overline or transition.\nTreating it as ordinary text because it's so short.",
      );
      return textLine(state, at);
    }
    state.report(state.lineNo(at), 'severe', 'Unexpected section title or transition.');
    keepAsParagraph(state, at, at + 1);
    return at + 1;
  }
  const next = at + 1;
  if (next >= state.lines.length || state.isBlank(next)) {
    if (short) return textLine(state, at);
    state.emit({ type: 'transition', line: state.lineNo(at) });
    return next;
  }
  const shortOverline = (): number => {
    state.report(
      state.lineNo(at),
      'info',
      "Possible incomplete section title.\nTreating the overline as ordinary text because it's so short.",
    );
    return textLine(state, at);
  };
  const dropped = (to: number, severity: 'error' | 'severe', message: string): number => {
    state.report(state.lineNo(at), severity, message);
    keepAsParagraph(state, at, to);
    return to;
  };
  if (!state.isIndented(next) && isAdornmentLine(state.text(next))) {
    if (short) return shortOverline();
    return dropped(next + 1, 'error', 'Invalid section title or transition marker.');
  }
  const under = next + 1;
  if (under >= state.lines.length) {
    if (short) return shortOverline();
    return dropped(under, 'severe', 'Incomplete section title.');
  }
  const overline = pyRstrip(marker);
  const underline = state.text(under);
  if (!isAdornmentLine(underline)) {
    if (short) return shortOverline();
    return dropped(under + 1, 'severe', 'Missing matching underline for section title overline.');
  }
  if (overline !== underline) {
    if (short) return shortOverline();
    return dropped(under + 1, 'severe', 'Title overline & underline mismatch.');
  }
  const title = state.text(next);
  const warnings: TitleWarning[] = [];
  if (columnWidth(title) > codePointLength(overline)) {
    if (short) return shortOverline();
    warnings.push({ line: state.lineNo(at), message: 'Title overline too short.' });
  }
  newSection(
    state,
    pyStrip(title),
    `over:${overline[0]}`,
    state.lineNo(next),
    state.lineNo(at),
    () => keepAsParagraph(state, next, next + 1),
    warnings,
  );
  return under + 1;
}

/** Body.line: a line of one repeated punctuation character (a transition or an overline). */
export const line: BlockRule = (state, at) => {
  if (!isAdornmentLine(state.text(at))) return false;
  state.line = adornmentLine(state, at);
  return true;
};

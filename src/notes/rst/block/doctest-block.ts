import { getTextBlock, joinLines } from '../source/source';
import { isDoctest } from './patterns';
import type { BlockRule } from './rule';

/**
 * docutils' Body.doctest: `>>>` lines up to a blank line keep their text, as a code block of
 * an interactive Python session.
 */
export const doctestBlock: BlockRule = (state, at) => {
  if (!isDoctest(state.text(at))) return false;
  const { end } = getTextBlock(state.source, state.lines, at, false);
  state.emit({
    type: 'literalBlock',
    line: state.lineNo(at),
    text: joinLines(state.source, state.lines, at, end),
    language: 'pycon',
  });
  state.line = end;
  return true;
};

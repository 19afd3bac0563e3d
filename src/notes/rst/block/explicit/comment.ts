import { getIndented, joinLines, trimBlankEnds } from '../../source/source';
import type { BlockState } from '../state';
import type { Construct } from './construct';

/**
 * docutils' Body.comment: explicit markup no construct recognises. `textStart` is where the
 * comment's text starts on line `at`.
 */
export function comment(state: BlockState, at: number, textStart: number): Construct {
  const line = state.lineNo(at);
  const first = state.text(at).slice(textStart);
  if (!first.trim() && (at + 1 >= state.lines.length || state.isBlank(at + 1))) {
    // "A tiny but practical wart": an empty comment ends at its own line.
    state.emit({ type: 'comment', line, text: '' });
    return { end: at + 1, blankFinish: true };
  }
  const block = getIndented(state.source, state.lines, at, { firstIndent: textStart });
  const lines = trimBlankEnds(state.source, block.lines);
  state.emit({ type: 'comment', line, text: joinLines(state.source, lines) });
  return { end: block.end, blankFinish: block.blankFinish };
}

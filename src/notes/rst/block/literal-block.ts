import { isAdornmentChar } from './patterns';
import { getIndented, joinLines, trimBlankEnds } from '../source/source';
import type { BlockState } from './state';

/*
 * The literal block after "::" (docutils' Text.literal_block and the QuotedLiteralBlock state).
 */

/**
 * The indented lines from `at` on, or else lines quoted with one punctuation character. `last`
 * is the paragraph's last line (where docutils reports a missing block at the end of input).
 * Returns the first line after the block.
 */
export function literalBlock(state: BlockState, at: number, last: number): number {
  if (at >= state.lines.length) {
    state.report(state.lineNo(last), 'warning', 'Literal block expected; none found.');
    return at;
  }
  const block = getIndented(state.source, state.lines, at);
  const lines = trimBlankEnds(state.source, block.lines);
  if (lines.length === 0) return quotedLiteralBlock(state, at);
  state.emit({
    type: 'literalBlock',
    line: state.source.lineNumber(lines[0]!),
    text: joinLines(state.source, lines),
  });
  if (!block.blankFinish) state.unindentWarning('Literal block', block.end);
  return block.end;
}

/** docutils' QuotedLiteralBlock state. */
function quotedLiteralBlock(state: BlockState, at: number): number {
  const first = state.skipBlank(at);
  if (first >= state.lines.length || !isAdornmentChar(state.text(first)[0]!)) {
    const line =
      first >= state.lines.length ? state.lineNo(state.lines.length - 1) : state.lineNo(first);
    state.report(line, 'warning', 'Literal block expected; none found.');
    return first;
  }
  const quote = state.text(first)[0]!;
  let end = first + 1;
  while (end < state.lines.length && !state.isBlank(end)) {
    if (state.isIndented(end)) {
      state.report(state.lineNo(end), 'error', 'Unexpected indentation.');
      break;
    }
    if (state.text(end)[0] !== quote) {
      state.report(state.lineNo(end), 'error', 'Inconsistent literal block quoting.');
      break;
    }
    end += 1;
  }
  state.emit({
    type: 'literalBlock',
    line: state.lineNo(first),
    text: joinLines(state.source, state.lines, first, end),
  });
  return end;
}

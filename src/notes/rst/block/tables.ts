import { joinLines } from '../source/source';
import type { BlockState } from './state';

/**
 * Tables are not part of the model yet: the lines [at, end) of one are kept as a literal block,
 * with a message saying so.
 */
export function keepTableAsText(state: BlockState, at: number, end: number): void {
  state.emit({
    type: 'literalBlock',
    line: state.lineNo(at),
    text: joinLines(state.source, state.lines, at, end),
  });
  state.report(state.lineNo(at), 'info', 'Tables are not interpreted; kept as literal text.');
  state.line = end;
}

import { getTextBlock } from '../source/source';
import { isGridTableTop } from './patterns';
import type { BlockRule } from './rule';
import type { BlockState } from './state';
import { parseGridTable } from './table-parsers';
import { malformedTable, padded, readTable } from './tables';

/** `\+-[-+]+-\+ *$` (the stripped lines are already right-stripped). */
function isBorder(text: string): boolean {
  return isGridTableTop(text.trim());
}

/**
 * docutils' isolate_grid_table: the lines up to a blank (or indented) line, cut back to the last
 * border when the left edge or the bottom is missing; every line must be as wide as the top and
 * end in `+` or `|`. Returns [end of the table, end of what was read, blank finish].
 */
function isolateGridTable(
  state: BlockState,
  at: number,
): { end: number; ok: boolean; blankFinish: boolean } {
  const text = getTextBlock(state.source, state.lines, at, true);
  let blankFinish = true;
  if (text.unexpectedIndent) {
    state.report(state.lineNo(text.end), 'error', 'Unexpected indentation.');
    blankFinish = false;
  }
  let end = text.end;
  const width = padded(state.text(at).trim()).length;
  for (let k = at; k < end; k++) {
    const first = state.text(k).trim()[0];
    if (first !== '+' && first !== '|') {
      blankFinish = false;
      end = k;
      break;
    }
  }
  if (!isBorder(state.text(end - 1))) {
    blankFinish = false;
    let bottom = -1;
    for (let k = end - 2; k > at + 1; k--) {
      if (isBorder(state.text(k))) {
        bottom = k;
        break;
      }
    }
    if (bottom === -1) return { end, ok: false, blankFinish };
    end = bottom + 1;
  }
  for (let k = at; k < end; k++) {
    const line = padded(state.text(k).trim());
    const last = line[line.length - 1];
    if (line.length !== width || (last !== '+' && last !== '|')) {
      return { end, ok: false, blankFinish };
    }
  }
  return { end, ok: true, blankFinish };
}

/** docutils' Body.grid_table_top (`+---+---+`). */
export const gridTable: BlockRule = (state, at) => {
  if (!isGridTableTop(state.text(at))) return false;
  const { end, ok, blankFinish } = isolateGridTable(state, at);
  if (ok) readTable(state, at, end, parseGridTable, true);
  else malformedTable(state, at, end, null);
  if (!blankFinish) {
    state.report(state.lineNo(end), 'warning', 'Blank line required after table.');
  }
  state.line = end;
  return true;
};

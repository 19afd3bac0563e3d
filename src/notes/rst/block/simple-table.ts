import { isSimpleTableBorder, isSimpleTableTop } from './patterns';
import type { BlockRule } from './rule';
import type { BlockState } from './state';
import { parseSimpleTable } from './table-parsers';
import { malformedTable, readTable } from './tables';

/**
 * docutils' isolate_simple_table: the table ends at its second border after the top, or at a
 * border followed by a blank line (or the end). A border of another width is malformed. Every
 * line is looked at once: where no bottom is found, the table takes every line it looked at
 * (as docutils does), so no line is scanned again by the next table.
 */
function isolateSimpleTable(
  state: BlockState,
  at: number,
): { end: number; ok: boolean; detail: string | null; blankFinish: boolean } {
  const last = state.lines.length - 1;
  const topLength = state.text(at).trim().length;
  let found = 0;
  let foundAt = -1;
  for (let i = at + 1; i <= last; i++) {
    if (state.isIndented(i) || state.isBlank(i) || !isSimpleTableBorder(state.text(i))) continue;
    const blankAfter = i === last || state.isBlank(i + 1);
    if (state.text(i).trim().length !== topLength) {
      return {
        end: i + 1,
        ok: false,
        detail: 'Bottom/header table border does not match top border.',
        blankFinish: blankAfter,
      };
    }
    found++;
    foundAt = i;
    if (found === 2 || blankAfter)
      return { end: i + 1, ok: true, detail: null, blankFinish: blankAfter };
  }
  if (found > 0) {
    return {
      end: foundAt + 1,
      ok: false,
      detail: 'No bottom table border found or no blank line after table bottom.',
      blankFinish: false,
    };
  }
  return { end: last + 1, ok: false, detail: 'No bottom table border found.', blankFinish: true };
}

/** docutils' Body.simple_table_top (`===  ===`). */
export const simpleTable: BlockRule = (state, at) => {
  if (!isSimpleTableTop(state.text(at))) return false;
  const { end, ok, detail, blankFinish } = isolateSimpleTable(state, at);
  if (ok) readTable(state, at, end, parseSimpleTable, false);
  else malformedTable(state, at, end, detail);
  if (!blankFinish) {
    state.report(state.lineNo(end), 'warning', 'Blank line required after table.');
  }
  state.line = end;
  return true;
};

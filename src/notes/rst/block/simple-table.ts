import { getTextBlock } from '../source/source';
import { isSimpleTableBorder, isSimpleTableTop } from './patterns';
import type { BlockRule } from './rule';

import { keepTableAsText } from './tables';

/**
 * docutils' Body.simple_table_top (`===  ===`). A simple table may contain blank lines: it ends
 * at a border followed by a blank line (or, without one, at the first blank line).
 */
export const simpleTable: BlockRule = (state, at) => {
  if (!isSimpleTableTop(state.text(at))) return false;
  let end = getTextBlock(state.source, state.lines, at, false).end;
  for (let k = at + 1; k < state.lines.length; k++) {
    if (
      !state.isIndented(k) &&
      !state.isBlank(k) &&
      isSimpleTableBorder(state.text(k)) &&
      state.isBlank(k + 1)
    ) {
      end = k + 1;
      break;
    }
  }
  keepTableAsText(state, at, end);
  return true;
};

import { getTextBlock } from '../source/source';
import { isGridTableTop } from './patterns';
import type { BlockRule } from './rule';
import { keepTableAsText } from './tables';

/** docutils' Body.grid_table_top (`+---+---+`): the table runs to the next blank line. */
export const gridTable: BlockRule = (state, at) => {
  if (!isGridTableTop(state.text(at))) return false;
  keepTableAsText(state, at, getTextBlock(state.source, state.lines, at, false).end);
  return true;
};

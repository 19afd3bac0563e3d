import type { ListItem } from '../../document/model';
import { getIndented } from '../source/source';
import { classifyLine, type LineKind } from './patterns';
import type { BlockState } from './state';

/*
 * What bullet, enumerated and field lists share: docutils' Body.list_item, and how the
 * BulletList / EnumeratedList / FieldList states find the next item.
 */

/** The next item's first line, if the list goes on: blank lines are skipped, indentation ends it. */
export function nextItem(state: BlockState, end: number): { at: number; line: LineKind } | null {
  const at = state.skipBlank(end);
  if (at >= state.lines.length || state.isIndented(at)) return null;
  return { at, line: classifyLine(state.text(at)) };
}

/** docutils' list_item(): the item's text starts `markerEnd` columns in. */
export function listItem(
  state: BlockState,
  at: number,
  markerEnd: number,
): { item: ListItem; end: number; blankFinish: boolean } {
  const rest = state.text(at).slice(markerEnd);
  // Text on the marker line fixes the item's indentation; otherwise the next line sets it.
  const block = rest
    ? getIndented(state.source, state.lines, at, { blockIndent: markerEnd })
    : getIndented(state.source, state.lines, at, { firstIndent: markerEnd });
  const item: ListItem = { line: state.lineNo(at), blocks: state.nested(block.lines) };
  return { item, end: block.end, blankFinish: block.blankFinish };
}

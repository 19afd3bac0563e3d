import type { ListItem } from '../../document/model';
import { listItem, nextItem } from './list-items';
import { matchBullet } from './patterns';
import type { BlockRule } from './rule';

/** docutils' Body.bullet and the BulletList state: items while the same bullet starts a line. */
export const bulletList: BlockRule = (state, at) => {
  const markerEnd = matchBullet(state.text(at));
  if (markerEnd === -1) return false;
  const bullet = state.text(at)[0]!;
  const items: ListItem[] = [];
  let item = listItem(state, at, markerEnd);
  items.push(item.item);
  for (;;) {
    const next = nextItem(state, item.end);
    // A different bullet character starts a new list.
    if (!next || next.line.kind !== 'bullet' || state.text(next.at)[0] !== bullet) break;
    item = listItem(state, next.at, next.line.end);
    items.push(item.item);
  }
  state.emit({ type: 'bulletList', line: state.lineNo(at), bullet, items });
  if (!item.blankFinish) state.unindentWarning('Bullet list', item.end);
  state.line = item.end;
  return true;
};

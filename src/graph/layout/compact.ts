/**
 * Compaction of one level, the classic one-dimensional compaction of VLSI layout (also ELK's
 * `OneDimensionalCompactor`): left to right, every item moves as far left as it can without
 * coming closer than `gap` to an item beside it (one whose vertical extent it shares) and without
 * passing the centre of an item that was left of it; then the same top to bottom.
 * The left/right and above/below order of the items is kept, so relations cross as before, and
 * the empty space a force layout leaves between groups is gone: the map reads larger on the same
 * screen. Synchronous and small, so it runs alike in Node, a worker thread and a Web Worker;
 * quadratic in a level's size (levels are kept small, hierarchy.ts).
 */
import type { Point } from './geometry';

export interface CompactItem {
  id: string;
  width: number;
  height: number;
}

export function compact(
  items: readonly CompactItem[],
  positions: Map<string, Point>,
  gap: number,
): void {
  compactAlong(items, positions, gap, 'x');
  compactAlong(items, positions, gap, 'y');
}

function compactAlong(
  items: readonly CompactItem[],
  positions: Map<string, Point>,
  gap: number,
  axis: 'x' | 'y',
): void {
  const other = axis === 'x' ? 'y' : 'x';
  const size = (item: CompactItem) => (axis === 'x' ? item.width : item.height);
  const across = (item: CompactItem) => (axis === 'x' ? item.height : item.width);
  const order = [...items].sort(
    (a, b) => positions.get(a.id)![axis] - positions.get(b.id)![axis] || (a.id < b.id ? -1 : 1),
  );
  if (order.length < 2) return;
  const start = Math.min(...order.map((item) => positions.get(item.id)![axis] - size(item) / 2));
  const placed: { item: CompactItem; centre: number; lo: number; hi: number }[] = [];
  let previous = -Infinity;
  for (const item of order) {
    const at = positions.get(item.id)!;
    const lo = at[other] - across(item) / 2;
    const hi = at[other] + across(item) / 2;
    let centre = Math.max(start + size(item) / 2, previous);
    for (const before of placed) {
      // Beside each other (sharing some extent across, gap included): keep them apart.
      if (before.lo < hi + gap && lo < before.hi + gap) {
        centre = Math.max(centre, before.centre + size(before.item) / 2 + gap + size(item) / 2);
      }
    }
    centre = Math.round(centre);
    placed.push({ item, centre, lo, hi });
    previous = centre;
    positions.set(item.id, axis === 'x' ? { x: centre, y: at.y } : { x: at.x, y: centre });
  }
}

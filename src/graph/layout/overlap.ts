/**
 * Pushes apart boxes that overlap (or come closer than `gap`), moving as little as it can:
 * each overlap is resolved along its shorter axis, and a box that should stay put (a concept the
 * reader has learned the place of) only moves when two such boxes collide. Deterministic: pairs
 * are visited in a fixed order. A sweep over boxes sorted by their left edge keeps each pass
 * near-linear on spread-out levels.
 */
import type { Point } from './geometry';

export interface Footprint {
  id: string;
  width: number;
  height: number;
}

export function removeOverlaps(
  items: readonly Footprint[],
  positions: Map<string, Point>,
  options: { gap: number; keep?: ReadonlySet<string>; maxPasses?: number },
): void {
  const keep = options.keep ?? new Set<string>();
  const maxPasses = options.maxPasses ?? 50;
  for (let pass = 0; pass < maxPasses; pass++) {
    const boxes = items
      .map((item) => ({ item, at: positions.get(item.id)! }))
      .sort(
        (a, b) =>
          a.at.x - a.item.width / 2 - (b.at.x - b.item.width / 2) ||
          (a.item.id < b.item.id ? -1 : 1),
      );
    let moved = false;
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i]!;
      for (let j = i + 1; j < boxes.length; j++) {
        const b = boxes[j]!;
        const aRight = a.at.x + a.item.width / 2 + options.gap;
        if (b.at.x - b.item.width / 2 >= aRight) break;
        // Two boxes that stay are parted only if they really overlap (a container grew), never
        // for a gap the earlier layout left a little narrower.
        const gap = keep.has(a.item.id) && keep.has(b.item.id) ? 0 : options.gap;
        const overlapX =
          Math.min(a.at.x + a.item.width / 2, b.at.x + b.item.width / 2) -
          Math.max(a.at.x - a.item.width / 2, b.at.x - b.item.width / 2) +
          gap;
        const overlapY =
          Math.min(a.at.y + a.item.height / 2, b.at.y + b.item.height / 2) -
          Math.max(a.at.y - a.item.height / 2, b.at.y - b.item.height / 2) +
          gap;
        if (overlapX <= 0 || overlapY <= 0) continue;
        moved = true;
        const alongX = overlapX < overlapY;
        const amount = alongX ? overlapX : overlapY;
        const sign = alongX ? Math.sign(b.at.x - a.at.x) || 1 : Math.sign(b.at.y - a.at.y) || 1;
        const aStays = keep.has(a.item.id);
        const bStays = keep.has(b.item.id);
        // Who moves: the free one; both halves if both are free; the later one if neither is.
        const shareA = aStays && !bStays ? 0 : !aStays && bStays ? 1 : aStays && bStays ? 0 : 0.5;
        const shareB = 1 - shareA;
        const moveA = -sign * amount * shareA;
        const moveB = sign * amount * shareB;
        a.at = alongX ? { x: a.at.x + moveA, y: a.at.y } : { x: a.at.x, y: a.at.y + moveA };
        b.at = alongX ? { x: b.at.x + moveB, y: b.at.y } : { x: b.at.x, y: b.at.y + moveB };
        positions.set(a.item.id, a.at);
        positions.set(b.item.id, b.at);
      }
    }
    if (!moved) return;
  }
}

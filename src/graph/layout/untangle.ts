/**
 * Fewer crossings after the force layout (place-level.ts): fCoSE places related items close but
 * does not count crossings, and on notes where every concept names several others (a TCP/IP
 * memo) it leaves many. This pass swaps items of similar size when the swap lowers the number of
 * crossings plus relations running under an item, counting only the relations that move, until
 * no swap helps. Swapping keeps the level's shape and spacing, so nothing new overlaps. Items
 * that must stay (the layout file, pins) are never swapped. Deterministic.
 */
import { boxAround, segmentHitsBox, segmentsCross, type Box, type Point } from './geometry';
import type { LevelItem, LevelLink } from './levels';

/** Two items may trade places when neither is much larger than the other. */
const SIZE_TOLERANCE = 1.35;
const MAX_PASSES = 8;

export function untangle(
  items: readonly LevelItem[],
  links: readonly LevelLink[],
  positions: Map<string, Point>,
  keep: ReadonlySet<string> = new Set(),
): void {
  if (links.length < 2) return;
  const sizeOf = new Map(items.map((item) => [item.id, item]));
  const incident = new Map<string, LevelLink[]>();
  for (const link of links) {
    for (const end of [link.source, link.target]) {
      const list = incident.get(end);
      if (list) list.push(link);
      else incident.set(end, [link]);
    }
  }
  const boxOf = (id: string): Box => {
    const item = sizeOf.get(id)!;
    return boxAround(positions.get(id)!, item.width, item.height);
  };

  /** Crossings and under-passes that involve `moved`'s relations, or relations over `moved`. */
  const localCost = (moved: readonly string[]): number => {
    const movedLinks = new Set<LevelLink>();
    for (const id of moved) for (const link of incident.get(id) ?? []) movedLinks.add(link);
    let cost = 0;
    for (const link of movedLinks) {
      const a = positions.get(link.source)!;
      const b = positions.get(link.target)!;
      for (const other of links) {
        if (other === link) continue;
        if (movedLinks.has(other) && other < link) continue;
        if (sharesEnd(link, other)) continue;
        if (segmentsCross(a, b, positions.get(other.source)!, positions.get(other.target)!)) {
          cost += 3 * Math.min(link.weight, other.weight);
        }
      }
      for (const item of items) {
        if (item.id === link.source || item.id === link.target) continue;
        if (segmentHitsBox(a, b, boxOf(item.id))) cost += 4 * link.weight;
      }
    }
    // Relations that now run under one of the moved items.
    for (const id of moved) {
      const box = boxOf(id);
      for (const other of links) {
        if (movedLinks.has(other) || other.source === id || other.target === id) continue;
        if (segmentHitsBox(positions.get(other.source)!, positions.get(other.target)!, box)) {
          cost += 4 * other.weight;
        }
      }
    }
    return cost;
  };

  const movable = items.filter((item) => !keep.has(item.id) && incident.has(item.id));
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let improved = false;
    for (let i = 0; i < movable.length; i++) {
      for (let j = i + 1; j < movable.length; j++) {
        const a = movable[i]!;
        const b = movable[j]!;
        if (!similarSize(a, b)) continue;
        const pair = [a.id, b.id];
        const before = localCost(pair);
        if (before === 0) continue;
        swap(positions, a.id, b.id);
        if (localCost(pair) < before) {
          improved = true;
        } else {
          swap(positions, a.id, b.id);
        }
      }
    }
    if (!improved) return;
  }
}

function sharesEnd(a: LevelLink, b: LevelLink): boolean {
  return (
    a.source === b.source || a.source === b.target || a.target === b.source || a.target === b.target
  );
}

function similarSize(a: LevelItem, b: LevelItem): boolean {
  const ratio = (x: number, y: number) => Math.max(x, y) / Math.max(Math.min(x, y), 1);
  return ratio(a.width, b.width) <= SIZE_TOLERANCE && ratio(a.height, b.height) <= SIZE_TOLERANCE;
}

/** Trade the two items' centres, each keeping its own size around the other's centre. */
function swap(positions: Map<string, Point>, a: string, b: string): void {
  const pa = positions.get(a)!;
  positions.set(a, positions.get(b)!);
  positions.set(b, pa);
}

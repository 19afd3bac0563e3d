/**
 * Lays out one level of the map (a container's contents, or the top):
 *
 * 1. fCoSE (force.ts) places the level's items as plain boxes joined by its aggregated
 *    relations: related items come close, unrelated ones are tiled. Items with a position
 *    already (from the layout file, or pinned) are fixed, and only new ones move.
 * 2. Overlaps are removed (overlap.ts) and the level is compacted (compact.ts) while keeping
 *    its left/right and above/below order: a compact level reads larger on the same screen.
 * 3. Items trade places or move to free spots where their relations cross less (optimize.ts,
 *    on this level's relations alone; the whole map gets the same pass later, hierarchy.ts).
 * 4. Several seeds are tried and the level with the fewest crossings, the fewest relations
 *    running under an item, and the least empty space in the map pane's shape is kept.
 *
 * Synchronous and pure apart from the engine it is given, so independent levels can run in
 * worker threads (src/site/layout-pool.ts) or a Web Worker. A very large level (a notebook of
 * hundreds of sections) is laid out as a grid in reading order: forces cannot make such a level
 * readable, and their cost grows faster than the level (issue 15).
 */
import { compact } from './compact';
import { ITEM_GAP, type ForceEngine } from './force';
import { boxAround, segmentHitsBox, segmentsCross, type Point } from './geometry';
import type { LevelItem, LevelLink } from './levels';
import { optimizeDrawing } from './optimize';
import { removeOverlaps } from './overlap';

/** Seeds tried per level; a level this large or larger gets one try (issue 15: big maps). */
export const LEVEL_SEEDS = [1, 2, 3, 4];
const ONE_TRY_FROM = 60;
/** Segment tests the annealing may spend on a level of ONE_TRY_FROM items or more. */
const LARGE_LEVEL_BUDGET = 4_000_000;
/** From this many items a level is a grid in reading order (see above). */
const GRID_FROM = 400;
/**
 * A level keeps at most this many links per item, the strongest: in a notebook where every
 * section mentions every other, the weak links only slow the forces down (issue 15).
 */
const MAX_LINKS_PER_ITEM = 6;
/** Map pane's shape at first sight (896 × 743 at 1280 × 800, less the controls). */
const PANE_ASPECT = 1.2;

export interface PlaceOptions {
  engine: ForceEngine;
  /** Positions to keep (centres, relative to the level). */
  fixed?: ReadonlyMap<string, Point>;
  /** Which seeds to try (a whole-map restart tries another set). */
  seeds?: readonly number[];
}

export function placeLevel(
  items: readonly LevelItem[],
  links: readonly LevelLink[],
  options: PlaceOptions,
): Map<string, Point> {
  const fixed = options.fixed ?? new Map<string, Point>();
  if (items.length === 0) return new Map();
  if (items.length === 1) {
    const only = items[0]!;
    return new Map([[only.id, fixed.get(only.id) ?? { x: 0, y: 0 }]]);
  }
  if (items.every((item) => fixed.has(item.id))) {
    return new Map(items.map((item) => [item.id, fixed.get(item.id)!]));
  }
  if (fixed.size > 0) {
    // A small edit: the known items stay, the new ones go near what they relate to.
    const placed = options.engine.place(items, links, fixed, 1);
    removeOverlaps(items, placed, { gap: ITEM_GAP, keep: new Set(fixed.keys()) });
    return placed;
  }
  if (items.length >= GRID_FROM) return gridOf(items);
  links = strongest(links, items.length * MAX_LINKS_PER_ITEM);

  const tried = options.seeds ?? LEVEL_SEEDS;
  const seeds = items.length >= ONE_TRY_FROM ? tried.slice(0, 1) : tried;
  let best: { placed: Map<string, Point>; score: number } | null = null;
  for (const seed of seeds) {
    const placed = options.engine.place(items, links, fixed, seed);
    removeOverlaps(items, placed, { gap: ITEM_GAP });
    compact(items, placed, ITEM_GAP);
    optimizeDrawing({
      nodes: items.map((item) => ({ ...item, parent: null })),
      edges: links,
      positions: placed,
      containers: new Map(),
      seed,
      // A large level (a notebook's sections) gets a shorter pass: it is not read whole.
      ...(items.length >= ONE_TRY_FROM
        ? { movesPerItem: 30, budget: LARGE_LEVEL_BUDGET }
        : { movesPerItem: 100 }),
    });
    const score = scoreOf(items, links, placed);
    if (!best || score < best.score) best = { placed, score };
  }
  return best!.placed;
}

/** The `limit` heaviest links, in their own order (ties: the earlier first). */
function strongest(links: readonly LevelLink[], limit: number): readonly LevelLink[] {
  if (links.length <= limit) return links;
  const kept = new Set(
    links
      .map((link, index) => ({ link, index }))
      .sort((a, b) => b.link.weight - a.link.weight || a.index - b.index)
      .slice(0, limit)
      .map(({ link }) => link),
  );
  return links.filter((link) => kept.has(link));
}

/**
 * Rows in reading order, as wide as the pane's shape asks for, each row as tall as its tallest
 * item: linear in the level's size.
 */
function gridOf(items: readonly LevelItem[]): Map<string, Point> {
  const area = items.reduce(
    (sum, item) => sum + (item.width + ITEM_GAP) * (item.height + ITEM_GAP),
    0,
  );
  const rowWidth = Math.sqrt(area * PANE_ASPECT);
  const placed = new Map<string, Point>();
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const item of items) {
    if (x > 0 && x + item.width > rowWidth) {
      x = 0;
      y += rowHeight + ITEM_GAP;
      rowHeight = 0;
    }
    placed.set(item.id, { x: x + item.width / 2, y: y + item.height / 2 });
    x += item.width + ITEM_GAP;
    rowHeight = Math.max(rowHeight, item.height);
  }
  return placed;
}

/**
 * Lower is better: crossings and relations running under an item matter most, then the area
 * beyond what the items themselves need, then a shape far from the map pane's.
 */
function scoreOf(
  items: readonly LevelItem[],
  links: readonly LevelLink[],
  placed: ReadonlyMap<string, Point>,
): number {
  const boxOf = new Map(
    items.map((item) => [item.id, boxAround(placed.get(item.id)!, item.width, item.height)]),
  );
  let crossings = 0;
  let under = 0;
  for (let i = 0; i < links.length; i++) {
    const a = links[i]!;
    const a1 = placed.get(a.source)!;
    const a2 = placed.get(a.target)!;
    for (let j = i + 1; j < links.length; j++) {
      const b = links[j]!;
      if (a.source === b.source || a.source === b.target) continue;
      if (a.target === b.source || a.target === b.target) continue;
      if (segmentsCross(a1, a2, placed.get(b.source)!, placed.get(b.target)!)) {
        crossings += a.weight * b.weight;
      }
    }
    for (const item of items) {
      if (item.id === a.source || item.id === a.target) continue;
      if (segmentHitsBox(a1, a2, boxOf.get(item.id)!)) under += a.weight;
    }
  }
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  let itemArea = 0;
  for (const box of boxOf.values()) {
    x1 = Math.min(x1, box.x1);
    y1 = Math.min(y1, box.y1);
    x2 = Math.max(x2, box.x2);
    y2 = Math.max(y2, box.y2);
    itemArea += (box.x2 - box.x1) * (box.y2 - box.y1);
  }
  const spread = ((x2 - x1) * (y2 - y1)) / Math.max(itemArea, 1);
  const aspect = Math.abs(Math.log((x2 - x1) / Math.max(y2 - y1, 1) / PANE_ASPECT));
  return crossings * 3 + under * 4 + spread + aspect;
}

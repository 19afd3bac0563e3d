/**
 * Lays out one level of the map (a container's contents, or the top) in three steps, each by a
 * well-kept library or a few lines of geometry:
 *
 * 1. fCoSE (cytoscape-fcose, iVis@Bilkent), a force-directed layout, on a headless Cytoscape
 *    holding the level's items as plain boxes and its aggregated relations as edges: related
 *    items come close, unrelated ones are tiled. Items with a position already (from the layout
 *    file, or pinned) are fixed, and only new ones move (fCoSE's fixed-node constraint).
 * 2. Overlaps removed (overlap.ts), then ELK's SPOrE compaction (elkjs), which pulls the boxes
 *    together while keeping their left/right and above/below order: a compact level, so a map
 *    reads at a larger size on the same screen.
 * 3. Several seeds are tried and the drawing with the fewest crossings, the fewest relations
 *    running under an item, and the smallest area is kept (a level is small: this costs little).
 *
 * Deterministic: fCoSE draws random numbers, so each run gets a seeded generator for its
 * duration (it runs synchronously when not animated), and coordinates are rounded.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import ELK from 'elkjs/lib/elk.bundled.js';
import { boxAround, segmentHitsBox, segmentsCross, type Point } from './geometry';
import type { LevelItem, LevelLink } from './levels';
import { removeOverlaps } from './overlap';
import { untangle } from './untangle';

cytoscape.use(fcose);

/** Space kept between two items of a level (their borders). */
export const ITEM_GAP = 16;

/** Tuning, chosen by measuring the seed and the test notes (docs/layout.md). */
const SPACING = {
  /** Distance fCoSE aims for between two related items' borders. */
  idealEdgeLength: 50,
  nodeRepulsion: 4500,
  /** Gap between items that nothing relates, tiled in rows. */
  tilePadding: ITEM_GAP,
} as const;

/** Seeds tried per level; a level this large or larger gets one try (issue 15: big maps). */
const SEEDS = [1, 2, 3, 4, 5, 6];
const ONE_TRY_FROM = 120;

export interface PlaceOptions {
  /** Positions to keep (centres, relative to the level). */
  fixed?: ReadonlyMap<string, Point>;
  /** Which seeds to try (a whole-map restart tries another set). */
  seeds?: readonly number[];
}

const elk = new ELK();

export async function placeLevel(
  items: readonly LevelItem[],
  links: readonly LevelLink[],
  options: PlaceOptions = {},
): Promise<Map<string, Point>> {
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
    const placed = runFcose(items, links, fixed, 1);
    removeOverlaps(items, placed, { gap: ITEM_GAP, keep: new Set(fixed.keys()) });
    return placed;
  }

  const tried = options.seeds ?? SEEDS;
  const seeds = items.length >= ONE_TRY_FROM ? tried.slice(0, 1) : tried;
  let best: { placed: Map<string, Point>; score: number } | null = null;
  for (const seed of seeds) {
    const placed = runFcose(items, links, fixed, seed);
    removeOverlaps(items, placed, { gap: ITEM_GAP });
    untangle(items, links, placed);
    const compacted = await compact(items, links, placed);
    removeOverlaps(items, compacted, { gap: ITEM_GAP });
    const score = scoreOf(items, links, compacted);
    if (!best || score < best.score) best = { placed: compacted, score };
  }
  return best!.placed;
}

/**
 * The engines' own id for an item: its index. Concept ids are the notes' words, and the engines
 * keep ids as keys of plain objects, where `__proto__` or `constructor` (hostile notes) break them.
 */
function engineId(index: number): string {
  return `n${index}`;
}

function runFcose(
  items: readonly LevelItem[],
  links: readonly LevelLink[],
  fixed: ReadonlyMap<string, Point>,
  seed: number,
): Map<string, Point> {
  const indexOf = new Map(items.map((item, index) => [item.id, index]));
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [
      {
        selector: 'node',
        style: { width: 'data(width)', height: 'data(height)', shape: 'rectangle' },
      },
    ],
    elements: [
      ...items.map((item, index) => ({
        group: 'nodes' as const,
        data: { id: engineId(index), width: item.width, height: item.height },
        // A copy: Cytoscape moves the position object it is given.
        position: { ...(fixed.get(item.id) ?? startingPoint(item.id, links, fixed)) },
      })),
      ...links.map((link, index) => ({
        group: 'edges' as const,
        data: {
          id: `l${index}`,
          source: engineId(indexOf.get(link.source)!),
          target: engineId(indexOf.get(link.target)!),
        },
      })),
    ],
  });
  const random = Math.random;
  Math.random = seededRandom(seed);
  try {
    const incremental = fixed.size > 0;
    cy.layout({
      name: 'fcose',
      quality: 'proof',
      randomize: !incremental,
      animate: false,
      fit: false,
      nodeDimensionsIncludeLabels: false,
      packComponents: false,
      idealEdgeLength: () => SPACING.idealEdgeLength,
      nodeRepulsion: () => SPACING.nodeRepulsion,
      tile: !incremental,
      tilingPaddingVertical: SPACING.tilePadding,
      tilingPaddingHorizontal: SPACING.tilePadding,
      fixedNodeConstraint: incremental
        ? [...fixed]
            .filter(([id]) => indexOf.has(id))
            .map(([id, position]) => ({
              nodeId: engineId(indexOf.get(id)!),
              position: { ...position },
            }))
        : undefined,
    } as cytoscape.LayoutOptions).run();
    const placed = new Map<string, Point>();
    items.forEach((item, index) => {
      const { x, y } = cy.getElementById(engineId(index)).position();
      placed.set(item.id, { x: Math.round(x), y: Math.round(y) });
    });
    return placed;
  } finally {
    Math.random = random;
    // A live headless instance keeps Node's event loop busy (the CLI would never exit).
    cy.destroy();
  }
}

/** ELK's SPOrE compaction: the same left/right and above/below order, less empty space. */
async function compact(
  items: readonly LevelItem[],
  links: readonly LevelLink[],
  placed: ReadonlyMap<string, Point>,
): Promise<Map<string, Point>> {
  const indexOf = new Map(items.map((item, index) => [item.id, index]));
  const result = await elk.layout({
    id: 'level',
    layoutOptions: {
      'elk.algorithm': 'org.eclipse.elk.sporeCompaction',
      'org.eclipse.elk.underlyingLayoutAlgorithm': 'org.eclipse.elk.fixed',
      'elk.spacing.nodeNode': String(ITEM_GAP),
      'elk.padding': '[top=0,left=0,bottom=0,right=0]',
    },
    children: items.map((item, index) => {
      const at = placed.get(item.id)!;
      return {
        id: engineId(index),
        width: item.width,
        height: item.height,
        x: at.x - item.width / 2,
        y: at.y - item.height / 2,
      };
    }),
    edges: links.map((link, index) => ({
      id: `l${index}`,
      sources: [engineId(indexOf.get(link.source)!)],
      targets: [engineId(indexOf.get(link.target)!)],
    })),
  });
  const compacted = new Map<string, Point>();
  for (const child of result.children ?? []) {
    compacted.set(items[Number(child.id.slice(1))]!.id, {
      x: Math.round((child.x ?? 0) + (child.width ?? 0) / 2),
      y: Math.round((child.y ?? 0) + (child.height ?? 0) / 2),
    });
  }
  return compacted;
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
      if (segmentsCross(a1, a2, placed.get(b.source)!, placed.get(b.target)!)) crossings++;
    }
    for (const item of items) {
      if (item.id === a.source || item.id === a.target) continue;
      if (segmentHitsBox(a1, a2, boxOf.get(item.id)!)) under++;
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
  const aspect = Math.abs(Math.log((x2 - x1) / Math.max(y2 - y1, 1) / 1.2));
  return crossings * 3 + under * 4 + spread + aspect;
}

/** A new item starts where what it is related to is (or beside everything placed). */
function startingPoint(
  id: string,
  links: readonly LevelLink[],
  fixed: ReadonlyMap<string, Point>,
): Point {
  let x = 0;
  let y = 0;
  let count = 0;
  for (const link of links) {
    const other = link.source === id ? link.target : link.target === id ? link.source : null;
    const at = other === null ? undefined : fixed.get(other);
    if (at) {
      x += at.x;
      y += at.y;
      count++;
    }
  }
  if (count > 0) return { x: x / count, y: y / count };
  if (fixed.size === 0) return { x: 0, y: 0 };
  let maxX = -Infinity;
  let sumY = 0;
  for (const point of fixed.values()) {
    maxX = Math.max(maxX, point.x);
    sumY += point.y;
  }
  return { x: maxX + 150, y: sumY / fixed.size };
}

/** mulberry32: a tiny seeded PRNG, so the same notes always get the same picture. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

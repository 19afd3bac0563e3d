/**
 * fCoSE (cytoscape-fcose, iVis@Bilkent), a force-directed layout, on a headless Cytoscape that
 * holds one level's items as plain boxes and its aggregated relations as edges: related items
 * come close, unrelated ones are tiled. Items with a position already (the layout file, pins)
 * are fixed and only new ones move (fCoSE's fixed-node constraint).
 *
 * One headless core serves every level of a layout run: making a core parses Cytoscape's default
 * stylesheet (several milliseconds), which a map of hundreds of small containers would otherwise
 * pay hundreds of times. A live core keeps Node's event loop busy, so whoever makes an engine
 * disposes of it.
 *
 * Deterministic: fCoSE draws random numbers, so each run gets a seeded generator for its duration
 * (it runs synchronously when not animated), and coordinates are rounded.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Point } from './geometry';
import type { LevelItem, LevelLink } from './levels';

cytoscape.use(fcose);

/** Space kept between two items of a level (their borders). */
export const ITEM_GAP = 16;

/** From this many items a level gets fCoSE's default quality instead of its proof quality. */
const LARGE_LEVEL = 60;

/** Tuning, chosen by measuring the seed and the test notes (docs/layout.md). */
const SPACING = {
  /** Distance fCoSE aims for between two related items' borders. */
  idealEdgeLength: 50,
  nodeRepulsion: 4500,
  /** Gap between items that nothing relates, tiled in rows. */
  tilePadding: ITEM_GAP,
} as const;

export interface ForceEngine {
  /** Centres for `items`; those in `fixed` stay where they are. */
  place(
    items: readonly LevelItem[],
    links: readonly LevelLink[],
    fixed: ReadonlyMap<string, Point>,
    seed: number,
  ): Map<string, Point>;
  dispose(): void;
}

export function createForceEngine(): ForceEngine {
  let cy: cytoscape.Core | null = null;
  const core = () =>
    (cy ??= cytoscape({
      headless: true,
      styleEnabled: true,
      style: [
        {
          selector: 'node',
          style: { width: 'data(width)', height: 'data(height)', shape: 'rectangle' },
        },
      ],
    }));
  return {
    place: (items, links, fixed, seed) => runFcose(core(), items, links, fixed, seed),
    dispose: () => {
      cy?.destroy();
      cy = null;
    },
  };
}

/**
 * The engines' own id for an item: its index. Concept ids are the notes' words, and the engines
 * keep ids as keys of plain objects, where `__proto__` or `constructor` (hostile notes) break them.
 */
function engineId(index: number): string {
  return `n${index}`;
}

function runFcose(
  cy: cytoscape.Core,
  items: readonly LevelItem[],
  links: readonly LevelLink[],
  fixed: ReadonlyMap<string, Point>,
  seed: number,
): Map<string, Point> {
  const indexOf = new Map(items.map((item, index) => [item.id, index]));
  cy.elements().remove();
  cy.add([
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
  ]);
  const random = Math.random;
  Math.random = seededRandom(seed);
  try {
    const incremental = fixed.size > 0;
    cy.layout({
      name: 'fcose',
      // A large level (a notebook's sections) settles with fewer iterations.
      quality: items.length >= LARGE_LEVEL ? 'default' : 'proof',
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
    cy.elements().remove();
  }
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
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

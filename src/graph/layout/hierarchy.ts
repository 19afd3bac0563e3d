/**
 * The whole map from its levels (levels.ts), deepest first: each container lays out what it
 * holds (place-level.ts), its box is then known (what it holds, its padding and its name on
 * top, exactly as Cytoscape draws a compound node: style.ts), and the level above places that box
 * like any other item. The cost grows with the largest container, not with the whole map, and
 * containers of one level do not depend on each other (issue 15).
 */
import type { MapElements, NodeData } from '../elements';
import { LABEL_LINE_HEIGHT } from '../label-metrics';
import { CONTAINER_PADDING } from '../style';
import type { Box, Point } from './geometry';
import { levelTree, type LevelItem } from './levels';
import { drawingOf } from './drawing';
import { removeOverlaps } from './overlap';
import { measureDrawing } from './quality';
import { ITEM_GAP, placeLevel } from './place-level';
import { refineBySwaps } from './refine';
import { routeAround, type Routes } from './routes';

export interface HierarchyLayout {
  /** Centres of the leaves, in map coordinates. */
  positions: Map<string, Point>;
  /** The box each container is drawn as (its name included), in map coordinates. */
  containers: Map<string, Box>;
  /** Bends of the relations that go around something (routes.ts). */
  routes: Routes;
}

/** Whole-map restarts (each with other seeds per level), for maps up to RESTART_LIMIT concepts. */
const RESTARTS = 4;
const RESTART_LIMIT = 150;
const SEEDS_PER_LEVEL = 4;

/**
 * The map laid out a few times with different seeds, keeping the drawing with the fewest
 * crossings and relations under concepts: a level's best choice on its own is not always the
 * best for the whole map.
 */
export async function layoutHierarchy(elements: MapElements): Promise<HierarchyLayout> {
  const restarts = elements.nodes.length <= RESTART_LIMIT ? RESTARTS : 1;
  let best: { layout: HierarchyLayout; cost: number } | null = null;
  for (let restart = 0; restart < restarts; restart++) {
    const seeds = Array.from(
      { length: SEEDS_PER_LEVEL },
      (_, i) => restart * SEEDS_PER_LEVEL + i + 1,
    );
    const layout = await layoutOnce(elements, seeds);
    const straight = drawingOf(elements, layout.positions, layout.containers);
    layout.routes = routeAround({
      concepts: straight.concepts,
      edges: elements.edges.map(({ data }) => data),
    });
    const quality = measureDrawing(
      drawingOf(elements, layout.positions, layout.containers, layout.routes),
    );
    const cost =
      quality.crossings * 3 + quality.underConcepts * 4 + (quality.width * quality.height) / 20000;
    if (!best || cost < best.cost) best = { layout, cost };
  }
  return best!.layout;
}

async function layoutOnce(
  elements: MapElements,
  seeds: readonly number[],
): Promise<HierarchyLayout> {
  const tree = levelTree(elements);
  const dataOf = new Map<string, NodeData>(elements.nodes.map(({ data }) => [data.id, data]));
  // Per container: its footprint and where what it holds sits, relative to its centre.
  const footprints = new Map<string, { width: number; height: number }>();
  const relative = new Map<string | null, Map<string, Point>>();

  for (const level of tree.levels) {
    const items: LevelItem[] = level.items.map((item) =>
      item.isContainer ? { ...item, ...footprints.get(item.id)! } : item,
    );
    const placed = await placeLevel(items, level.links, { seeds });
    const inner = boundsOf(items, placed);
    if (level.container === null) {
      relative.set(null, shift(placed, -centre(inner).x, -centre(inner).y));
      continue;
    }
    const frame = containerFrame(inner, dataOf.get(level.container)!);
    footprints.set(level.container, { width: frame.x2 - frame.x1, height: frame.y2 - frame.y1 });
    relative.set(level.container, shift(placed, -centre(frame).x, -centre(frame).y));
  }

  // Top-down: every item's centre is its container's centre plus where it sits inside.
  const positions = new Map<string, Point>();
  const containers = new Map<string, Box>();
  const place = (container: string | null, origin: Point) => {
    for (const [id, at] of relative.get(container) ?? []) {
      const absolute = { x: Math.round(origin.x + at.x), y: Math.round(origin.y + at.y) };
      const footprint = footprints.get(id);
      if (footprint) {
        containers.set(id, {
          x1: absolute.x - footprint.width / 2,
          y1: absolute.y - footprint.height / 2,
          x2: absolute.x + footprint.width / 2,
          y2: absolute.y + footprint.height / 2,
        });
        place(id, absolute);
      } else {
        positions.set(id, absolute);
      }
    }
  };
  place(null, { x: 0, y: 0 });

  // Whole-map pass: items trade places where that untangles relations across levels.
  refineBySwaps({
    nodes: elements.nodes.map(({ data }) => ({
      id: data.id,
      parent: data.parent ?? null,
      width: data.width,
      height: data.height,
    })),
    edges: elements.edges.map(({ data }) => ({ source: data.source, target: data.target })),
    positions,
    containers,
  });
  settle(tree, dataOf, positions, containers);
  return { positions, containers, routes: new Map() };
}

/**
 * After items traded places, each container's box is its contents' box again, and items of a
 * level that came to overlap are pushed apart (a container with everything inside it).
 */
function settle(
  tree: ReturnType<typeof levelTree>,
  dataOf: ReadonlyMap<string, NodeData>,
  positions: Map<string, Point>,
  containers: Map<string, Box>,
): void {
  const boxOf = (item: LevelItem): Box =>
    containers.get(item.id) ?? {
      x1: positions.get(item.id)!.x - item.width / 2,
      y1: positions.get(item.id)!.y - item.height / 2,
      x2: positions.get(item.id)!.x + item.width / 2,
      y2: positions.get(item.id)!.y + item.height / 2,
    };
  const childrenOf = new Map(tree.levels.map((level) => [level.container, level.items]));
  const translate = (id: string, dx: number, dy: number) => {
    const box = containers.get(id);
    if (!box) {
      const at = positions.get(id)!;
      positions.set(id, { x: at.x + dx, y: at.y + dy });
      return;
    }
    containers.set(id, { x1: box.x1 + dx, y1: box.y1 + dy, x2: box.x2 + dx, y2: box.y2 + dy });
    for (const child of childrenOf.get(id) ?? []) translate(child.id, dx, dy);
  };
  for (const level of tree.levels) {
    const items = level.items.map((item) => {
      const box = boxOf(item);
      return { id: item.id, width: box.x2 - box.x1, height: box.y2 - box.y1, box };
    });
    const centres = new Map(items.map((item) => [item.id, centre(item.box)]));
    removeOverlaps(items, centres, { gap: ITEM_GAP });
    for (const item of items) {
      const before = centre(item.box);
      const after = centres.get(item.id)!;
      if (before.x !== after.x || before.y !== after.y) {
        translate(item.id, after.x - before.x, after.y - before.y);
      }
    }
    if (level.container !== null) {
      const inner = boundsOf(
        level.items.map((item) => ({ ...item, ...sizeOfBox(boxOf(item)) })),
        new Map(level.items.map((item) => [item.id, centre(boxOf(item))])),
      );
      containers.set(level.container, containerFrame(inner, dataOf.get(level.container)!));
    }
  }
}

function sizeOfBox(box: Box): { width: number; height: number } {
  return { width: box.x2 - box.x1, height: box.y2 - box.y1 };
}

/**
 * The box Cytoscape draws around what a container holds: its padding on every side, and its
 * name above, inside the box (`compound-sizing-wrt-labels: include`), at least as wide as the
 * name. Estimated a little wide (label-metrics.ts), so the real box is never larger.
 */
export function containerFrame(inner: Box, container: NodeData): Box {
  const lines = container.wrapped.split('\n').length;
  const labelHeight = lines * container.fontSize * LABEL_LINE_HEIGHT;
  const labelWidth = container.width;
  const padded = {
    x1: inner.x1 - CONTAINER_PADDING,
    y1: inner.y1 - CONTAINER_PADDING - labelHeight,
    x2: inner.x2 + CONTAINER_PADDING,
    y2: inner.y2 + CONTAINER_PADDING,
  };
  const width = padded.x2 - padded.x1;
  if (width >= labelWidth) return padded;
  const grow = (labelWidth - width) / 2;
  return { ...padded, x1: padded.x1 - grow, x2: padded.x2 + grow };
}

function boundsOf(items: readonly LevelItem[], positions: ReadonlyMap<string, Point>): Box {
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const item of items) {
    const at = positions.get(item.id)!;
    box.x1 = Math.min(box.x1, at.x - item.width / 2);
    box.y1 = Math.min(box.y1, at.y - item.height / 2);
    box.x2 = Math.max(box.x2, at.x + item.width / 2);
    box.y2 = Math.max(box.y2, at.y + item.height / 2);
  }
  return box;
}

function centre(box: Box): Point {
  return { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
}

function shift(positions: ReadonlyMap<string, Point>, dx: number, dy: number): Map<string, Point> {
  const moved = new Map<string, Point>();
  for (const [id, at] of positions) moved.set(id, { x: at.x + dx, y: at.y + dy });
  return moved;
}

/** Every container's box around its contents, from the leaves' positions (deepest first). */
export function rebuildContainers(
  elements: MapElements,
  positions: ReadonlyMap<string, Point>,
): Map<string, Box> {
  const tree = levelTree(elements);
  const dataOf = new Map<string, NodeData>(elements.nodes.map(({ data }) => [data.id, data]));
  const containers = new Map<string, Box>();
  for (const level of tree.levels) {
    if (level.container === null) continue;
    const boxes = level.items.map((item) => {
      const box = containers.get(item.id);
      if (box) return box;
      const at = positions.get(item.id) ?? { x: 0, y: 0 };
      return {
        x1: at.x - item.width / 2,
        y1: at.y - item.height / 2,
        x2: at.x + item.width / 2,
        y2: at.y + item.height / 2,
      };
    });
    const inner = {
      x1: Math.min(...boxes.map((b) => b.x1)),
      y1: Math.min(...boxes.map((b) => b.y1)),
      x2: Math.max(...boxes.map((b) => b.x2)),
      y2: Math.max(...boxes.map((b) => b.y2)),
    };
    containers.set(level.container, containerFrame(inner, dataOf.get(level.container)!));
  }
  return containers;
}

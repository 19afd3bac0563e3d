/**
 * The whole map from its levels (levels.ts), deepest first: each container lays out what it
 * holds (place-level.ts), its box is then known (what it holds, its padding and its name on
 * top, exactly as Cytoscape draws a compound node: style.ts), and the level above places that box
 * like any other item. Containers of one depth do not depend on each other, so they are laid out
 * together, by worker threads when the build gives a pool (issue 15: the cost grows with the
 * largest container, not with the whole map).
 *
 * Then, for a map small enough to be read at first sight, a few candidates for the top level are
 * each composed into the whole drawing, improved as a whole (optimize.ts), routed (routes.ts) and
 * measured on the real drawing (quality.ts); the best is kept: crossings, relations under a
 * concept, and labels at least 13 px when the map is fitted to the map pane.
 */
import type { MapElements, NodeData } from '../elements';
import { LABEL_LINE_HEIGHT } from '../label-metrics';
import { CONTAINER_PADDING } from '../style';
import { drawingOf } from './drawing';
import { ITEM_GAP, type ForceEngine } from './force';
import type { Box, Point } from './geometry';
import { levelTree, type Level, type LevelItem, type LevelLink } from './levels';
import { optimizeDrawing } from './optimize';
import { removeOverlaps } from './overlap';
import { LEVEL_SEEDS, placeLevel } from './place-level';
import { firstSightLabelPx, measureDrawing } from './quality';
import { rankingRouting, routeAround, routingFor, type RouteOptions, type Routes } from './routes';

export interface HierarchyLayout {
  /** Centres of the leaves, in map coordinates. */
  positions: Map<string, Point>;
  /** The box each container is drawn as (its name included), in map coordinates. */
  containers: Map<string, Box>;
  /** Bends of the relations that go around something (routes.ts). */
  routes: Routes;
}

/** One level to lay out: plain data, so it can be sent to a worker thread. */
export interface LevelTask {
  items: LevelItem[];
  links: LevelLink[];
  seeds: number[];
}

/** Lays out independent levels (in this thread, or in worker threads: src/site/layout-pool.ts). */
export type LevelRunner = (tasks: readonly LevelTask[]) => Promise<Map<string, Point>[]>;

export function runLevelsHere(engine: ForceEngine): LevelRunner {
  return (tasks) =>
    Promise.resolve(
      tasks.map((task) => placeLevel(task.items, task.links, { engine, seeds: task.seeds })),
    );
}

export interface HierarchyOptions {
  runLevels: LevelRunner;
  /** Candidates for the top level (default: RESTARTS for a small map, else 1). */
  restarts?: number;
  /** The first seed (a benchmark varies it to see that a result is no luck of the seeds). */
  firstSeed?: number;
}

/** Candidates for the top level, for maps up to WHOLE_MAP_LIMIT concepts. */
const RESTARTS = 3;
/** Above this many concepts the map cannot be read whole anyway: no whole-map passes. */
const WHOLE_MAP_LIMIT = 300;
/** Seeds per level on a map larger than WHOLE_MAP_LIMIT. */
const LARGE_MAP_SEEDS = 2;
/** What a label short of 13 px at first sight costs per pixel, against 3 for a crossing. */
const SMALL_LABEL_COST = 12;

export async function layoutHierarchy(
  elements: MapElements,
  options: HierarchyOptions,
): Promise<HierarchyLayout> {
  const tree = levelTree(elements);
  const dataOf = new Map<string, NodeData>(elements.nodes.map(({ data }) => [data.id, data]));
  const small = elements.nodes.length <= WHOLE_MAP_LIMIT;
  const firstSeed = options.firstSeed ?? 1;
  // A large map's containers get fewer tries each: there are hundreds of them.
  const seedsOf = (round: number) =>
    LEVEL_SEEDS.slice(0, small ? LEVEL_SEEDS.length : LARGE_MAP_SEEDS).map(
      (seed) => firstSeed - 1 + round * 16 + seed,
    );

  // Per container: its footprint and where what it holds sits, relative to its centre.
  const footprints = new Map<string, { width: number; height: number }>();
  const relative = new Map<string | null, Map<string, Point>>();
  const itemsOf = (level: Level): LevelItem[] =>
    level.items.map((item) => (item.isContainer ? { ...item, ...footprints.get(item.id)! } : item));

  const inner = tree.levels.filter((level) => level.container !== null);
  const heights = levelHeights(inner);
  for (let height = 0; inner.some((level) => heights.get(level)! >= height); height++) {
    const batch = inner.filter((level) => heights.get(level) === height);
    const tasks = batch.map((level) => ({
      items: itemsOf(level),
      links: level.links,
      seeds: seedsOf(0),
    }));
    const placed = await options.runLevels(tasks);
    batch.forEach((level, index) => {
      const items = tasks[index]!.items;
      const frame = containerFrame(boundsOf(items, placed[index]!), dataOf.get(level.container!)!);
      footprints.set(level.container!, {
        width: frame.x2 - frame.x1,
        height: frame.y2 - frame.y1,
      });
      relative.set(level.container!, shift(placed[index]!, -centre(frame).x, -centre(frame).y));
    });
  }

  const top = tree.levels.find((level) => level.container === null)!;
  const restarts = options.restarts ?? (small ? RESTARTS : 1);
  const topItems = itemsOf(top);
  const candidates = await options.runLevels(
    Array.from({ length: restarts }, (_, round) => ({
      items: topItems,
      links: top.links,
      seeds: seedsOf(round),
    })),
  );

  let best: { layout: HierarchyLayout; cost: number } | null = null;
  for (const [round, placed] of candidates.entries()) {
    const bounds = boundsOf(topItems, placed);
    relative.set(null, shift(placed, -centre(bounds).x, -centre(bounds).y));
    const layout = compose(relative, footprints);
    if (small) {
      optimizeDrawing({
        nodes: sceneNodes(elements, footprints),
        edges: elements.edges.map(({ data }) => ({ source: data.source, target: data.target })),
        positions: layout.positions,
        containers: layout.containers,
        seed: firstSeed + round,
      });
      settle(tree, dataOf, layout.positions, layout.containers);
    }
    if (restarts === 1) return Object.assign(layout, finish(elements, layout.positions));
    // Candidates are compared with quick routes when full ones would cost seconds each.
    Object.assign(
      layout,
      finish(elements, layout.positions, rankingRouting(elements.nodes.length)),
    );
    const drawing = drawingOf(elements, layout.positions, layout.containers, layout.routes);
    const quality = measureDrawing(drawing);
    const cost =
      quality.crossings * 3 +
      quality.underConcepts * 5 +
      quality.overlaps * 10 +
      Math.max(0, 13 - firstSightLabelPx(drawing)) * SMALL_LABEL_COST;
    if (!best || cost < best.cost) best = { layout, cost };
  }
  const chosen = best!.layout;
  if (rankingRouting(elements.nodes.length) === routingFor(elements.nodes.length)) return chosen;
  return Object.assign(chosen, finish(elements, chosen.positions));
}

/**
 * The layout as it will be drawn: leaves at whole pixels (as the layout file keeps them), the
 * boxes drawn around them, and the routes that clear that drawing.
 */
export function finish(
  elements: MapElements,
  placed: ReadonlyMap<string, Point>,
  routing: RouteOptions = routingFor(elements.nodes.length),
): HierarchyLayout {
  const positions = new Map<string, Point>();
  for (const [id, at] of placed) positions.set(id, { x: Math.round(at.x), y: Math.round(at.y) });
  const containers = rebuildContainers(elements, positions);
  const straight = drawingOf(elements, positions, containers);
  const routes = routeAround(
    { concepts: straight.concepts, edges: elements.edges.map(({ data }) => data) },
    routing,
  );
  return { positions, containers, routes };
}

/** How far each container's level is from the leaves: 0 when it holds no container. */
function levelHeights(levels: readonly Level[]): Map<Level, number> {
  const byContainer = new Map(levels.map((level) => [level.container, level]));
  const heights = new Map<Level, number>();
  // Levels come deepest first, so every container's level is measured before its parent's.
  for (const level of levels) {
    const height = Math.max(
      0,
      ...level.items
        .filter((item) => item.isContainer)
        .map((item) => heights.get(byContainer.get(item.id)!)! + 1),
    );
    heights.set(level, height);
  }
  return heights;
}

/** Top-down: every item's centre is its container's centre plus where it sits inside. */
function compose(
  relative: ReadonlyMap<string | null, ReadonlyMap<string, Point>>,
  footprints: ReadonlyMap<string, { width: number; height: number }>,
): HierarchyLayout {
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
  return { positions, containers, routes: new Map() };
}

/** Every drawn concept for the whole-map pass, a container with the band its name is in. */
function sceneNodes(
  elements: MapElements,
  footprints: ReadonlyMap<string, unknown>,
): Parameters<typeof optimizeDrawing>[0]['nodes'] {
  return elements.nodes.map(({ data }) => ({
    id: data.id,
    parent: data.parent ?? null,
    width: data.width,
    height: data.height,
    ...(footprints.has(data.id) ? { label: labelBand(data) } : {}),
  }));
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

/** Where a container's name is written, at the top of its box (as drawing.ts). */
function labelBand(container: NodeData): { width: number; height: number } {
  const lines = container.wrapped.split('\n').length;
  return { width: container.width - 20, height: lines * container.fontSize * LABEL_LINE_HEIGHT };
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

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
import { placeLevel } from './place-level';

export interface HierarchyLayout {
  /** Centres of the leaves, in map coordinates. */
  positions: Map<string, Point>;
  /** The box each container is drawn as (its name included), in map coordinates. */
  containers: Map<string, Box>;
}

export async function layoutHierarchy(elements: MapElements): Promise<HierarchyLayout> {
  const tree = levelTree(elements);
  const dataOf = new Map<string, NodeData>(elements.nodes.map(({ data }) => [data.id, data]));
  // Per container: its footprint and where what it holds sits, relative to its centre.
  const footprints = new Map<string, { width: number; height: number }>();
  const relative = new Map<string | null, Map<string, Point>>();

  for (const level of tree.levels) {
    const items: LevelItem[] = level.items.map((item) =>
      item.isContainer ? { ...item, ...footprints.get(item.id)! } : item,
    );
    const placed = await placeLevel(items, level.links);
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
  return { positions, containers };
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

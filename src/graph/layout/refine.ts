/**
 * The last pass over the whole map: two items of one level (two concepts, two containers, or a
 * concept and a container) of about the same size trade places when that lowers the number of
 * crossings and of relations running under a concept, counted on the real drawing (every
 * relation from border to border, through every level). The per-level passes cannot see that a
 * concept should sit on the side of its container facing the concepts it relates to elsewhere;
 * this one can. A container moves with everything inside it; boxes keep their sizes, so nothing
 * new overlaps. Deterministic; bounded passes.
 */
import {
  boxAround,
  centreOf,
  exitPoint,
  segmentHitsBox,
  segmentsCross,
  type Box,
  type Point,
} from './geometry';

export interface RefineInput {
  /** Every concept drawn: its container (or null), and its size for a leaf. */
  nodes: readonly { id: string; parent: string | null; width: number; height: number }[];
  edges: readonly { source: string; target: string }[];
  /** Leaf centres, updated in place. */
  positions: Map<string, Point>;
  /** Container boxes, updated in place. */
  containers: Map<string, Box>;
  /** Items that must not move (pinned, or kept from the layout file). */
  keep?: ReadonlySet<string>;
}

const SIZE_TOLERANCE = 1.3;
/** Spacing of the places tried for a leaf, and the gap kept around it there. */
const GRID_STEP = 14;
/** Free places tried per leaf and pass: those nearest to what it relates to. */
const MAX_SPOTS = 200;
const GAP = 8;
/** What a relation running under a concept costs, against 3 for a crossing: it will need a detour. */
const UNDER_COST = 5;
const MAX_PASSES = 10;
/** Levels larger than this are left as they are: the pass is quadratic in a level's size. */
const MAX_LEVEL = 80;

function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** A container's box without its padding and name band: where its contents may go. */
function innerOf(box: Box): Box {
  return { x1: box.x1 + 14, y1: box.y1 + 36, x2: box.x2 - 14, y2: box.y2 - 14 };
}

export function refineBySwaps(input: RefineInput): void {
  const { nodes, edges, positions, containers } = input;
  const keep = input.keep ?? new Set<string>();
  if (edges.length < 2) return;
  const childrenOf = new Map<string | null, string[]>();
  const parentOf = new Map<string, string | null>();
  const size = new Map<string, { width: number; height: number }>();
  for (const node of nodes) {
    parentOf.set(node.id, node.parent);
    size.set(node.id, { width: node.width, height: node.height });
    const list = childrenOf.get(node.parent);
    if (list) list.push(node.id);
    else childrenOf.set(node.parent, [node.id]);
  }

  const boxOf = (id: string): Box => {
    const container = containers.get(id);
    if (container) return container;
    const { width, height } = size.get(id)!;
    return boxAround(positions.get(id)!, width, height);
  };
  const leavesUnder = (id: string): string[] => {
    if (!containers.has(id)) return [id];
    return (childrenOf.get(id) ?? []).flatMap(leavesUnder);
  };
  const everythingUnder = (id: string): string[] => [
    id,
    ...(childrenOf.get(id) ?? []).flatMap(everythingUnder),
  ];
  const ancestorsOf = (id: string): Set<string> => {
    const found = new Set<string>();
    let current = parentOf.get(id) ?? null;
    while (current !== null && !found.has(current)) {
      found.add(current);
      current = parentOf.get(current) ?? null;
    }
    return found;
  };
  const ancestors = new Map(nodes.map((node) => [node.id, ancestorsOf(node.id)]));
  const edgesAt = new Map<string, number[]>();
  edges.forEach((edge, index) => {
    for (const end of [edge.source, edge.target]) {
      const list = edgesAt.get(end);
      if (list) list.push(index);
      else edgesAt.set(end, [index]);
    }
  });

  const segmentOf = (index: number): [Point, Point] => {
    const edge = edges[index]!;
    const from = boxOf(edge.source);
    const to = boxOf(edge.target);
    return [exitPoint(from, centreOf(to)), exitPoint(to, centreOf(from))];
  };
  /** What may lie under an edge without counting: its ends and the containers around them. */
  const allowedUnder = (index: number, id: string): boolean => {
    const edge = edges[index]!;
    return (
      id === edge.source ||
      id === edge.target ||
      ancestors.get(edge.source)!.has(id) ||
      ancestors.get(edge.target)!.has(id)
    );
  };
  const leafIds = nodes.filter((node) => !containers.has(node.id)).map((node) => node.id);

  /**
   * Crossings of the given edges with all edges, and their passes under leaves; counting stops
   * once the cost reaches `limit` (a candidate that is already worse need not be finished).
   */
  const costOf = (
    indices: ReadonlySet<number>,
    moved: readonly string[],
    limit = Infinity,
  ): number => {
    let cost = 0;
    const segments = new Map<number, [Point, Point]>();
    const segment = (index: number) => {
      let found = segments.get(index);
      if (!found) segments.set(index, (found = segmentOf(index)));
      return found;
    };
    for (const index of indices) {
      const [a, b] = segment(index);
      const edge = edges[index]!;
      for (let other = 0; other < edges.length; other++) {
        if (other === index || (indices.has(other) && other < index)) continue;
        const o = edges[other]!;
        if (o.source === edge.source || o.source === edge.target) continue;
        if (o.target === edge.source || o.target === edge.target) continue;
        const [c, d] = segment(other);
        if (segmentsCross(a, b, c, d)) cost += 3;
      }
      for (const leaf of leafIds) {
        if (allowedUnder(index, leaf)) continue;
        if (segmentHitsBox(a, b, boxOf(leaf))) cost += UNDER_COST;
      }
      if (cost >= limit) return cost;
    }
    // Edges that now pass under a moved leaf.
    for (const id of moved) {
      if (containers.has(id)) continue;
      const box = boxOf(id);
      for (let index = 0; index < edges.length; index++) {
        if (indices.has(index) || allowedUnder(index, id)) continue;
        const [a, b] = segment(index);
        if (segmentHitsBox(a, b, box)) cost += UNDER_COST;
      }
    }
    return cost;
  };

  const translate = (id: string, dx: number, dy: number) => {
    for (const inner of everythingUnder(id)) {
      const box = containers.get(inner);
      if (box) {
        containers.set(inner, {
          x1: box.x1 + dx,
          y1: box.y1 + dy,
          x2: box.x2 + dx,
          y2: box.y2 + dy,
        });
      } else {
        const at = positions.get(inner)!;
        positions.set(inner, { x: at.x + dx, y: at.y + dy });
      }
    }
  };
  const swap = (a: string, b: string) => {
    const ca = centreOf(boxOf(a));
    const cb = centreOf(boxOf(b));
    translate(a, cb.x - ca.x, cb.y - ca.y);
    translate(b, ca.x - cb.x, ca.y - cb.y);
  };
  const similar = (a: string, b: string) => {
    const ba = boxOf(a);
    const bb = boxOf(b);
    const ratio = (x: number, y: number) => Math.max(x, y) / Math.max(Math.min(x, y), 1);
    return (
      ratio(ba.x2 - ba.x1, bb.x2 - bb.x1) <= SIZE_TOLERANCE &&
      ratio(ba.y2 - ba.y1, bb.y2 - bb.y1) <= SIZE_TOLERANCE
    );
  };

  /**
   * Free places for a leaf inside its container (or, at the top, within the map's bounds): points
   * of a grid where its box would overlap no sibling.
   */
  const freeSpotsFor = (id: string, siblings: readonly string[]): Point[] => {
    const parent = parentOf.get(id) ?? null;
    const own = boxOf(id);
    const width = own.x2 - own.x1;
    const height = own.y2 - own.y1;
    const area = parent === null ? boundsOfAll() : innerOf(containers.get(parent)!);
    const spots: Point[] = [];
    const step = GRID_STEP;
    for (let y = area.y1 + height / 2; y <= area.y2 - height / 2; y += step) {
      for (let x = area.x1 + width / 2; x <= area.x2 - width / 2; x += step) {
        const box = boxAround({ x, y }, width + 2 * GAP, height + 2 * GAP);
        if (siblings.some((other) => other !== id && overlaps(box, boxOf(other)))) continue;
        spots.push({ x, y });
      }
    }
    return spots;
  };
  const boundsOfAll = (): Box => {
    const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
    for (const id of childrenOf.get(null) ?? []) {
      const b = boxOf(id);
      box.x1 = Math.min(box.x1, b.x1);
      box.y1 = Math.min(box.y1, b.y1);
      box.x2 = Math.max(box.x2, b.x2);
      box.y2 = Math.max(box.y2, b.y2);
    }
    return box;
  };

  /** Where the concepts a leaf relates to are, on average (its own place if none). */
  const pullOf = (id: string): Point => {
    let x = 0;
    let y = 0;
    let count = 0;
    for (const index of edgesAt.get(id) ?? []) {
      const edge = edges[index]!;
      const other = centreOf(boxOf(edge.source === id ? edge.target : edge.source));
      x += other.x;
      y += other.y;
      count++;
    }
    return count === 0 ? positions.get(id)! : { x: x / count, y: y / count };
  };

  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let improved = false;
    // Moves: a leaf goes to a free place of its container where its relations cross less.
    for (const [, siblings] of childrenOf) {
      if (siblings.length > MAX_LEVEL) continue;
      for (const id of siblings) {
        if (keep.has(id) || containers.has(id)) continue;
        const indices = new Set(edgesAt.get(id) ?? []);
        if (indices.size === 0) continue;
        let best = costOf(indices, [id]);
        if (best === 0) continue;
        const home = positions.get(id)!;
        let bestSpot = home;
        // The places nearest to what the leaf relates to are the likely better ones.
        const pull = pullOf(id);
        const spots = freeSpotsFor(id, siblings)
          .sort((p, q) => distance(p, pull) - distance(q, pull))
          .slice(0, MAX_SPOTS);
        for (const spot of spots) {
          positions.set(id, spot);
          const cost = costOf(indices, [id], best);
          if (cost < best) {
            best = cost;
            bestSpot = spot;
          }
        }
        positions.set(id, bestSpot);
        if (bestSpot !== home) improved = true;
      }
    }
    for (const [, siblings] of childrenOf) {
      if (siblings.length < 2 || siblings.length > MAX_LEVEL) continue;
      const movable = siblings.filter((id) => !keep.has(id));
      for (let i = 0; i < movable.length; i++) {
        for (let j = i + 1; j < movable.length; j++) {
          const a = movable[i]!;
          const b = movable[j]!;
          if (!similar(a, b)) continue;
          const moved = [...everythingUnder(a), ...everythingUnder(b)];
          const indices = new Set<number>();
          for (const leaf of [...leavesUnder(a), ...leavesUnder(b), a, b]) {
            for (const index of edgesAt.get(leaf) ?? []) indices.add(index);
          }
          if (indices.size === 0) continue;
          const before = costOf(indices, moved);
          if (before === 0) continue;
          swap(a, b);
          if (costOf(indices, moved, before) < before) improved = true;
          else swap(a, b);
        }
      }
    }
    if (!improved) return;
  }
}

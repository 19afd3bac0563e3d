/**
 * Relations that would run under a concept they do not join bend around it (issue 9: "no edge
 * runs under a concept it does not join"). A relation drawn straight is left alone; one that
 * passes under a concept, or under a container's name, gets the shortest detour through one or
 * two corners of what is in the way (a little outside them), found by trying those corners. The
 * bends are kept in model coordinates and drawn by Cytoscape as a `segments` edge (style.ts).
 * Deterministic; what cannot be cleared with two bends stays straight (and is counted).
 */
import { exitPoint, grow, segmentHitsBox, segmentsCross, type Box, type Point } from './geometry';

export interface RouteInput {
  /** Every concept: its box, and for a container the band its name is written in. */
  concepts: readonly {
    id: string;
    parent: string | null;
    box: Box;
    labelBox: Box;
    isContainer: boolean;
  }[];
  edges: readonly { id: string; source: string; target: string }[];
}

/** How far outside an obstacle's corner a bend goes. */
const CLEARANCE = 10;
/** A crossing weighs as much as this many pixels of detour. */
const CROSSING_COST = 400;

/** Bend points per edge id (absent: straight). */
export type Routes = Map<string, Point[]>;

export function routeAround(input: RouteInput): Routes {
  const byId = new Map(input.concepts.map((concept) => [concept.id, concept]));
  const ancestors = (id: string): Set<string> => {
    const found = new Set<string>([id]);
    let current = byId.get(id)?.parent ?? null;
    while (current !== null && !found.has(current)) {
      found.add(current);
      current = byId.get(current)?.parent ?? null;
    }
    return found;
  };
  const routes: Routes = new Map();
  // Every edge's line as drawn so far (straight until routed), to count what a detour crosses.
  const lines = new Map<string, Point[]>();
  const straightLine = (edge: (typeof input.edges)[number]): Point[] => {
    const from = byId.get(edge.source)?.box;
    const to = byId.get(edge.target)?.box;
    if (!from || !to) return [];
    return [exitPoint(from, centre(to)), exitPoint(to, centre(from))];
  };
  for (const edge of input.edges) lines.set(edge.id, straightLine(edge));
  const crossingsOf = (edge: (typeof input.edges)[number], path: readonly Point[]): number => {
    let count = 0;
    for (const other of input.edges) {
      if (other === edge) continue;
      if (other.source === edge.source || other.source === edge.target) continue;
      if (other.target === edge.source || other.target === edge.target) continue;
      const line = lines.get(other.id)!;
      for (let i = 0; i + 1 < path.length; i++) {
        for (let j = 0; j + 1 < line.length; j++) {
          if (segmentsCross(path[i]!, path[i + 1]!, line[j]!, line[j + 1]!)) count++;
        }
      }
    }
    return count;
  };
  for (const edge of input.edges) {
    const from = byId.get(edge.source);
    const to = byId.get(edge.target);
    if (!from || !to) continue;
    const allowed = new Set([...ancestors(edge.source), ...ancestors(edge.target)]);
    const obstacles = input.concepts
      .filter((concept) => !allowed.has(concept.id))
      .map((concept) => grow(concept.isContainer ? concept.labelBox : concept.box, -1));
    const start = centre(from.box);
    const end = centre(to.box);
    const pathOf = (points: readonly Point[]) => [
      exitPoint(from.box, points[0] ?? end),
      ...points,
      exitPoint(to.box, points[points.length - 1] ?? start),
    ];
    const clear = (points: readonly Point[]) => {
      const path = pathOf(points);
      for (let i = 0; i + 1 < path.length; i++) {
        for (const box of obstacles) if (segmentHitsBox(path[i]!, path[i + 1]!, box)) return false;
      }
      // A bend must not sit inside either end.
      return points.every((point) => !inside(from.box, point) && !inside(to.box, point));
    };
    if (clear([])) continue;

    const blocking = obstacles.filter((box) => segmentHitsBox(start, end, box));
    const corners = blocking.flatMap((box) => cornersOf(grow(box, CLEARANCE)));
    // The detour that crosses the fewest other relations, then the shortest.
    let best: { points: Point[]; cost: number } | null = null;
    const consider = (points: Point[]) => {
      const length = pathLength([start, ...points, end]);
      if (best && length >= best.cost) return;
      if (!clear(points)) return;
      const cost = crossingsOf(edge, pathOf(points)) * CROSSING_COST + length;
      if (!best || cost < best.cost) best = { points, cost };
    };
    for (const corner of corners) consider([corner]);
    if (!best) {
      // Two bends: corners of what is in the way, and of what the first bend runs into.
      const near = obstacles
        .filter(
          (box) =>
            distanceToBox(start, box) + distanceToBox(end, box) < 3 * pathLength([start, end]),
        )
        .flatMap((box) => cornersOf(grow(box, CLEARANCE)));
      for (const first of corners) for (const second of near) consider([first, second]);
      for (const first of near) for (const second of corners) consider([first, second]);
    }
    if (best) {
      const points = (best as { points: Point[] }).points;
      routes.set(edge.id, points);
      lines.set(edge.id, pathOf(points));
    }
  }
  return routes;
}

function centre(box: Box): Point {
  return { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
}

function cornersOf(box: Box): Point[] {
  return [
    { x: box.x1, y: box.y1 },
    { x: box.x2, y: box.y1 },
    { x: box.x2, y: box.y2 },
    { x: box.x1, y: box.y2 },
  ];
}

function inside(box: Box, point: Point): boolean {
  return point.x > box.x1 && point.x < box.x2 && point.y > box.y1 && point.y < box.y2;
}

function pathLength(points: readonly Point[]): number {
  let length = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    length += Math.hypot(points[i + 1]!.x - points[i]!.x, points[i + 1]!.y - points[i]!.y);
  }
  return length;
}

function distanceToBox(point: Point, box: Box): number {
  const dx = Math.max(box.x1 - point.x, 0, point.x - box.x2);
  const dy = Math.max(box.y1 - point.y, 0, point.y - box.y2);
  return Math.hypot(dx, dy);
}

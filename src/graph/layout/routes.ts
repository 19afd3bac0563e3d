/**
 * Relations that would run under a concept they do not join bend around it (issue 9: "no edge
 * runs under a concept it does not join"). A relation drawn straight is left alone; one that
 * passes under a concept, or under a container's name, takes the cheapest path through the
 * corners of what is in the way (a little outside them): a shortest path in the visibility graph
 * of those corners (Dijkstra), where each crossing with another relation costs as much as a long
 * detour, each bend a little, and a bend where another relation bends (the two would read as
 * one) more. Then every routed relation is routed again against the others' final lines (rip-up
 * and reroute), since the first ones were routed against straight lines.
 *
 * Grids (grid.ts) keep each test local, and a relation tries at most `maxCorners` corners, the
 * nearest to its straight line: large maps route in near-linear time. The bends are kept in
 * model coordinates and drawn by Cytoscape as a `segments` edge (create-concept-map.ts).
 * Deterministic; what cannot be cleared stays straight (and is counted by quality.ts).
 */
import { exitPoint, grow, segmentHitsBox, segmentsCross, type Box, type Point } from './geometry';
import { Grid } from './grid';
import { MinHeap } from './min-heap';

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

export interface RouteOptions {
  /** Corners a relation may bend at, at most (the nearest to its straight line). */
  maxCorners?: number;
  /** Whether a path's crossings count, and routes are redone against the others' (small maps). */
  avoidCrossings?: boolean;
  /**
   * Relations running under more concepts than this stay straight, and the corners tried are
   * those near the straight line only: on a map too large to read whole, a relation across it
   * cannot be cleared by a few bends, and trying would cost what the map holds.
   */
  maxBlocking?: number;
}

/** For maps too large to read whole: the nearest clear path, found in near-linear time. */
const LARGE_MAP_ROUTING: RouteOptions = {
  maxCorners: 24,
  avoidCrossings: false,
  maxBlocking: 3,
};

/**
 * Corners a map's relations may try, times its concepts: up to 120 concepts a relation may try
 * every corner near it (DEFAULT_MAX_CORNERS), past that fewer. A route's cost grows with the
 * square of the corners it tries, and the corners near a relation with the map: on a map of a
 * few hundred concepts, trying them all took over a minute (bench/scale-layout.ts).
 */
const CORNER_BUDGET = 24_000;
/** Above this many concepts, LARGE_MAP_ROUTING (the map is not read whole: hierarchy.ts). */
const BOUNDED_ROUTING_LIMIT = 300;

const FULL_ROUTING: RouteOptions = {};
/** Good enough to compare candidate layouts by, in a fraction of the time. */
const QUICK_ROUTING: RouteOptions = { maxCorners: LARGE_MAP_ROUTING.maxCorners! };
const boundedRouting = new Map<number, RouteOptions>();

/** How much routing a map of `conceptCount` concepts gets. */
export function routingFor(conceptCount: number): RouteOptions {
  if (conceptCount > BOUNDED_ROUTING_LIMIT) return LARGE_MAP_ROUTING;
  const maxCorners = Math.max(
    QUICK_ROUTING.maxCorners!,
    Math.min(DEFAULT_MAX_CORNERS, Math.round(CORNER_BUDGET / conceptCount)),
  );
  if (maxCorners === DEFAULT_MAX_CORNERS) return FULL_ROUTING;
  if (!boundedRouting.has(maxCorners)) boundedRouting.set(maxCorners, { maxCorners });
  return boundedRouting.get(maxCorners)!;
}

/** The routing candidate layouts are compared by: the full one where it is quick enough. */
export function rankingRouting(conceptCount: number): RouteOptions {
  const routing = routingFor(conceptCount);
  return routing === FULL_ROUTING ? FULL_ROUTING : QUICK_ROUTING;
}

/**
 * How far a line keeps from what it passes: the browser draws a concept's border (1.5 px) around
 * the box the layout reserved, and a line grazing the box would run under the border.
 */
const MARGIN = 2;
/** How far outside an obstacle's corner a bend goes. */
const CLEARANCE = 10;
/** A crossing weighs as much as this many pixels of detour. */
const CROSSING_COST = 250;
/** Per pixel a path runs along another line, closer than ALONG_DISTANCE and nearly parallel. */
const ALONG_COST = 2;
const ALONG_DISTANCE = 4;
/** A bend weighs as much as this many pixels: of two paths as long, the straighter. */
const BEND_COST = 40;
/** A bend where another relation already bends: the two would be drawn as one line. */
const SHARED_BEND_COST = 120;
/**
 * Corners farther than this from the straight line (the sum of their distances to both ends,
 * over the straight length) are tried only when nothing nearer clears the way: a long detour
 * reads as another relation.
 */
const DETOUR_LIMIT = 1.4;
const DETOUR_SLACK = 100;
const REROUTE_ROUNDS = 2;
const DEFAULT_MAX_CORNERS = 200;

/** Bend points per edge id (absent: straight). */
export type Routes = Map<string, Point[]>;

export function routeAround(input: RouteInput, options: RouteOptions = {}): Routes {
  const { concepts } = input;
  const maxCorners = options.maxCorners ?? DEFAULT_MAX_CORNERS;
  const avoidCrossings = options.avoidCrossings ?? true;
  const maxBlocking = options.maxBlocking ?? Infinity;
  const indexOf = new Map(concepts.map((concept, index) => [concept.id, index]));
  const parentOf = concepts.map((concept) =>
    concept.parent === null ? -1 : (indexOf.get(concept.parent) ?? -1),
  );
  const obstacles = concepts.map((concept) =>
    grow(concept.isContainer ? concept.labelBox : concept.box, MARGIN),
  );
  const cellSize = cellSizeFor(concepts);
  const obstacleGrid = new Grid(cellSize);
  obstacles.forEach((box, index) => obstacleGrid.addBox(index, box));
  const bounds = concepts.reduce(
    (box, concept) => ({
      x1: Math.min(box.x1, concept.box.x1),
      y1: Math.min(box.y1, concept.box.y1),
      x2: Math.max(box.x2, concept.box.x2),
      y2: Math.max(box.y2, concept.box.y2),
    }),
    { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity },
  );

  const edges = input.edges
    .filter((edge) => indexOf.has(edge.source) && indexOf.has(edge.target))
    .map((edge) => ({
      id: edge.id,
      source: indexOf.get(edge.source)!,
      target: indexOf.get(edge.target)!,
    }));
  type Edge = (typeof edges)[number];

  /** The concepts a relation may pass over: its ends and the containers around them. */
  const allowedFor = (edge: Edge): Set<number> => {
    const allowed = new Set<number>();
    for (let at = edge.source; at !== -1 && !allowed.has(at); at = parentOf[at]!) allowed.add(at);
    for (let at = edge.target; at !== -1 && !allowed.has(at); at = parentOf[at]!) allowed.add(at);
    return allowed;
  };

  // Every relation's line as drawn so far (straight until routed), in a grid of its segments.
  const lines: Point[][] = [];
  const lineGrid = new Grid(cellSize);
  const pathOf = (edge: Edge, bends: readonly Point[]): Point[] => {
    const from = concepts[edge.source]!.box;
    const to = concepts[edge.target]!.box;
    return [
      exitPoint(from, bends[0] ?? centre(to)),
      ...bends,
      exitPoint(to, bends[bends.length - 1] ?? centre(from)),
    ];
  };
  const setLine = (index: number, line: Point[]) => {
    if (!avoidCrossings) {
      lines[index] = line;
      return;
    }
    const old = lines[index];
    if (old)
      for (let i = 0; i + 1 < old.length; i++) lineGrid.removeSegment(index, old[i]!, old[i + 1]!);
    lines[index] = line;
    for (let i = 0; i + 1 < line.length; i++) lineGrid.addSegment(index, line[i]!, line[i + 1]!);
  };
  edges.forEach((edge, index) => setLine(index, pathOf(edge, [])));

  let stamp = 0;
  const seenEdge = new Int32Array(edges.length);
  const seenConcept = new Int32Array(concepts.length);

  /**
   * What segment ab of a relation's path costs beyond its length: its crossings with the lines
   * of relations that share no end with it, and the stretches where it would run along another
   * line (drawn on top of each other, two relations read as one).
   */
  const penaltyOf = (index: number, a: Point, b: Point): number => {
    const edge = edges[index]!;
    const along = new AlongLine(a, b);
    let crossings = 0;
    let alongLength = 0;
    stamp++;
    lineGrid.nearSegment(a, b, (other) => {
      if (seenEdge[other] === stamp) return;
      seenEdge[other] = stamp;
      if (other === index) return;
      const o = edges[other]!;
      const sharesEnd =
        o.source === edge.source ||
        o.source === edge.target ||
        o.target === edge.source ||
        o.target === edge.target;
      const line = lines[other]!;
      for (let i = 0; i + 1 < line.length; i++) {
        if (!sharesEnd && segmentsCross(a, b, line[i]!, line[i + 1]!)) crossings++;
        alongLength += along.lengthAlong(line[i]!, line[i + 1]!);
      }
    });
    return CROSSING_COST * crossings + ALONG_COST * alongLength;
  };
  /** How many concepts segment ab runs under (counting stops past `limit`). */
  const blocking = (a: Point, b: Point, allowed: ReadonlySet<number>, limit: number): number => {
    let count = 0;
    stamp++;
    obstacleGrid.nearSegment(a, b, (concept) => {
      if (count > limit || seenConcept[concept] === stamp) return;
      seenConcept[concept] = stamp;
      if (!allowed.has(concept) && segmentHitsBox(a, b, obstacles[concept]!)) count++;
    });
    return count;
  };
  const isClear = (a: Point, b: Point, allowed: ReadonlySet<number>): boolean =>
    blocking(a, b, allowed, 0) === 0;
  const insideAny = (point: Point, allowed: ReadonlySet<number>): boolean => {
    let found = false;
    obstacleGrid.nearBox({ x1: point.x, y1: point.y, x2: point.x, y2: point.y }, (concept) => {
      if (!found && !allowed.has(concept) && inside(obstacles[concept]!, point)) found = true;
    });
    return found;
  };

  /** How many routes bend at each point. */
  const bendsAt = new Map<string, number>();
  const countBends = (bends: readonly Point[], by: number) => {
    for (const bend of bends) bendsAt.set(keyOf(bend), (bendsAt.get(keyOf(bend)) ?? 0) + by);
  };

  /** The cheapest path for a relation around what it must not run under, or null. */
  const route = (index: number, reachFactor: number): Point[] | null => {
    const edge = edges[index]!;
    const allowed = allowedFor(edge);
    const from = concepts[edge.source]!.box;
    const to = concepts[edge.target]!.box;
    const start = centre(from);
    const end = centre(to);
    const straight = distance(start, end);
    const reach = Math.max(reachFactor * straight, straight + DETOUR_SLACK);
    // Corners of what lies within reach (an ellipse around the straight line).
    const corners: { point: Point; detour: number }[] = [];
    const area = {
      x1: Math.max(bounds.x1, Math.min(start.x, end.x) - reach / 2),
      y1: Math.max(bounds.y1, Math.min(start.y, end.y) - reach / 2),
      x2: Math.min(bounds.x2, Math.max(start.x, end.x) + reach / 2),
      y2: Math.min(bounds.y2, Math.max(start.y, end.y) + reach / 2),
    };
    stamp++;
    const near: number[] = [];
    const collect = (concept: number) => {
      if (seenConcept[concept] === stamp || allowed.has(concept)) return;
      seenConcept[concept] = stamp;
      near.push(concept);
    };
    if (maxBlocking === Infinity) {
      obstacleGrid.nearBox(area, collect);
    } else {
      // Only what lies along the straight line, a cell and a half either side.
      const steps = Math.ceil(straight / cellSize);
      for (let step = 0; step <= steps; step++) {
        const x = start.x + ((end.x - start.x) * step) / Math.max(steps, 1);
        const y = start.y + ((end.y - start.y) * step) / Math.max(steps, 1);
        const r = 1.5 * cellSize;
        obstacleGrid.nearBox({ x1: x - r, y1: y - r, x2: x + r, y2: y + r }, collect);
      }
    }
    near.sort((a, b) => a - b);
    for (const concept of near) {
      for (const corner of cornersOf(grow(obstacles[concept]!, CLEARANCE))) {
        const detour = distance(corner, start) + distance(corner, end);
        if (detour > reach) continue;
        if (inside(from, corner) || inside(to, corner) || !inside(bounds, corner)) continue;
        corners.push({ point: corner, detour });
      }
    }
    corners.sort((a, b) => a.detour - b.detour);
    const points: Point[] = [start, end];
    for (const corner of corners) {
      if (points.length - 2 >= maxCorners) break;
      if (!insideAny(corner.point, allowed)) points.push(corner.point);
    }

    // Lazy A* from start (0) to end (1). A step's length (plus its bend) is a lower bound of
    // what it costs, and the straight distance left a lower bound of the rest: steps wait in the
    // heap under that bound, and only when one comes first is it tested (is the way clear, what
    // does it cross). Most steps never are: testing every pair was what made a map of a few
    // hundred concepts take a minute.
    const cost = new Float64Array(points.length).fill(Infinity);
    const left = points.map((point) => distance(point, end));
    const previous = new Int32Array(points.length).fill(-1);
    const done = new Uint8Array(points.length);
    const steps = new MinHeap();
    const step: [number, number, number, number] = [0, 0, 0, 0];
    const TESTED = 1;
    const expand = (u: number, costU: number) => {
      const p = points[u]!;
      const bendCost = u === 0 ? 0 : BEND_COST + SHARED_BEND_COST * (bendsAt.get(keyOf(p)) ?? 0);
      for (let v = 1; v < points.length; v++) {
        if (done[v]) continue;
        const bound = costU + distance(p, points[v]!) + bendCost;
        if (bound < cost[v]!) steps.push(bound + left[v]!, u, v, 0);
      }
    };
    done[0] = 1;
    cost[0] = 0;
    expand(0, 0);
    while (!steps.isEmpty) {
      steps.pop(step);
      const [key, u, v, state] = step;
      if (done[v]) continue;
      if (state === TESTED) {
        done[v] = 1;
        cost[v] = key - left[v]!;
        previous[v] = u;
        if (v === 1) break;
        expand(v, cost[v]!);
        continue;
      }
      const p = points[u]!;
      const q = points[v]!;
      // The line is drawn from the borders (a container's contents are not in its way).
      const a = u === 0 ? exitPoint(from, q) : p;
      const b = v === 1 ? exitPoint(to, p) : q;
      if (!isClear(a, b, allowed)) continue;
      const total = key + (avoidCrossings ? penaltyOf(index, a, b) : 0);
      if (total - left[v]! < cost[v]!) {
        // The best tested way to v so far: a later, dearer one need not be tested.
        cost[v] = total - left[v]!;
        steps.push(total, u, v, TESTED);
      }
    }
    if (!done[1]) return null;
    const bends: Point[] = [];
    for (let v = previous[1]!; v > 0; v = previous[v]!) bends.unshift(points[v]!);
    return bends;
  };

  const routes: Routes = new Map();
  const needsRoute: number[] = [];
  edges.forEach((edge, index) => {
    const [a, b] = lines[index]! as [Point, Point];
    const count = blocking(a, b, allowedFor(edge), maxBlocking);
    if (count > 0 && count <= maxBlocking) needsRoute.push(index);
  });
  for (let round = 0; round <= (avoidCrossings ? REROUTE_ROUNDS : 0); round++) {
    let changed = false;
    for (const index of needsRoute) {
      const edge = edges[index]!;
      const before = routes.get(edge.id);
      if (before) countBends(before, -1);
      // The first time, a relation no near path clears may take a longer one.
      const found = route(index, DETOUR_LIMIT) ?? (before ? null : route(index, Infinity));
      if (!found || (before && samePoints(before, found))) {
        if (before) countBends(before, 1);
        continue;
      }
      countBends(found, 1);
      routes.set(edge.id, found);
      setLine(index, pathOf(edge, found));
      changed = true;
    }
    if (!changed) break;
  }
  return routes;
}

/** Cells about twice a typical concept: a line's neighbourhood is a few cells. */
function cellSizeFor(concepts: RouteInput['concepts']): number {
  const sizes = concepts
    .filter((concept) => !concept.isContainer)
    .map((concept) => Math.max(concept.box.x2 - concept.box.x1, concept.box.y2 - concept.box.y1))
    .sort((a, b) => a - b);
  return Math.max(64, 2 * (sizes[Math.floor(sizes.length / 2)] ?? 100));
}

/**
 * How long another segment runs along segment ab (nearly parallel and closer than
 * ALONG_DISTANCE), in pixels. Built once per segment ab: a route's cost asks it of every line
 * near ab.
 */
class AlongLine {
  private readonly length: number;
  private readonly ux: number;
  private readonly uy: number;

  constructor(
    private readonly a: Point,
    b: Point,
  ) {
    this.length = distance(a, b);
    this.ux = this.length === 0 ? 0 : (b.x - a.x) / this.length;
    this.uy = this.length === 0 ? 0 : (b.y - a.y) / this.length;
  }

  lengthAlong(c: Point, d: Point): number {
    if (this.length === 0) return 0;
    const { a, ux, uy } = this;
    // Distances of c and d from the line through ab, and their positions along it.
    const offC = (c.x - a.x) * uy - (c.y - a.y) * ux;
    if (Math.abs(offC) > ALONG_DISTANCE) return 0;
    const offD = (d.x - a.x) * uy - (d.y - a.y) * ux;
    if (Math.abs(offD) > ALONG_DISTANCE) return 0;
    const atC = (c.x - a.x) * ux + (c.y - a.y) * uy;
    const atD = (d.x - a.x) * ux + (d.y - a.y) * uy;
    return Math.max(0, Math.min(this.length, Math.max(atC, atD)) - Math.max(0, Math.min(atC, atD)));
  }
}

function keyOf(point: Point): string {
  return `${Math.round(point.x)},${Math.round(point.y)}`;
}

function samePoints(a: readonly Point[], b: readonly Point[]): boolean {
  return a.length === b.length && a.every((p, i) => p.x === b[i]!.x && p.y === b[i]!.y);
}

function centre(box: Box): Point {
  return { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
}

function distance(a: Point, b: Point): number {
  // Not Math.hypot: routing asks this millions of times, and hypot's care for overflow is slow.
  const dx = a.x - b.x;
  const dy = a.y - b.y;
  return Math.sqrt(dx * dx + dy * dy);
}

/** The corners, in whole pixels outward (bends are stored rounded: layout-file.ts). */
function cornersOf(box: Box): Point[] {
  const x1 = Math.floor(box.x1);
  const y1 = Math.floor(box.y1);
  const x2 = Math.ceil(box.x2);
  const y2 = Math.ceil(box.y2);
  return [
    { x: x1, y: y1 },
    { x: x2, y: y1 },
    { x: x2, y: y2 },
    { x: x1, y: y2 },
  ];
}

function inside(box: Box, point: Point): boolean {
  return point.x > box.x1 && point.x < box.x2 && point.y > box.y1 && point.y < box.y2;
}

/**
 * Plane geometry for the layout's checks and repairs: boxes, segments, crossings. Pure; used by
 * the layout (routes.ts, optimize.ts), the layout benchmarks and the tests, so all measure alike.
 */
export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export function boxAround(centre: Point, width: number, height: number): Box {
  return {
    x1: centre.x - width / 2,
    y1: centre.y - height / 2,
    x2: centre.x + width / 2,
    y2: centre.y + height / 2,
  };
}

export function grow(box: Box, by: number): Box {
  return { x1: box.x1 - by, y1: box.y1 - by, x2: box.x2 + by, y2: box.y2 + by };
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

export function union(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  const out = { ...boxes[0]! };
  for (const box of boxes) {
    out.x1 = Math.min(out.x1, box.x1);
    out.y1 = Math.min(out.y1, box.y1);
    out.x2 = Math.max(out.x2, box.x2);
    out.y2 = Math.max(out.y2, box.y2);
  }
  return out;
}

export function centreOf(box: Box): Point {
  return { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
}

/** Orientation of the turn a → b → c: positive counter-clockwise, 0 collinear. */
/**
 * Which side of ab point c lies on (positive: left), 0 when on the line. Below TURN_EPSILON it is
 * on the line: Cytoscape hands back a bend the layout put at (61, 67) as (61.00000000000001, 67),
 * and two routes through the same corner would otherwise cross there by a rounding error.
 */
function turn(a: Point, b: Point, c: Point): number {
  const cross = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
  return Math.abs(cross) < TURN_EPSILON ? 0 : cross;
}
const TURN_EPSILON = 1e-6;

/** Whether segments ab and cd cross at a point inside both (touching ends do not count). */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const d1 = turn(c, d, a);
  const d2 = turn(c, d, b);
  const d3 = turn(a, b, c);
  const d4 = turn(a, b, d);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/** Whether segment ab passes through the inside of `box` (Liang–Barsky clipping). */
export function segmentHitsBox(a: Point, b: Point, box: Box): boolean {
  if (Math.max(a.x, b.x) <= box.x1 || Math.min(a.x, b.x) >= box.x2) return false;
  if (Math.max(a.y, b.y) <= box.y1 || Math.min(a.y, b.y) >= box.y2) return false;
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  for (let side = 0; side < 4; side++) {
    const p = side === 0 ? -dx : side === 1 ? dx : side === 2 ? -dy : dy;
    const q =
      side === 0
        ? a.x - box.x1
        : side === 1
          ? box.x2 - a.x
          : side === 2
            ? a.y - box.y1
            : box.y2 - a.y;
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
  }
  return t1 - t0 > 1e-9;
}

/** Where the segment from a box's centre towards `towards` leaves the box. */
export function exitPoint(box: Box, towards: Point): Point {
  const centre = centreOf(box);
  const dx = towards.x - centre.x;
  const dy = towards.y - centre.y;
  if (dx === 0 && dy === 0) return centre;
  const halfW = (box.x2 - box.x1) / 2;
  const halfH = (box.y2 - box.y1) / 2;
  const scale = Math.min(
    dx === 0 ? Infinity : halfW / Math.abs(dx),
    dy === 0 ? Infinity : halfH / Math.abs(dy),
  );
  return { x: centre.x + dx * Math.min(scale, 1), y: centre.y + dy * Math.min(scale, 1) };
}

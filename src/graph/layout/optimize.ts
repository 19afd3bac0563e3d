/**
 * The drawing improved as a whole: crossings, relations running under a concept they do not join,
 * and length, counted on the real drawing (every relation from border to border, through every
 * level). The force layout of each level cannot see that a concept should sit on the side of its
 * container that faces what it relates to elsewhere; this pass can.
 *
 * Simulated annealing over moves that keep every container's box as it is (so nothing new
 * overlaps and the map keeps its size):
 * - two items of one level trade places (a container moves with everything inside it);
 * - a concept moves to a free place in its container, near what it relates to;
 * - a container's contents are mirrored left-right or top-bottom.
 * Each move is scored by what it changes only (the relations that moved, and the relations that
 * now run under what moved). The number of moves tried is bounded by a budget of segment tests,
 * so the pass stays near-linear on large maps. Deterministic: a seeded generator.
 */
import { seededRandom } from './force';
import type { Box, Point } from './geometry';

interface SceneNode {
  id: string;
  parent: string | null;
  /** A leaf's box size (a container's box comes from `containers`). */
  width: number;
  height: number;
  /** For a container: the band its name is written in, at the top of its box. */
  label?: { width: number; height: number };
}

interface SceneEdge {
  source: string;
  target: string;
  /** How many relations this line stands for (a level's aggregated links); 1 by default. */
  weight?: number;
}

export interface OptimizeInput {
  nodes: readonly SceneNode[];
  edges: readonly SceneEdge[];
  /** Leaf centres, updated in place. */
  positions: Map<string, Point>;
  /** Container boxes, updated in place. */
  containers: Map<string, Box>;
  /** Items that must not move (pinned, or kept from the layout file). */
  keep?: ReadonlySet<string>;
  seed?: number;
  /** Moves tried per movable item. */
  movesPerItem?: number;
  /** Upper bound on segment tests, so a large map costs what a small one does per item. */
  budget?: number;
}

/** What each fault costs, in the same unit. */
const COST = {
  crossing: 3,
  /** A relation under a concept needs a detour, which usually crosses something. */
  under: 5,
  /** Per pixel of relation: of two drawings as tangled, the one with shorter relations. */
  length: 0.004,
} as const;

const MOVE_GAP = 12;
const DEFAULT_MOVES_PER_ITEM = 150;
const DEFAULT_BUDGET = 40_000_000;
/** Temperatures of the annealing, in cost units (a crossing costs 3). */
const START_TEMPERATURE = 2.5;
const END_TEMPERATURE = 0.05;
/** Shrinks obstacles so that a line touching a border does not count (as quality.ts). */
const TOUCH = 1;

export function optimizeDrawing(input: OptimizeInput): void {
  const scene = buildScene(input);
  if (scene.edgeCount < 2 || scene.movable.length === 0) return;
  anneal(scene, input);
  writeBack(scene, input);
}

interface Scene {
  ids: string[];
  parent: Int32Array;
  depth: Int32Array;
  isContainer: Uint8Array;
  children: number[][];
  /** Top-level items. */
  top: number[];
  x1: Float64Array;
  y1: Float64Array;
  x2: Float64Array;
  y2: Float64Array;
  labelWidth: Float64Array;
  labelHeight: Float64Array;
  /**
   * Where each level's items may go: the box around them at the start (for a container,
   * relative to its box's top left corner; see areaOf).
   */
  bounds: Map<number, Box>;
  edgeCount: number;
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
  ax: Float64Array;
  ay: Float64Array;
  bx: Float64Array;
  by: Float64Array;
  edgesAt: number[][];
  movable: number[];
  keep: Uint8Array;
}

function buildScene(input: OptimizeInput): Scene {
  const { nodes, edges, positions, containers } = input;
  const indexOf = new Map<string, number>();
  nodes.forEach((node, index) => indexOf.set(node.id, index));
  const n = nodes.length;
  const parent = new Int32Array(n).fill(-1);
  const isContainer = new Uint8Array(n);
  const children: number[][] = nodes.map(() => []);
  const top: number[] = [];
  const x1 = new Float64Array(n);
  const y1 = new Float64Array(n);
  const x2 = new Float64Array(n);
  const y2 = new Float64Array(n);
  const labelWidth = new Float64Array(n);
  const labelHeight = new Float64Array(n);
  const keep = new Uint8Array(n);
  nodes.forEach((node, index) => {
    const parentIndex = node.parent === null ? -1 : (indexOf.get(node.parent) ?? -1);
    parent[index] = parentIndex;
    if (parentIndex === -1) top.push(index);
    else children[parentIndex]!.push(index);
    const box = containers.get(node.id);
    if (box) {
      isContainer[index] = 1;
      x1[index] = box.x1;
      y1[index] = box.y1;
      x2[index] = box.x2;
      y2[index] = box.y2;
      labelWidth[index] = node.label?.width ?? 0;
      labelHeight[index] = node.label?.height ?? 0;
    } else {
      const at = positions.get(node.id) ?? { x: 0, y: 0 };
      x1[index] = at.x - node.width / 2;
      y1[index] = at.y - node.height / 2;
      x2[index] = at.x + node.width / 2;
      y2[index] = at.y + node.height / 2;
    }
    if (input.keep?.has(node.id)) keep[index] = 1;
  });
  const depth = new Int32Array(n);
  for (let index = 0; index < n; index++) {
    let d = 0;
    for (let p = parent[index]!; p !== -1 && d <= n; p = parent[p]!) d++;
    depth[index] = d;
  }
  const bounds = new Map<number, Box>();
  const boundsOf = (items: readonly number[]): Box => {
    const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
    for (const item of items) {
      box.x1 = Math.min(box.x1, x1[item]!);
      box.y1 = Math.min(box.y1, y1[item]!);
      box.x2 = Math.max(box.x2, x2[item]!);
      box.y2 = Math.max(box.y2, y2[item]!);
    }
    return box;
  };
  bounds.set(-1, boundsOf(top));
  // A container's bounds are kept relative to its box, which moves with it.
  children.forEach((list, index) => {
    if (list.length === 0) return;
    const box = boundsOf(list);
    bounds.set(index, {
      x1: box.x1 - x1[index]!,
      y1: box.y1 - y1[index]!,
      x2: box.x2 - x1[index]!,
      y2: box.y2 - y1[index]!,
    });
  });

  const kept = edges.filter(
    (edge) => indexOf.has(edge.source) && indexOf.has(edge.target) && edge.source !== edge.target,
  );
  const m = kept.length;
  const source = new Int32Array(m);
  const target = new Int32Array(m);
  const weight = new Float64Array(m);
  const edgesAt: number[][] = nodes.map(() => []);
  kept.forEach((edge, index) => {
    source[index] = indexOf.get(edge.source)!;
    target[index] = indexOf.get(edge.target)!;
    weight[index] = edge.weight ?? 1;
    edgesAt[source[index]!]!.push(index);
    edgesAt[target[index]!]!.push(index);
  });

  // An item moves if it, or something inside it, is related to anything.
  const related = new Uint8Array(n);
  for (let index = 0; index < n; index++) {
    if (edgesAt[index]!.length === 0) continue;
    for (let p = index; p !== -1 && !related[p]; p = parent[p]!) related[p] = 1;
  }
  const movable: number[] = [];
  for (let index = 0; index < n; index++) if (related[index] && !keep[index]) movable.push(index);

  const scene: Scene = {
    ids: nodes.map((node) => node.id),
    parent,
    depth,
    isContainer,
    children,
    top,
    x1,
    y1,
    x2,
    y2,
    labelWidth,
    labelHeight,
    bounds,
    edgeCount: m,
    source,
    target,
    weight,
    ax: new Float64Array(m),
    ay: new Float64Array(m),
    bx: new Float64Array(m),
    by: new Float64Array(m),
    edgesAt,
    movable,
    keep,
  };
  for (let e = 0; e < m; e++) updateSegment(scene, e);
  return scene;
}

/** Where the items of a level (a container, or -1 for the top) may go, in map coordinates. */
function areaOf(scene: Scene, container: number): Box {
  const box = scene.bounds.get(container)!;
  if (container === -1) return box;
  const x = scene.x1[container]!;
  const y = scene.y1[container]!;
  return { x1: box.x1 + x, y1: box.y1 + y, x2: box.x2 + x, y2: box.y2 + y };
}

/** The edge's line from border to border, towards each other's centre (as drawing.ts). */
function updateSegment(scene: Scene, e: number): void {
  const s = scene.source[e]!;
  const t = scene.target[e]!;
  const scx = (scene.x1[s]! + scene.x2[s]!) / 2;
  const scy = (scene.y1[s]! + scene.y2[s]!) / 2;
  const tcx = (scene.x1[t]! + scene.x2[t]!) / 2;
  const tcy = (scene.y1[t]! + scene.y2[t]!) / 2;
  const [ax, ay] = exit(scene, s, scx, scy, tcx, tcy);
  const [bx, by] = exit(scene, t, tcx, tcy, scx, scy);
  scene.ax[e] = ax;
  scene.ay[e] = ay;
  scene.bx[e] = bx;
  scene.by[e] = by;
}

function exit(
  scene: Scene,
  node: number,
  cx: number,
  cy: number,
  towardsX: number,
  towardsY: number,
): [number, number] {
  const dx = towardsX - cx;
  const dy = towardsY - cy;
  if (dx === 0 && dy === 0) return [cx, cy];
  const halfW = (scene.x2[node]! - scene.x1[node]!) / 2;
  const halfH = (scene.y2[node]! - scene.y1[node]!) / 2;
  const scale = Math.min(
    dx === 0 ? Infinity : halfW / Math.abs(dx),
    dy === 0 ? Infinity : halfH / Math.abs(dy),
    1,
  );
  return [cx + dx * scale, cy + dy * scale];
}

/** Whether `node` may lie under edge `e`: one of its ends, or a container around an end. */
function allowedUnder(scene: Scene, e: number, node: number): boolean {
  const s = scene.source[e]!;
  const t = scene.target[e]!;
  if (node === s || node === t) return true;
  if (!scene.isContainer[node]) return false;
  const d = scene.depth[node]!;
  let current = s;
  while (scene.depth[current]! > d) current = scene.parent[current]!;
  if (current === node) return true;
  current = t;
  while (scene.depth[current]! > d) current = scene.parent[current]!;
  return current === node;
}

/** Whether edge `e` runs through the inside of the box (x1, y1)–(x2, y2): Liang–Barsky. */
function hits(scene: Scene, e: number, x1: number, y1: number, x2: number, y2: number): boolean {
  const ax = scene.ax[e]!;
  const ay = scene.ay[e]!;
  const bx = scene.bx[e]!;
  const by = scene.by[e]!;
  if (x2 <= x1 || y2 <= y1) return false;
  if ((ax > bx ? ax : bx) <= x1 || (ax < bx ? ax : bx) >= x2) return false;
  if ((ay > by ? ay : by) <= y1 || (ay < by ? ay : by) >= y2) return false;
  let t0 = 0;
  let t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  for (let side = 0; side < 4; side++) {
    const p = side === 0 ? -dx : side === 1 ? dx : side === 2 ? -dy : dy;
    const q = side === 0 ? ax - x1 : side === 1 ? x2 - ax : side === 2 ? ay - y1 : y2 - ay;
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) {
      if (r > t1) return false;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return false;
      if (r < t1) t1 = r;
    }
  }
  return t1 - t0 > 1e-9;
}

/** Whether edge `e` runs under `node` (a leaf's box, a container's name band). */
function runsUnder(scene: Scene, e: number, node: number): boolean {
  if (!scene.isContainer[node]) {
    return hits(
      scene,
      e,
      scene.x1[node]! + TOUCH,
      scene.y1[node]! + TOUCH,
      scene.x2[node]! - TOUCH,
      scene.y2[node]! - TOUCH,
    );
  }
  const cx = (scene.x1[node]! + scene.x2[node]!) / 2;
  const half = scene.labelWidth[node]! / 2;
  return hits(
    scene,
    e,
    cx - half + TOUCH,
    scene.y1[node]! + TOUCH,
    cx + half - TOUCH,
    scene.y1[node]! + scene.labelHeight[node]! - TOUCH,
  );
}

/** Whether edges `e` and `f` cross at a point inside both (as geometry.segmentsCross). */
function cross(scene: Scene, e: number, f: number): boolean {
  const { ax, ay, bx, by } = scene;
  const px = ax[e]!;
  const py = ay[e]!;
  const qx = bx[e]!;
  const qy = by[e]!;
  const rx = ax[f]!;
  const ry = ay[f]!;
  const sx = bx[f]!;
  const sy = by[f]!;
  if ((px > qx ? px : qx) < (rx < sx ? rx : sx)) return false;
  if ((rx > sx ? rx : sx) < (px < qx ? px : qx)) return false;
  if ((py > qy ? py : qy) < (ry < sy ? ry : sy)) return false;
  if ((ry > sy ? ry : sy) < (py < qy ? py : qy)) return false;
  const d1 = (sx - rx) * (py - ry) - (sy - ry) * (px - rx);
  const d2 = (sx - rx) * (qy - ry) - (sy - ry) * (qx - rx);
  if (!((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0))) return false;
  const d3 = (qx - px) * (ry - py) - (qy - py) * (rx - px);
  const d4 = (qx - px) * (sy - py) - (qy - py) * (sx - px);
  return (d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0);
}

function sharesEnd(scene: Scene, e: number, f: number): boolean {
  const s = scene.source;
  const t = scene.target;
  return s[e] === s[f] || s[e] === t[f] || t[e] === s[f] || t[e] === t[f];
}

/** A move under way: which nodes moved, which edges changed, and how to undo it. */
class Change {
  nodes: number[] = [];
  old: number[] = [];
  edges: number[] = [];
  private readonly nodeStamp: Int32Array;
  private readonly edgeStamp: Int32Array;
  private stamp = 1;
  constructor(private readonly scene: Scene) {
    this.nodeStamp = new Int32Array(scene.ids.length);
    this.edgeStamp = new Int32Array(scene.edgeCount);
  }
  reset(): void {
    this.nodes.length = 0;
    this.old.length = 0;
    this.edges.length = 0;
    this.stamp++;
  }
  hasEdge(e: number): boolean {
    return this.edgeStamp[e] === this.stamp;
  }
  /** Translates `node` and everything inside it. */
  translate(node: number, dx: number, dy: number): void {
    const s = this.scene;
    if (this.nodeStamp[node] !== this.stamp) {
      this.nodeStamp[node] = this.stamp;
      this.nodes.push(node);
      this.old.push(s.x1[node]!, s.y1[node]!, s.x2[node]!, s.y2[node]!);
      for (const e of s.edgesAt[node]!) {
        if (this.edgeStamp[e] !== this.stamp) {
          this.edgeStamp[e] = this.stamp;
          this.edges.push(e);
        }
      }
    }
    s.x1[node]! += dx;
    s.x2[node]! += dx;
    s.y1[node]! += dy;
    s.y2[node]! += dy;
    for (const child of s.children[node]!) this.translate(child, dx, dy);
  }
  /** The moved nodes' edges redrawn. */
  redraw(): void {
    for (const e of this.edges) updateSegment(this.scene, e);
  }
  undo(): void {
    const s = this.scene;
    this.nodes.forEach((node, i) => {
      s.x1[node] = this.old[4 * i]!;
      s.y1[node] = this.old[4 * i + 1]!;
      s.x2[node] = this.old[4 * i + 2]!;
      s.y2[node] = this.old[4 * i + 3]!;
    });
    this.redraw();
  }
}

function anneal(scene: Scene, input: OptimizeInput): void {
  const random = seededRandom(input.seed ?? 1);
  const change = new Change(scene);
  const n = scene.ids.length;
  const m = scene.edgeCount;
  let tests = 0;
  const budget = input.budget ?? DEFAULT_BUDGET;

  /** Cost of the changed edges against everything, and of other edges under moved nodes. */
  const costOfChange = (): number => {
    let cost = 0;
    for (const e of change.edges) {
      const we = scene.weight[e]!;
      for (let f = 0; f < m; f++) {
        if (f === e || (change.hasEdge(f) && f < e) || sharesEnd(scene, e, f)) continue;
        if (cross(scene, e, f)) cost += COST.crossing * we * scene.weight[f]!;
      }
      for (let node = 0; node < n; node++) {
        if (runsUnder(scene, e, node) && !allowedUnder(scene, e, node)) cost += COST.under * we;
      }
      cost +=
        COST.length * we * Math.hypot(scene.bx[e]! - scene.ax[e]!, scene.by[e]! - scene.ay[e]!);
      tests += m + n;
    }
    for (const node of change.nodes) {
      for (let f = 0; f < m; f++) {
        if (change.hasEdge(f) || !runsUnder(scene, f, node)) continue;
        if (!allowedUnder(scene, f, node)) cost += COST.under * scene.weight[f]!;
      }
      tests += m;
    }
    return cost;
  };

  const boxOf = (node: number): Box => ({
    x1: scene.x1[node]!,
    y1: scene.y1[node]!,
    x2: scene.x2[node]!,
    y2: scene.y2[node]!,
  });
  const siblingsOf = (node: number) =>
    scene.parent[node] === -1 ? scene.top : scene.children[scene.parent[node]!]!;
  /** Whether `node` (already moved) lies inside its level's bounds, clear of its siblings. */
  const fits = (node: number, except: number): boolean => {
    const area = areaOf(scene, scene.parent[node]!);
    if (
      scene.x1[node]! < area.x1 - 0.5 ||
      scene.y1[node]! < area.y1 - 0.5 ||
      scene.x2[node]! > area.x2 + 0.5 ||
      scene.y2[node]! > area.y2 + 0.5
    ) {
      return false;
    }
    for (const other of siblingsOf(node)) {
      if (other === node || other === except) continue;
      if (
        scene.x1[node]! < scene.x2[other]! + MOVE_GAP &&
        scene.x1[other]! < scene.x2[node]! + MOVE_GAP &&
        scene.y1[node]! < scene.y2[other]! + MOVE_GAP &&
        scene.y1[other]! < scene.y2[node]! + MOVE_GAP
      ) {
        return false;
      }
    }
    return true;
  };
  const centreX = (node: number) => (scene.x1[node]! + scene.x2[node]!) / 2;
  const centreY = (node: number) => (scene.y1[node]! + scene.y2[node]!) / 2;

  // Proposals: each applies a move through `change` and says whether it is allowed.
  const swapMove = (a: number): boolean => {
    const siblings = siblingsOf(a);
    if (siblings.length < 2) return false;
    const b = siblings[Math.floor(random() * siblings.length)]!;
    if (b === a || scene.keep[b]) return false;
    const dx = centreX(b) - centreX(a);
    const dy = centreY(b) - centreY(a);
    change.translate(a, dx, dy);
    change.translate(b, -dx, -dy);
    return fits(a, b) && fits(b, a);
  };
  const placeMove = (a: number): boolean => {
    const area = areaOf(scene, scene.parent[a]!);
    const width = scene.x2[a]! - scene.x1[a]!;
    const height = scene.y2[a]! - scene.y1[a]!;
    let x: number;
    let y: number;
    const related = scene.edgesAt[a]!;
    if (related.length > 0 && random() < 0.6) {
      // Near one of the concepts it relates to.
      const e = related[Math.floor(random() * related.length)]!;
      const other = scene.source[e] === a ? scene.target[e]! : scene.source[e]!;
      const spread = Math.max(area.x2 - area.x1, area.y2 - area.y1) / 4;
      x = centreX(other) + (random() - 0.5) * spread;
      y = centreY(other) + (random() - 0.5) * spread;
    } else {
      x = area.x1 + random() * (area.x2 - area.x1);
      y = area.y1 + random() * (area.y2 - area.y1);
    }
    x = Math.min(Math.max(x, area.x1 + width / 2), area.x2 - width / 2);
    y = Math.min(Math.max(y, area.y1 + height / 2), area.y2 - height / 2);
    change.translate(a, x - centreX(a), y - centreY(a));
    return fits(a, -1);
  };
  const mirrorMove = (a: number): boolean => {
    const container = scene.isContainer[a] ? a : scene.parent[a]!;
    if (container === -1) return false;
    const inside = scene.children[container]!;
    if (inside.some((child) => scene.keep[child])) return false;
    const area = areaOf(scene, container);
    const horizontal = random() < 0.5;
    for (const child of inside) {
      if (horizontal) change.translate(child, area.x1 + area.x2 - 2 * centreX(child), 0);
      else change.translate(child, 0, area.y1 + area.y2 - 2 * centreY(child));
    }
    return true;
  };

  const moves = scene.movable.length * (input.movesPerItem ?? DEFAULT_MOVES_PER_ITEM);
  let current = 0;
  let best = 0;
  let bestSnapshot = snapshot(scene);
  for (let step = 0; step < moves && tests < budget; step++) {
    const temperature =
      START_TEMPERATURE * Math.pow(END_TEMPERATURE / START_TEMPERATURE, step / moves);
    const item = scene.movable[Math.floor(random() * scene.movable.length)]!;
    const kind = random();
    change.reset();
    // Score what the move touches before and after.
    const proposal = kind < 0.45 ? swapMove : kind < 0.9 ? placeMove : mirrorMove;
    // The move is applied first to learn what it touches; undone to score the "before".
    const allowed = proposal(item) && change.edges.length > 0;
    if (!allowed) {
      change.undo();
      continue;
    }
    const after = (change.redraw(), costOfChange());
    const movedNodes = change.nodes.slice();
    const moved = movedNodes.map((node) => boxOf(node));
    change.undo();
    const before = costOfChange();
    const delta = after - before;
    if (delta <= 0 || random() < Math.exp(-delta / temperature)) {
      movedNodes.forEach((node, i) => {
        const box = moved[i]!;
        scene.x1[node] = box.x1;
        scene.y1[node] = box.y1;
        scene.x2[node] = box.x2;
        scene.y2[node] = box.y2;
      });
      change.redraw();
      current += delta;
      if (current < best - 1e-9) {
        best = current;
        bestSnapshot = snapshot(scene);
      }
    }
  }
  restore(scene, bestSnapshot);
}

function snapshot(scene: Scene): Float64Array {
  const n = scene.ids.length;
  const copy = new Float64Array(4 * n);
  copy.set(scene.x1, 0);
  copy.set(scene.y1, n);
  copy.set(scene.x2, 2 * n);
  copy.set(scene.y2, 3 * n);
  return copy;
}

function restore(scene: Scene, copy: Float64Array): void {
  const n = scene.ids.length;
  scene.x1.set(copy.subarray(0, n));
  scene.y1.set(copy.subarray(n, 2 * n));
  scene.x2.set(copy.subarray(2 * n, 3 * n));
  scene.y2.set(copy.subarray(3 * n, 4 * n));
  for (let e = 0; e < scene.edgeCount; e++) updateSegment(scene, e);
}

function writeBack(scene: Scene, input: OptimizeInput): void {
  scene.ids.forEach((id, node) => {
    const box = {
      x1: scene.x1[node]!,
      y1: scene.y1[node]!,
      x2: scene.x2[node]!,
      y2: scene.y2[node]!,
    };
    if (scene.isContainer[node]) input.containers.set(id, box);
    else input.positions.set(id, { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 });
  });
}

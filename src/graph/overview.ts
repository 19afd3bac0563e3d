/**
 * A big map opens on its structure (issue 15, "an overview that reads at any size"): its
 * containers drawn closed, each a box the size it has open with its name and how many concepts it
 * holds, and opened as the reader zooms into them (semantic zoom). Nothing moves when a container
 * opens or closes: the closed box is exactly where and as large as the open one (the positions
 * are the build's), so the picture the reader has learned stays.
 *
 * This is the pure part: which containers are open for a camera, which concept stands for
 * another while it is inside a closed container, which relations are drawn between what is
 * shown. level-of-detail.ts keeps Cytoscape's elements in step with it.
 */
import type { ConceptGraph } from '../notes/concepts/model';
import type { Box } from './camera';
import type { Positions } from './concept-map-handle';
import type { DrawnElements, EdgeData } from './elements';
import { LABEL_LINE_HEIGHT, textWidthPx } from './label-metrics';
import { CONTAINER_PADDING, MIN_LABEL_PX } from './style';

/**
 * Maps with more drawn concepts than this open on their overview and load their texts in parts
 * (map-parts.ts); smaller ones open whole, as they always have. Drawn whole, this many concepts
 * and their relations still pan at 60 fps and open in a few hundred milliseconds.
 */
const OVERVIEW_MIN_CONCEPTS = 400;

export function opensOnOverview(graph: ConceptGraph): boolean {
  return graph.nodes.length > OVERVIEW_MIN_CONCEPTS;
}

/** The font of what a container holds (a term's): opening shows it at MIN_LABEL_PX or more. */
const INNER_LABEL_PX = 14;
/**
 * A container opens when its box covers this share of the canvas's width or height (its insides
 * become a picture worth seeing), or when what it holds would be legible; it closes again below
 * the second share, or when it is well off screen: hysteresis, so a container at the threshold
 * does not flicker.
 */
const OPEN_SHARE = 0.4;
const KEEP_SHARE = 0.25;
/** Containers within this share of the canvas beyond its edges count as on screen. */
const OPEN_MARGIN = 0.1;
const KEEP_MARGIN = 0.5;
/**
 * At most this many concepts are drawn at once, pinned ones aside: enough for every concept a
 * screen can show legibly, few enough that Cytoscape draws them at 60 fps.
 */
export const DRAWN_BUDGET = 2_500;
/** Between two closed containers, only each one's strongest few relations are drawn. */
const STRONGEST_BETWEEN_CLOSED = 3;

export interface OverviewModel {
  elements: DrawnElements;
  /** Where each leaf is drawn (the build's positions). */
  positions: Positions;
  /** The container each drawn concept is in (null: the top of the map). */
  parentOf: ReadonlyMap<string, string | null>;
  /** What each container (null: the top) holds directly, in reading order. */
  childrenOf: ReadonlyMap<string | null, readonly string[]>;
  /** Every container's box, in map coordinates, its name included. */
  boxes: ReadonlyMap<string, Box>;
  /** How many concepts each container holds, at any depth. */
  counts: ReadonlyMap<string, number>;
  /** Containers around each concept, outermost first. */
  ancestors(id: string): string[];
}

export function isContainer(model: OverviewModel, id: string): boolean {
  return model.boxes.has(id);
}

/**
 * The model of a map: its tree of containers and their boxes, from the build's positions. The
 * build computes the boxes for big maps (`known`); otherwise they are computed here from every
 * leaf's size, which measures every label once.
 */
export function overviewModel(
  elements: DrawnElements,
  positions: Positions,
  known?: Readonly<Record<string, Box>>,
): OverviewModel {
  const parentOf = new Map<string, string | null>();
  const childrenOf = new Map<string | null, string[]>([[null, []]]);
  const containers = new Set<string>();
  for (const { node, parent, isContainer } of elements.nodes) {
    parentOf.set(node.id, parent);
    if (isContainer) containers.add(node.id);
    const siblings = childrenOf.get(parent);
    if (siblings) siblings.push(node.id);
    else childrenOf.set(parent, [node.id]);
  }
  const counts = new Map<string, number>();
  const countOf = (id: string): number => {
    let count = 0;
    for (const child of childrenOf.get(id) ?? []) {
      count += 1 + (containers.has(child) ? countOf(child) : 0);
    }
    counts.set(id, count);
    return count;
  };
  for (const id of childrenOf.get(null) ?? []) if (containers.has(id)) countOf(id);

  const boxes = new Map<string, Box>();
  if (known && [...containers].every((id) => Object.hasOwn(known, id))) {
    for (const id of containers) boxes.set(id, known[id]!);
  } else {
    for (const [id, box] of Object.entries(containerBoxes(elements, positions))) {
      boxes.set(id, box);
    }
  }
  return {
    elements,
    positions,
    parentOf,
    childrenOf,
    boxes,
    counts,
    ancestors(id) {
      const chain: string[] = [];
      let current = parentOf.get(id) ?? null;
      // Bounded: drawn parents form a forest (drawn-map.ts never makes a loop).
      while (current !== null && chain.length <= parentOf.size) {
        chain.push(current);
        current = parentOf.get(current) ?? null;
      }
      return chain.reverse();
    },
  };
}

/**
 * Every container's box around what it holds, as Cytoscape draws a compound node (style.ts:
 * CONTAINER_PADDING on each side, the name on top and at least as wide as the box): the build
 * computes them once for a big map, so the app need not measure every label to open it.
 */
export function containerBoxes(elements: DrawnElements, positions: Positions): Record<string, Box> {
  const boxes: Record<string, Box> = Object.create(null) as Record<string, Box>;
  const inner = new Map<string, Box>();
  // Reading order puts a container before what it holds: the reverse visits contents first.
  for (let index = elements.nodes.length - 1; index >= 0; index--) {
    const { node, parent, isContainer } = elements.nodes[index]!;
    let box: Box | undefined;
    if (isContainer) {
      const contents = inner.get(node.id);
      if (!contents) continue;
      const data = elements.node(node.id).data;
      const labelHeight = data.wrapped.split('\n').length * data.fontSize * LABEL_LINE_HEIGHT;
      box = {
        x1: contents.x1 - CONTAINER_PADDING,
        y1: contents.y1 - CONTAINER_PADDING - labelHeight,
        x2: contents.x2 + CONTAINER_PADDING,
        y2: contents.y2 + CONTAINER_PADDING,
      };
      const missing = data.width - (box.x2 - box.x1);
      if (missing > 0) box = { ...box, x1: box.x1 - missing / 2, x2: box.x2 + missing / 2 };
      boxes[node.id] = box;
    } else {
      const at = positions[node.id];
      if (!at) continue;
      const { width, height } = elements.node(node.id).data;
      box = {
        x1: at.x - width / 2,
        y1: at.y - height / 2,
        x2: at.x + width / 2,
        y2: at.y + height / 2,
      };
    }
    if (parent === null) continue;
    const around = inner.get(parent);
    inner.set(parent, around ? union(around, box) : box);
  }
  return boxes;
}

function union(a: Box, b: Box): Box {
  return {
    x1: Math.min(a.x1, b.x1),
    y1: Math.min(a.y1, b.y1),
    x2: Math.max(a.x2, b.x2),
    y2: Math.max(a.y2, b.y2),
  };
}

/**
 * What stands for `id` on the map while some containers are closed: the outermost closed
 * container around it, or `id` itself when everything around it is open.
 */
export function shownAs(model: OverviewModel, open: ReadonlySet<string>, id: string): string {
  for (const container of model.ancestors(id)) if (!open.has(container)) return container;
  return id;
}

/** A relation as drawn: one of the map's, or several gathered onto a closed container. */
export interface ShownEdge {
  data: EdgeData | GatheredEdgeData;
}

/** Relations gathered between what is shown, when one end or both are in a closed container. */
interface GatheredEdgeData {
  id: string;
  source: string;
  target: string;
  /** How many relations it stands for. */
  count: number;
  gathered: true;
}

/**
 * The edges to draw when `open` are the open containers: a relation between two concepts that
 * are shown is drawn as itself. Relations between two closed containers are gathered into one
 * edge that counts them, and only each container's strongest few are drawn: the overview shows
 * its main roads, not a hairball. A relation from a shown concept into a closed container is not
 * drawn (it would cross the screen to a box far away): it appears when that container opens, and
 * a selection opens the containers of its relations.
 */
export function shownEdges(model: OverviewModel, open: ReadonlySet<string>): ShownEdge[] {
  const shown = new Map<string, string>();
  const repOf = (id: string) => {
    let rep = shown.get(id);
    if (rep === undefined) {
      rep = shownAs(model, open, id);
      shown.set(id, rep);
    }
    return rep;
  };
  const closed = (id: string) => isContainer(model, id) && !open.has(id);
  const direct: ShownEdge[] = [];
  const gathered = new Map<string, GatheredEdgeData>();
  for (const edge of model.elements.edges) {
    const source = repOf(edge.data.source);
    const target = repOf(edge.data.target);
    const sourceClosed = closed(source);
    const targetClosed = closed(target);
    if (!sourceClosed && !targetClosed) {
      if (source === edge.data.source && target === edge.data.target) direct.push(edge);
      continue;
    }
    if (!sourceClosed || !targetClosed || source === target) continue;
    if (model.ancestors(source).includes(target) || model.ancestors(target).includes(source)) {
      continue;
    }
    const [a, b] = source < target ? [source, target] : [target, source];
    const id = `gathered:${a}\u0000${b}`;
    const existing = gathered.get(id);
    const weight = edge.data.reverse ? 2 : 1;
    if (existing) existing.count += weight;
    else gathered.set(id, { id, source: a, target: b, count: weight, gathered: true });
  }

  // Each closed container's strongest few (ties: the first gathered, in reading order).
  const strongest = new Map<string, GatheredEdgeData[]>();
  for (const edge of [...gathered.values()].sort((a, b) => b.count - a.count)) {
    for (const end of [edge.source, edge.target]) {
      const list = strongest.get(end) ?? [];
      if (list.length < STRONGEST_BETWEEN_CLOSED) list.push(edge);
      strongest.set(end, list);
    }
  }
  const kept = new Set([...strongest.values()].flat());
  return [
    ...direct,
    ...[...gathered.values()].filter((edge) => kept.has(edge)).map((data) => ({ data })),
  ];
}

/** The camera and the canvas, as the level of detail needs them. */
export interface View {
  zoom: number;
  pan: { x: number; y: number };
  width: number;
  height: number;
}

/**
 * The containers open for a view: from the top down, a container is open when it is pinned (it
 * holds something the reader asked for: the selection and its relations, a step of a tour) or
 * when it is on screen and either covers a large share of the canvas or holds concepts that would
 * be legible; containers already open stay open a little longer (hysteresis). Larger containers
 * open first, until DRAWN_BUDGET concepts are drawn.
 */
export function openFor(
  model: OverviewModel,
  view: View,
  current: ReadonlySet<string>,
  pinned: ReadonlySet<string>,
  budget = DRAWN_BUDGET,
): Set<string> {
  const open = new Set<string>();
  let drawn = model.childrenOf.get(null)?.length ?? 0;
  const pinnedFirst = (id: string) => (pinned.has(id) ? 1 : 0);
  let candidates = (model.childrenOf.get(null) ?? []).filter((id) => isContainer(model, id));
  while (candidates.length > 0) {
    const next: string[] = [];
    const scored = candidates
      .map((id) => ({ id, share: screenShare(model.boxes.get(id)!, view) }))
      .sort((a, b) => pinnedFirst(b.id) - pinnedFirst(a.id) || b.share - a.share);
    for (const { id, share } of scored) {
      const wanted =
        pinned.has(id) || wantsOpen(model.boxes.get(id)!, view, current.has(id), share);
      if (!wanted) continue;
      const inside = model.childrenOf.get(id)?.length ?? 0;
      if (!pinned.has(id) && drawn + inside > budget) continue;
      open.add(id);
      drawn += inside;
      for (const child of model.childrenOf.get(id) ?? []) {
        if (isContainer(model, child)) next.push(child);
      }
    }
    candidates = next;
  }
  return open;
}

/** The larger of the box's shares of the canvas's width and height, as drawn now. */
function screenShare(box: Box, view: View): number {
  return Math.max(
    ((box.x2 - box.x1) * view.zoom) / view.width,
    ((box.y2 - box.y1) * view.zoom) / view.height,
  );
}

function wantsOpen(box: Box, view: View, isOpen: boolean, share: number): boolean {
  const margin = isOpen ? KEEP_MARGIN : OPEN_MARGIN;
  const rendered = {
    x1: box.x1 * view.zoom + view.pan.x,
    y1: box.y1 * view.zoom + view.pan.y,
    x2: box.x2 * view.zoom + view.pan.x,
    y2: box.y2 * view.zoom + view.pan.y,
  };
  const onScreen =
    rendered.x2 >= -margin * view.width &&
    rendered.x1 <= (1 + margin) * view.width &&
    rendered.y2 >= -margin * view.height &&
    rendered.y1 <= (1 + margin) * view.height;
  if (!onScreen) return false;
  const legible = view.zoom * INNER_LABEL_PX >= MIN_LABEL_PX * (isOpen ? 0.75 : 1);
  return legible || share >= (isOpen ? KEEP_SHARE : OPEN_SHARE);
}

/** How a closed container is drawn: its name and count, as large as its box allows. */
export interface ClosedLook {
  /** The name with line breaks, and the count on a line of its own. */
  label: string;
  fontSize: number;
}

/**
 * The label of a closed container: its name (wrapped as the open container's is) and, on the
 * next line, how many concepts it holds; the font as large as fits the box (a closed container is
 * seen from far, where a normal name would be a smudge), never smaller than the open name's.
 */
export function closedLook(
  wrappedName: string,
  count: number,
  box: Box,
  baseFontSize: number,
): ClosedLook {
  const lines = [...wrappedName.split('\n'), `(${count})`];
  const widest = Math.max(...lines.map((line) => textWidthPx(line, 1, true)), 1);
  const width = box.x2 - box.x1 - 2 * CONTAINER_PADDING;
  const height = box.y2 - box.y1 - 2 * CONTAINER_PADDING;
  const fits = Math.min(width / widest, height / (lines.length * LABEL_LINE_HEIGHT));
  return { label: lines.join('\n'), fontSize: Math.max(baseFontSize, Math.floor(fits * 0.85)) };
}

/** How closed container `id` is drawn (its box, name and count). */
export function closedLookOf(model: OverviewModel, id: string): ClosedLook {
  const { data } = model.elements.node(id);
  return closedLook(data.wrapped, model.counts.get(id) ?? 0, model.boxes.get(id)!, data.fontSize);
}

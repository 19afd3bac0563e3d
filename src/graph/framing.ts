/**
 * Where the map's camera goes (create-concept-map.ts): the free part of the canvas, the camera
 * that frames a box in it, and the cameras a map opens with (a small map whole, a big map's
 * overview with its containers' names legible, issue 15). Pure but for reading Cytoscape's
 * bounding boxes.
 */
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import { centreOn, type Box, type Camera, type ZoomLimits } from './camera';
import { NO_INSETS, type Insets } from './concept-map-handle';
import { closedLookOf, isContainer, type OverviewModel } from './overview';
import { CLOSED_NAME_MIN_PX } from './style';

/** From a whole-map overview of a big map to labels at three times their size. */
export const ZOOM_LIMITS: ZoomLimits = { min: 0.05, max: 3 };
/** Framing never zooms in further than this: one node filling the screen helps nobody. */
export const FRAME_MAX_ZOOM = 1.6;
/**
 * Space kept around a framed box: wider at the bottom and the right, where the legend button and
 * the zoom buttons float over the canvas, so they never cover a framed concept.
 */
export const FRAME_PADDING: Insets = { top: 24, right: 64, bottom: 56, left: 24 };
/**
 * The box around the first of `nodes` and as many of the others as fit with it in the free area
 * at `zoom`, nearest to the first first (the selection with the relations that fit around it).
 */
export function nearestThatFit(
  nodes: NodeCollection,
  zoom: number,
  free: { width: number; height: number },
): Box {
  const boxOf = (node: NodeSingular): Box =>
    node.boundingBox({ includeLabels: true, includeOverlays: false });
  const first = nodes.first();
  let box = boxOf(first);
  const at = first.position();
  const others = nodes
    .not(first)
    .toArray()
    .map((node) => node as NodeSingular)
    .sort((a, b) => distance(a.position(), at) - distance(b.position(), at));
  for (const node of others) {
    const other = boxOf(node);
    const grown = {
      x1: Math.min(box.x1, other.x1),
      y1: Math.min(box.y1, other.y1),
      x2: Math.max(box.x2, other.x2),
      y2: Math.max(box.y2, other.y2),
    };
    if ((grown.x2 - grown.x1) * zoom <= free.width && (grown.y2 - grown.y1) * zoom <= free.height) {
      box = grown;
    }
  }
  return box;
}

function distance(a: { x: number; y: number }, b: { x: number; y: number }): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/** The camera that shows a small map whole, its labels included. */
export function wholeMapCamera(cy: Core): Camera {
  const box = cy.elements().boundingBox({ includeLabels: true, includeOverlays: false });
  const free = freeArea({ width: cy.width(), height: cy.height() }, NO_INSETS, FRAME_PADDING);
  const zoom = clampZoom(
    Math.min(
      free.width / Math.max(box.x2 - box.x1, 1),
      free.height / Math.max(box.y2 - box.y1, 1),
      FRAME_MAX_ZOOM,
    ),
  );
  return cameraAt(centreOf(box), zoom, free);
}

/**
 * The camera a big map opens with (issue 15): the whole map if its containers' names are legible
 * that way (at least CLOSED_NAME_MIN_PX for most of them), else close enough that they are,
 * about the map's centre; the reader pans to the rest.
 */
export function overviewCamera(
  model: OverviewModel,
  viewport: { width: number; height: number },
): Camera {
  const top = model.childrenOf.get(null) ?? [];
  const boxes = top.map((id) => model.boxes.get(id) ?? leafBox(model, id));
  const box = boxes.reduce(
    (all, b) => ({
      x1: Math.min(all.x1, b.x1),
      y1: Math.min(all.y1, b.y1),
      x2: Math.max(all.x2, b.x2),
      y2: Math.max(all.y2, b.y2),
    }),
    { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity },
  );
  if (!Number.isFinite(box.x1)) return { zoom: 1, pan: { x: 0, y: 0 } };
  const free = freeArea(viewport, NO_INSETS, FRAME_PADDING);
  const fitZoom = Math.min(
    free.width / Math.max(box.x2 - box.x1, 1),
    free.height / Math.max(box.y2 - box.y1, 1),
    FRAME_MAX_ZOOM,
  );
  const fonts = top
    .filter((id) => isContainer(model, id))
    .map((id) => closedLookOf(model, id).fontSize)
    .sort((a, b) => a - b);
  const typical = fonts[Math.floor(fonts.length / 2)];
  const legibleZoom = typical ? CLOSED_NAME_MIN_PX / typical : 0;
  const zoom = clampZoom(Math.max(fitZoom, Math.min(legibleZoom, FRAME_MAX_ZOOM)));
  return cameraAt(centreOf(box), zoom, free);
}

function leafBox(model: OverviewModel, id: string): Box {
  const { data } = model.elements.node(id);
  const at = model.positions[id] ?? { x: 0, y: 0 };
  return {
    x1: at.x - data.width / 2,
    y1: at.y - data.height / 2,
    x2: at.x + data.width / 2,
    y2: at.y + data.height / 2,
  };
}

/** The part of the viewport not covered by the UI, less `padding` on each side. */
export function freeArea(
  viewport: { width: number; height: number },
  insets: Insets,
  padding: Insets,
): { left: number; top: number; width: number; height: number } {
  const left = insets.left + padding.left;
  const top = insets.top + padding.top;
  return {
    left,
    top,
    width: Math.max(viewport.width - insets.right - padding.right - left, 40),
    height: Math.max(viewport.height - insets.bottom - padding.bottom - top, 40),
  };
}

export function centreOf(box: Box): { x: number; y: number } {
  return { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
}

/** The camera at `zoom` with the model point `point` in the middle of the free area. */
export function cameraAt(
  point: { x: number; y: number },
  zoom: number,
  free: { left: number; top: number; width: number; height: number },
): Camera {
  const camera = centreOn(point, zoom, free);
  return { zoom, pan: { x: camera.pan.x + free.left, y: camera.pan.y + free.top } };
}

export function clampZoom(zoom: number): number {
  return Math.min(ZOOM_LIMITS.max, Math.max(ZOOM_LIMITS.min, zoom));
}

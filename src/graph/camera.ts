/**
 * Camera arithmetic for the map, pure so it can be unit-tested without a canvas: where to put the
 * viewport to frame a box, to zoom about the centre, and whether a box is on screen. Model
 * coordinates are Cytoscape's; `pan` is the rendered position of the model origin.
 */

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Viewport {
  width: number;
  height: number;
}

export interface Camera {
  zoom: number;
  pan: { x: number; y: number };
}

export interface ZoomLimits {
  min: number;
  max: number;
}

function clamp(value: number, { min, max }: ZoomLimits): number {
  return Math.min(max, Math.max(min, value));
}

/** The camera that shows `box` whole and centred, `padding` pixels from the edges. */
export function frameBox(
  box: Box,
  viewport: Viewport,
  padding: number,
  limits: ZoomLimits,
): Camera {
  const boxWidth = Math.max(box.x2 - box.x1, 1);
  const boxHeight = Math.max(box.y2 - box.y1, 1);
  const fitZoom = Math.min(
    (viewport.width - 2 * padding) / boxWidth,
    (viewport.height - 2 * padding) / boxHeight,
  );
  const zoom = clamp(fitZoom, limits);
  return centreOn({ x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 }, zoom, viewport);
}

/** The camera at `zoom` with the model point `point` in the middle of the viewport. */
export function centreOn(point: { x: number; y: number }, zoom: number, viewport: Viewport) {
  return {
    zoom,
    pan: { x: viewport.width / 2 - zoom * point.x, y: viewport.height / 2 - zoom * point.y },
  };
}

/** Zoom by `factor` keeping the point in the middle of the viewport where it is. */
export function zoomAboutCentre(
  camera: Camera,
  factor: number,
  viewport: Viewport,
  limits: ZoomLimits,
): Camera {
  const zoom = clamp(camera.zoom * factor, limits);
  const ratio = zoom / camera.zoom;
  const centre = { x: viewport.width / 2, y: viewport.height / 2 };
  return {
    zoom,
    pan: {
      x: centre.x - (centre.x - camera.pan.x) * ratio,
      y: centre.y - (centre.y - camera.pan.y) * ratio,
    },
  };
}

/** Whether a box in rendered (screen) coordinates lies wholly inside the viewport. */
export function isOnScreen(rendered: Box, viewport: Viewport): boolean {
  return (
    rendered.x1 >= 0 &&
    rendered.y1 >= 0 &&
    rendered.x2 <= viewport.width &&
    rendered.y2 <= viewport.height
  );
}

/**
 * Pictures out (issue 9): the current view or the whole map as PNG (at twice the pixel ratio,
 * Cytoscape's own `png()`) or SVG (the cytoscape-svg extension, which replays Cytoscape's drawing
 * into an SVG). Every label is drawn, however small the map is on screen: the text fade that
 * hides tiny labels on screen is switched off while the picture is made.
 */
import cytoscape, { type Core } from 'cytoscape';

export type ImageFormat = 'png' | 'svg';
/** `view`: what the screen shows; `map`: the whole map. */
export type ImageScope = 'view' | 'map';

let svgReady: Promise<void> | null = null;

/** The SVG extension is loaded the first time someone exports an SVG (it is not in the app's start-up). */
function loadSvgExtension(): Promise<void> {
  svgReady ??= import('cytoscape-svg').then(({ default: extension }) => {
    cytoscape.use(extension);
  });
  return svgReady;
}

export async function exportImage(
  cy: Core,
  format: ImageFormat,
  scope: ImageScope,
  background: string,
): Promise<Blob> {
  if (format === 'svg') await loadSvgExtension();
  const nodes = cy.nodes();
  nodes.style('min-zoomed-font-size', 0);
  try {
    const full = scope === 'map';
    if (format === 'png') {
      return await cy.png({ output: 'blob-promise', scale: 2, full, bg: background });
    }
    const svg = (cy as unknown as { svg(options: object): string }).svg({
      full,
      scale: 1,
      bg: background,
    });
    return new Blob([svg], { type: 'image/svg+xml' });
  } finally {
    nodes.removeStyle('min-zoomed-font-size');
  }
}

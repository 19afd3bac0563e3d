/**
 * The page bench/scale/renderers.ts drives: draws one map with the app's own adapter
 * (createConceptMap) and the drawing named in the URL's fragment (a JSON `Drawing`), on the
 * positions in `bundle.json` beside it. Bundled for the browser by renderers.ts with esbuild.
 */
import { createConceptMap, type Drawing } from '../../src/graph/create-concept-map';
import type { MapBundle } from '../../src/graph/map-bundle';

declare global {
  interface Window {
    __rendererBench?: { created: number; firstDraw: number | null; failed?: string };
  }
}

async function main(): Promise<void> {
  const drawing = JSON.parse(decodeURIComponent(window.location.hash.slice(1))) as Drawing;
  const bundle = (await (await fetch('bundle.json')).json()) as MapBundle;
  const container = document.getElementById('map')!;
  const started = performance.now();
  createConceptMap({ container, bundle, theme: 'light', onSelect: () => {}, drawing });
  const result = { created: performance.now() - started, firstDraw: null as number | null };
  window.__rendererBench = result;
  // Cytoscape's WebGL renderer emits no `render` event: the first draw is over when the frame
  // after the one it drew in begins (for either renderer, to compare alike).
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      result.firstDraw = performance.now() - started;
    }),
  );
}

main().catch((error: unknown) => {
  window.__rendererBench = { created: 0, firstDraw: null, failed: String(error) };
});

import type { Locator, Page } from 'playwright-core';

// `window.__musubiCy` (a cytoscape Core) is declared by src/graph/test-hook.ts; the adapter sets
// it only when localStorage['musubi:test-hook'] is '1', which openPage() does.
import type {} from '../../../src/graph/test-hook';

/** Waits until Cytoscape holds the map's nodes and has had two frames to draw them. */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForFunction(() => (window.__musubiCy?.nodes().length ?? 0) > 0);
  await page.evaluate(
    () =>
      new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

/** Where node `id` is drawn, in page coordinates, for page.mouse.click. */
async function nodePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((nodeId) => {
    const cy = window.__musubiCy;
    const node = cy?.getElementById(nodeId);
    const box = cy?.container()?.getBoundingClientRect();
    if (!node || node.empty() || !node.visible() || !box) return null;
    const position = node.renderedPosition();
    return { x: box.left + position.x, y: box.top + position.y };
  }, id);
  if (!point) throw new Error(`node "${id}" is not drawn on the canvas`);
  return point;
}

/** Clicks node `id` where Cytoscape drew it, as a user would. */
export async function clickNode(page: Page, id: string): Promise<void> {
  const { x, y } = await nodePoint(page, id);
  await page.mouse.click(x, y);
}

/** The side panel showing a concept: an <aside> named by its heading. */
export function conceptPanel(page: Page, label: string): Locator {
  return page.getByRole('complementary', { name: label, exact: true });
}

/** The app-relative path of the page (`/kubernetes/node/pod`), without a trailing slash. */
export function appPath(page: Page, base = '/'): string {
  const { pathname } = new URL(page.url());
  const path = decodeURIComponent(pathname.slice(base.length - 1));
  return path.length > 1 ? path.replace(/\/$/, '') : path;
}

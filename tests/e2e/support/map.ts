import type { Locator, Page } from 'playwright-core';

// `window.__musubiCy` (a cytoscape Core) is declared by src/graph/test-hook.ts; the adapter sets
// it only when localStorage['musubi:test-hook'] is '1', which openPage() does.
import type {} from '../../../src/graph/test-hook';
import type { Drawing } from '../../../src/graph/layout/quality';

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

/**
 * What Chromium drew, in model coordinates, as src/graph/layout/quality.ts measures it: each
 * concept's box (a container's with its name), where its name is, and each relation's line as
 * drawn (its ends on the borders, and its bends).
 */
export async function drawnMap(page: Page): Promise<Drawing> {
  return page.evaluate(() => {
    const cy = window.__musubiCy!;
    const concepts = cy.nodes(':visible').map((node) => {
      const isContainer = node.isParent();
      const box = node.boundingBox({ includeLabels: isContainer, includeOverlays: false });
      const label = node.boundingBox({
        includeNodes: false,
        includeLabels: true,
        includeEdges: false,
      });
      const parent = node.parent();
      return {
        id: node.id(),
        parent: parent.nonempty() ? parent.first().id() : null,
        box: { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 },
        labelBox: isContainer
          ? { x1: label.x1, y1: label.y1, x2: label.x2, y2: label.y2 }
          : { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 },
        isContainer,
        fontSize: parseFloat(node.style('font-size')),
      };
    });
    const relations = cy.edges(':visible').map((edge) => {
      const bends = edge.style('curve-style') === 'segments' ? (edge.segmentPoints() ?? []) : [];
      return {
        id: edge.id(),
        source: edge.source().id(),
        target: edge.target().id(),
        points: [edge.sourceEndpoint(), ...bends, edge.targetEndpoint()].map((p) => ({
          x: p.x,
          y: p.y,
        })),
      };
    });
    return { concepts, relations };
  });
}

/** Moves the app to `path` without reloading (React Router follows history's popstate). */
export async function goInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

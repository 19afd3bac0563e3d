import type { Browser, BrowserContext, Page } from 'playwright-core';

/**
 * In-page probes. Times are read inside the page (performance.now(), whose zero is the start of
 * navigation) so the Playwright round trips do not count.
 *
 * "Map drawn and interactive" = Cytoscape has drawn the map once (its first `render` event on
 * the instance the app exposes as `window.__musubiCy`, which has nodes and listens for taps
 * from creation) and, if the app announces it, `<html data-map-ready>` is set. The probe traps
 * the assignment of `__musubiCy` so it cannot miss the first render, even if the map is drawn in
 * the very frame it is created.
 */
const READY_PROBE = `
  // tsx compiles this file with esbuild's keepNames, which wraps named functions in __name();
  // functions handed to page.evaluate() carry that call into the page, so define it there.
  window.__name = (fn) => fn;
  localStorage.setItem('musubi:test-hook', '1');
  const bench = (window.__musubiBench = { createdAt: null, renderAt: null, mapReadyAt: null });
  // On Window.prototype, so the adapter's \`delete window.__musubiCy\` (StrictMode unmounts the
  // first map) cannot remove the trap; a destroyed instance reads as absent.
  let current;
  Object.defineProperty(Window.prototype, '__musubiCy', {
    configurable: true,
    get: () => (current && !current.destroyed() ? current : undefined),
    set: (cy) => {
      current = cy;
      bench.createdAt = performance.now();
      cy?.one('render', () => {
        if (current === cy && cy.nodes().length > 0) bench.renderAt = performance.now();
      });
    },
  });
  new MutationObserver((_, observer) => {
    if (document.documentElement.dataset.mapReady !== undefined) {
      bench.mapReadyAt = performance.now();
      observer.disconnect();
    }
    // The document itself, not documentElement: init scripts run before <html> is parsed.
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-map-ready'] });
`;

interface BenchWindow {
  __musubiBench: {
    createdAt: number | null;
    renderAt: number | null;
    mapReadyAt: number | null;
    clickAt?: number | null;
    panelAt?: number | null;
    /** Bumped per click, so the frame loop of an earlier click that never matched stops. */
    clickRound?: number;
  };
}

export async function newColdPage(
  browser: Browser,
  options: { reducedMotion?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
  });
  await context.addInitScript(READY_PROBE);
  const page = await context.newPage();
  // A fresh context already has an empty cache; this also stops memory-cache reuse in the run.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return { context, page };
}

export interface LoadTiming {
  /** Milliseconds from navigation start to "map drawn and interactive". */
  ready: number;
  /** False when the app never set `<html data-map-ready>`: `ready` is then Cytoscape's first draw. */
  announced: boolean;
  /** Where the time went: the HTML parsed (DOMContentLoaded), the Cytoscape instance created. */
  domContentLoaded: number;
  mapCreated: number;
}

/** How long the app may take after its first draw to announce readiness before we stop waiting. */
const ANNOUNCE_GRACE_MS = 3_000;

export async function timeColdLoad(page: Page, url: string): Promise<LoadTiming> {
  await page.goto(url, { waitUntil: 'commit' });
  try {
    await page.waitForFunction(
      () => (window as unknown as BenchWindow).__musubiBench.renderAt !== null,
      undefined,
      { timeout: 20_000 },
    );
  } catch {
    throw new Error(
      `bench:load: the map at ${url} was never drawn: the app must expose its Cytoscape ` +
        'instance as window.__musubiCy when localStorage["musubi:test-hook"] is "1".',
    );
  }
  await page
    .waitForFunction(
      () => (window as unknown as BenchWindow).__musubiBench.mapReadyAt !== null,
      undefined,
      { timeout: ANNOUNCE_GRACE_MS },
    )
    .catch(() => undefined);
  const { createdAt, renderAt, mapReadyAt, domContentLoaded } = await page.evaluate(() => ({
    ...(window as unknown as BenchWindow).__musubiBench,
    domContentLoaded: performance
      .getEntriesByType('navigation')
      .map((entry) => (entry as PerformanceNavigationTiming).domContentLoadedEventEnd)[0],
  }));
  const drawn = renderAt ?? Number.NaN;
  return {
    ready: mapReadyAt === null ? drawn : Math.max(drawn, mapReadyAt),
    announced: mapReadyAt !== null,
    domContentLoaded: domContentLoaded ?? Number.NaN,
    mapCreated: createdAt ?? Number.NaN,
  };
}

export interface ClickTarget {
  id: string;
  label: string;
  x: number;
  y: number;
}

/** Nodes whose centre is well inside the visible canvas, with their page coordinates. */
export function clickTargets(page: Page): Promise<ClickTarget[]> {
  return page.evaluate(() => {
    type Node = {
      id(): string;
      data(key: string): unknown;
      renderedPosition(): { x: number; y: number };
      visible(): boolean;
    };
    const cy = (
      window as unknown as {
        __musubiCy: { nodes(): Node[]; container(): HTMLElement };
      }
    ).__musubiCy;
    const box = cy.container().getBoundingClientRect();
    const margin = 40;
    return cy
      .nodes()
      .filter((node) => node.visible())
      .map((node) => {
        const position = node.renderedPosition();
        const label = node.data('label');
        return {
          id: node.id(),
          label: typeof label === 'string' ? label : node.id(),
          x: box.left + position.x,
          y: box.top + position.y,
        };
      })
      .filter(
        (target) =>
          target.x > box.left + margin &&
          target.x < box.right - margin &&
          target.y > box.top + margin &&
          target.y < box.bottom - margin,
      );
  });
}

/**
 * Clicks a node and returns milliseconds from the mouse button's release (when Cytoscape's
 * `tap` fires) to the first frame in which the panel heading names that node. `null` if the
 * click selected something else (overlapping nodes): the caller tries another node.
 */
export async function timeClickToPanel(
  page: Page,
  target: ClickTarget,
  panelHeadingSelector: string,
): Promise<number | null> {
  await page.evaluate(
    ({ label, selector }) => {
      const bench = (window as unknown as BenchWindow).__musubiBench;
      bench.clickAt = null;
      bench.panelAt = null;
      const round = (bench.clickRound = (bench.clickRound ?? 0) + 1);
      const waitForPanel = () => {
        if (bench.clickRound !== round) return;
        const heading = document.querySelector(selector);
        if (heading?.textContent?.includes(label)) bench.panelAt = performance.now();
        else requestAnimationFrame(waitForPanel);
      };
      window.addEventListener(
        'mouseup',
        () => {
          bench.clickAt = performance.now();
          requestAnimationFrame(waitForPanel);
        },
        { capture: true, once: true },
      );
    },
    { label: target.label, selector: panelHeadingSelector },
  );
  await page.mouse.click(target.x, target.y);
  try {
    await page.waitForFunction(
      () => (window as unknown as BenchWindow).__musubiBench.panelAt != null,
      undefined,
      { timeout: 3_000 },
    );
  } catch {
    return null;
  }
  return page.evaluate(() => {
    const bench = (window as unknown as BenchWindow).__musubiBench;
    return (bench.panelAt ?? NaN) - (bench.clickAt ?? NaN);
  });
}

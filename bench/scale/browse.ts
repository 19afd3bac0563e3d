/**
 * What a reader of a big map waits for and feels, measured in Chromium on the production build:
 * first paint, when the main thread goes quiet, frames per second while panning and zooming,
 * click → panel, and the JS heap. Times are read inside the page (performance.now(), zero = start
 * of navigation), as bench/load does.
 */
import type { Browser, Page } from 'playwright-core';
import { clickTargets, newColdPage, timeClickToPanel, timeColdLoad } from '../load/measure';

/** Long tasks (≥ 50 ms) as the page saw them, from navigation on. */
const LONG_TASK_PROBE = `
  window.__musubiLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__musubiLongTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
`;

/** Where the node panel shows the selected concept's name (src/ui/NodePanel). */
const PANEL_HEADING = 'aside.node-panel h2';
/** The main thread counts as quiet once no long task has started for this long. */
const QUIET_WINDOW_MS = 2_000;

export interface LoadFigures {
  /** Navigation → the map drawn and interactive. */
  firstPaint: number;
  /** Navigation → the end of the last long task before a quiet window. */
  quiet: number;
  /** Concepts and relations Cytoscape holds after the first paint. */
  elements: number;
}

export async function coldLoad(browser: Browser, url: string): Promise<LoadFigures> {
  const { context, page } = await newColdPage(browser);
  try {
    await page.addInitScript(LONG_TASK_PROBE);
    const timing = await timeColdLoad(page, url);
    const quiet = await waitForQuiet(page, timing.ready);
    const elements = await page.evaluate(() => window.__musubiCy?.elements().length ?? 0);
    return { firstPaint: timing.ready, quiet, elements };
  } finally {
    await context.close();
  }
}

async function waitForQuiet(page: Page, from: number): Promise<number> {
  for (let waited = 0; waited < 60_000; waited += 250) {
    const { now, lastEnd, lastStart } = await page.evaluate(() => {
      const tasks = (window as unknown as { __musubiLongTasks: { start: number; end: number }[] })
        .__musubiLongTasks;
      return {
        now: performance.now(),
        lastEnd: Math.max(0, ...tasks.map((task) => task.end)),
        lastStart: Math.max(0, ...tasks.map((task) => task.start)),
      };
    });
    if (now - Math.max(lastStart, from) >= QUIET_WINDOW_MS) return Math.max(from, lastEnd);
    await page.waitForTimeout(250);
  }
  return Number.NaN;
}

export interface InteractionFigures {
  panFps: number;
  zoomFps: number;
  /** Median of up to `clicks` clicks on different concepts. */
  clickToPanel: number;
  clicked: number;
  heapMB: number;
}

/**
 * One loaded page: pan (a mouse drag on the background) and zoom (the mouse wheel) for two seconds
 * each, counting frames; then clicks on concepts in view (reduced motion, as bench/load); then the
 * heap after a garbage collection.
 */
export async function interact(
  browser: Browser,
  url: string,
  clicks: number,
): Promise<InteractionFigures> {
  const { context, page } = await newColdPage(browser, { reducedMotion: true });
  try {
    await timeColdLoad(page, url);
    await page.waitForTimeout(1_000);
    const panFps = await gestureFps(page, 'pan');
    const zoomFps = await gestureFps(page, 'zoom');
    await page.evaluate(() => window.__musubiCy?.fit());
    await page.waitForTimeout(500);

    const times: number[] = [];
    const tried = new Set<string>();
    for (let attempt = 0; attempt < clicks * 4 && times.length < clicks; attempt++) {
      const target = (await clickTargets(page)).find((candidate) => !tried.has(candidate.id));
      if (!target) break;
      tried.add(target.id);
      const latency = await timeClickToPanel(page, target, PANEL_HEADING);
      if (latency !== null) times.push(latency);
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return {
      panFps,
      zoomFps,
      clickToPanel: median(times),
      clicked: times.length,
      heapMB: heap.usedSize / 2 ** 20,
    };
  } finally {
    await context.close();
  }
}

/**
 * Frames per second while the reader drags the map (`pan`) or turns the wheel (`zoom`): input
 * events are dispatched in the page once per animation frame, as a hand would send them, so a
 * slow frame delays the next one and the count is what the reader sees. Cytoscape's viewport
 * options (textureOnViewport, hideEdgesOnViewport) react to these gestures as to real ones.
 */
export function gestureFps(page: Page, gesture: 'pan' | 'zoom', durationMs = 2_000) {
  return page.evaluate(
    ({ gesture, durationMs }) =>
      new Promise<number>((done) => {
        const cy = window.__musubiCy!;
        const container = cy.container()!;
        const canvas = container.querySelector('canvas:last-of-type') ?? container;
        const box = container.getBoundingClientRect();
        // A point on the background (a drag that starts on a concept moves the concept).
        const start = backgroundPoint();
        const mouse = (type: string, x: number, y: number) =>
          (type === 'mousedown' ? canvas : window).dispatchEvent(
            new MouseEvent(type, {
              clientX: x,
              clientY: y,
              bubbles: true,
              cancelable: true,
              button: 0,
              buttons: type === 'mouseup' ? 0 : 1,
            }),
          );
        let frames = 0;
        let x = start.x;
        const began = performance.now();
        if (gesture === 'pan') mouse('mousedown', x, start.y);
        const frame = () => {
          const elapsed = performance.now() - began;
          if (elapsed >= durationMs) {
            if (gesture === 'pan') mouse('mouseup', x, start.y);
            done((frames * 1000) / elapsed);
            return;
          }
          frames++;
          if (gesture === 'pan') {
            // Back and forth across the canvas, 12 px a frame.
            x += Math.floor(elapsed / 1000) % 2 === 0 ? 12 : -12;
            mouse('mousemove', x, start.y);
          } else {
            // In for the first half, out for the second, about the canvas's centre.
            const deltaY = elapsed < durationMs / 2 ? -60 : 60;
            canvas.dispatchEvent(
              new WheelEvent('wheel', {
                clientX: box.left + box.width / 2,
                clientY: box.top + box.height / 2,
                deltaY,
                bubbles: true,
                cancelable: true,
              }),
            );
          }
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);

        function backgroundPoint(): { x: number; y: number } {
          const boxes = cy
            .nodes(':visible')
            .map((node) => node.renderedBoundingBox({ includeLabels: true }));
          for (let gy = 0.2; gy <= 0.8; gy += 0.05) {
            for (let gx = 0.1; gx <= 0.5; gx += 0.02) {
              const px = box.width * gx;
              const py = box.height * gy;
              const covered = boxes.some(
                (b) => px >= b.x1 && px <= b.x2 && py >= b.y1 && py <= b.y2,
              );
              if (!covered) return { x: box.left + px, y: box.top + py };
            }
          }
          return { x: box.left + box.width * 0.3, y: box.top + box.height / 2 };
        }
      }),
    { gesture, durationMs },
  );
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * `bench:scale --renderers`: the same map, on the same positions, drawn every way the adapter can
 * (bench/scale/renderer-page.ts): whole or on its overview, with Cytoscape's canvas renderer and
 * its viewport options, or its WebGL renderer. Prints first draw, frames per second panning and
 * zooming, and the JS heap, per size. Chromium here has no GPU: the canvas is drawn by the CPU and
 * WebGL runs on SwiftShader (software GL).
 */
import { build } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import type { Drawing } from '../../src/graph/create-concept-map';
import { drawnElements } from '../../src/graph/elements';
import { computeLayout } from '../../src/graph/layout';
import { containerBoxes } from '../../src/graph/overview';
import { buildMap } from '../../src/notes/pipeline';
import { createLayoutPool } from '../../src/site/layout-pool';
import { ensureChromium, launchChromium } from '../../tests/e2e/support/chromium';
import { startStaticServer } from '../../tests/e2e/support/static-server';
import { generateNotes } from '../generate-notes';
import { formatTable, ms } from '../load/table';
import { gestureFps, median } from './browse';

const HERE = fileURLToPath(new URL('.', import.meta.url));

/** The ways to draw compared, by name. */
const DRAWINGS: readonly { name: string; drawing: Drawing }[] = [
  { name: 'whole, canvas', drawing: { overview: false, renderer: {} } },
  {
    name: 'whole, canvas, textureOnViewport',
    drawing: { overview: false, renderer: { textureOnViewport: true } },
  },
  {
    name: 'whole, canvas, hideEdgesOnViewport',
    drawing: { overview: false, renderer: { hideEdgesOnViewport: true } },
  },
  {
    name: 'whole, canvas, motionBlur',
    drawing: { overview: false, renderer: { motionBlur: true } },
  },
  {
    name: 'whole, canvas, pixelRatio 0.5',
    drawing: { overview: false, renderer: { pixelRatio: 0.5 } },
  },
  { name: 'whole, WebGL', drawing: { overview: false, renderer: { webgl: true } } },
  { name: 'overview, canvas', drawing: { overview: true, renderer: {} } },
  {
    name: 'overview, canvas, textureOnViewport',
    drawing: { overview: true, renderer: { textureOnViewport: true } },
  },
  {
    name: 'overview, canvas, hideEdgesOnViewport',
    drawing: { overview: true, renderer: { hideEdgesOnViewport: true } },
  },
  { name: 'overview, WebGL', drawing: { overview: true, renderer: { webgl: true } } },
];

interface Figures {
  firstDraw: number;
  panFps: number;
  zoomFps: number;
  heapMB: number;
  failed?: string;
}

export async function compareRenderers(sizes: readonly number[]): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'musubi-renderers-'));
  // The project's Chromium as the app benchmark runs it (--disable-gpu: the canvas is drawn by
  // the CPU; WebGL still works, on SwiftShader).
  const browser = await launchChromium(ensureChromium());
  try {
    await build({
      entryPoints: [join(HERE, 'renderer-page.ts')],
      bundle: true,
      format: 'esm',
      minify: true,
      outfile: join(dir, 'page.js'),
      logLevel: 'warning',
    });
    await writeFile(
      join(dir, 'index.html'),
      '<!doctype html><meta charset="utf-8"><body style="margin:0">' +
        '<div id="map" style="width:1280px;height:800px"></div>' +
        '<script type="module" src="page.js"></script>',
    );
    for (const terms of sizes) {
      const mapId = `generated-${terms}`;
      const graph = buildMap({
        mapId,
        notes: { file: `${mapId}.rst`, text: generateNotes(terms, 15) },
      });
      const pool = createLayoutPool();
      const layout = await computeLayout(graph, null, { runLevels: pool.runLevels }).finally(() =>
        pool.close(),
      );
      const containers = containerBoxes(drawnElements(graph), layout.positions);
      await writeFile(join(dir, 'bundle.json'), JSON.stringify({ graph, ...layout, containers }));
      const server = await startStaticServer(dir);
      const rows: string[][] = [];
      try {
        for (const { name, drawing } of DRAWINGS) {
          const runs: Figures[] = [];
          for (let run = 0; run < 2; run++) runs.push(await measure(browser, server.url, drawing));
          const failed = runs.find((figures) => figures.failed)?.failed;
          rows.push(
            failed
              ? [name, failed, '', '', '']
              : [
                  name,
                  ms(median(runs.map((r) => r.firstDraw))),
                  median(runs.map((r) => r.panFps)).toFixed(0),
                  median(runs.map((r) => r.zoomFps)).toFixed(0),
                  `${median(runs.map((r) => r.heapMB)).toFixed(0)} MB`,
                ],
          );
          process.stdout.write(`  ${terms} terms, ${name}: ${rows.at(-1)!.slice(1).join(', ')}\n`);
        }
      } finally {
        await server.close();
      }
      process.stdout.write(
        `\nRenderers, ${terms} terms (${graph.nodes.length} concepts), same positions, 1280×800\n\n` +
          formatTable(['drawing', 'first draw', 'pan fps', 'zoom fps', 'JS heap'], rows) +
          '\n\n',
      );
    }
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function measure(browser: Browser, url: string, drawing: Drawing): Promise<Figures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript(
      'window.__name = (f) => f; localStorage.setItem("musubi:test-hook", "1");',
    );
    const page = await context.newPage();
    await page.goto(`${url}index.html#${encodeURIComponent(JSON.stringify(drawing))}`);
    await page.waitForFunction(
      () => window.__rendererBench?.firstDraw != null || window.__rendererBench?.failed,
      undefined,
      { timeout: 120_000 },
    );
    const result = await page.evaluate(() => window.__rendererBench!);
    if (result.failed)
      return { firstDraw: NaN, panFps: NaN, zoomFps: NaN, heapMB: NaN, failed: result.failed };
    await page.waitForTimeout(1_000);
    const panFps = await gestureFps(page, 'pan');
    const zoomFps = await gestureFps(page, 'zoom');
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return { firstDraw: result.firstDraw!, panFps, zoomFps, heapMB: heap.usedSize / 2 ** 20 };
  } finally {
    await context.close();
  }
}

/**
 * `npx tsx bench/scale/expand-collapse.ts [terms]` (issue 15, item 1): cytoscape-expand-collapse
 * against our own level of detail (src/graph/level-of-detail.ts), on the same map and the same
 * positions, in a page of their own (bench/scale/expand-collapse-page.ts) in headless Chromium at
 * 1280×800, at the camera the app opens a big map with. Both start with every container closed,
 * then expand the largest top-level one with everything in it, collapse it and expand it again. Prints the first draw,
 * the elements Cytoscape holds, each step's time, how far concepts and closed boxes end up from
 * the build's positions, and the JS heap (times: the median of RUNS fresh pages). Chromium here
 * has no GPU: the canvas is drawn by the CPU. With `--screenshots`, the collapsed overview of each
 * way is saved under docs/large-maps/.
 */
import { build } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { drawnElements } from '../../src/graph/elements';
import { computeLayout } from '../../src/graph/layout';
import { containerBoxes } from '../../src/graph/overview';
import { buildMap } from '../../src/notes/pipeline';
import { createLayoutPool } from '../../src/site/layout-pool';
import { ensureChromium, launchChromium } from '../../tests/e2e/support/chromium';
import { startStaticServer } from '../../tests/e2e/support/static-server';
import { generateNotes } from '../generate-notes';
import { formatTable, ms } from '../load/table';
import { median } from './browse';
import type { PageFigures, StepFigures, Way } from './expand-collapse-page';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const SCREENSHOTS = join(HERE, '../../docs/large-maps');
const RUNS = 2;
const WAYS: readonly { way: Way; name: string }[] = [
  { way: 'extension', name: 'cytoscape-expand-collapse 4.1.1' },
  { way: 'extension-edges', name: 'the same + collapseAllEdges' },
  { way: 'ours', name: 'our level of detail' },
];

interface Figures extends PageFigures {
  heapMB: number;
}

async function main(terms: number, screenshots: boolean): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'musubi-expand-collapse-'));
  const browser = await launchChromium(ensureChromium());
  try {
    await build({
      entryPoints: [join(HERE, 'expand-collapse-page.ts')],
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
    let opened = '';
    try {
      for (const { way, name } of WAYS) {
        const runs: Figures[] = [];
        let failed: string | null = null;
        for (let run = 0; run < RUNS && !failed; run++) {
          const shot =
            screenshots && run === 0 ? join(SCREENSHOTS, `expand-collapse-${way}.png`) : null;
          const result = await measure(browser, server.url, way, shot);
          if ('failed' in result) failed = result.failed;
          else runs.push(result);
        }
        if (failed) {
          rows.push([name, `failed: ${failed}`]);
          continue;
        }
        const figures = medianOf(runs);
        opened = figures.container ?? opened;
        rows.push(
          [
            name,
            'collapsed overview',
            ms(figures.firstDraw),
            ...stepCells({ ...figures.collapsed, callMs: figures.closingMs || NaN }),
          ],
          ...(
            [
              ['expand', figures.expanded],
              ['collapse again', figures.collapsedAgain],
              ['expand again', figures.expandedAgain],
            ] as const
          ).map(([what, step]) => ['', what, ...drawnCells(step!), ...stepCells(step!)]),
          ['', `JS heap: ${figures.heapMB.toFixed(0)} MB`],
        );
        process.stdout.write(`  ${name}: done\n`);
      }
    } finally {
      await server.close();
    }
    process.stdout.write(
      `\nExpand/collapse, ${terms} terms (${graph.nodes.length} concepts), same positions, ` +
        `1280×800; expanded: ${opened}\n\n` +
        formatTable(
          [
            'way',
            'step',
            'drawn',
            'call',
            'nodes + edges',
            'open containers',
            'max concept shift',
            'max closed-box diff',
          ],
          rows,
        ) +
        '\n',
    );
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Each time the median over the runs; everything else as the first run found it. */
function medianOf(runs: readonly Figures[]): Figures {
  const time = (pick: (figures: Figures) => number) => median(runs.map(pick));
  const step = (pick: (figures: Figures) => StepFigures | undefined): StepFigures => ({
    ...pick(runs[0]!)!,
    callMs: time((figures) => pick(figures)!.callMs),
    drawnMs: time((figures) => pick(figures)!.drawnMs),
  });
  return {
    ...runs[0]!,
    firstDraw: time((figures) => figures.firstDraw),
    closingMs: time((figures) => figures.closingMs),
    heapMB: time((figures) => figures.heapMB),
    expanded: step((figures) => figures.expanded),
    collapsedAgain: step((figures) => figures.collapsedAgain),
    expandedAgain: step((figures) => figures.expandedAgain),
  };
}

function drawnCells(step: StepFigures): string[] {
  return [ms(step.drawnMs)];
}

function stepCells(step: StepFigures): string[] {
  return [
    Number.isNaN(step.callMs) ? '' : ms(step.callMs),
    `${step.nodes} + ${step.edges}`,
    String(step.open),
    `${step.maxShiftPx.toFixed(1)} px`,
    `${step.maxBoxDiffPx.toFixed(1)} px`,
  ];
}

async function measure(
  browser: Browser,
  url: string,
  way: Way,
  screenshot: string | null,
): Promise<Figures | { failed: string }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript('window.__name = (f) => f;');
    const page = await context.newPage();
    await page.goto(`${url}index.html#${way}`);
    await page.waitForFunction(
      () => window.__ecBench?.figures != null || window.__ecBench?.failed,
      undefined,
      { timeout: 300_000 },
    );
    const failed = await page.evaluate(() => window.__ecBench!.failed);
    if (failed) return { failed };
    await page.waitForTimeout(1_000);
    if (screenshot) await page.screenshot({ path: screenshot });
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const figures = await page.evaluate(() => window.__ecBench!.run!());
    return { ...figures, heapMB: heap.usedSize / 2 ** 20 };
  } finally {
    await context.close();
  }
}

const args = process.argv.slice(2);
await main(
  Number(args.find((arg) => !arg.startsWith('--')) ?? 5_000),
  args.includes('--screenshots'),
);

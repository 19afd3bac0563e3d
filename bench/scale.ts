/**
 * `npm run bench:scale`: Musubi on big notes (issue 15). For each size (default 1,000, 5,000 and
 * 20,000 generated terms, bench/generate-notes.ts), builds the production site from those notes
 * alone in a process of its own and prints one table: build time (and the layout's share) and
 * peak memory, data sizes (the chunk the map opens with, its parts, the site and its pages), then,
 * in Debian's Chromium (headless, software rendering) at 1280×800: first paint, main thread quiet,
 * frames per second panning and zooming, click → panel, JS heap. Asserts nothing: the figures go
 * to docs/performance.md, "Large maps".
 *
 *   npm run bench:scale -- [sizes...] [--runs=3] [--renderers]
 *
 * --renderers        also compare renderers on the same positions (bench/scale/renderers.ts);
 *                    --renderers-only: only that
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { ensureChromium, launchChromium } from '../tests/e2e/support/chromium';
import { startStaticServer } from '../tests/e2e/support/static-server';
import { buildMap } from '../src/notes/pipeline';
import { generateNotes } from './generate-notes';
import { formatTable, kB, ms } from './load/table';
import { coldLoad, interact, median } from './scale/browse';
import { compareRenderers } from './scale/renderers';
import { siteSize, type SiteSize } from './scale/site-size';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_SIZES = [1_000, 5_000, 20_000];
const CLICKS = 7;
/** Issue 15's goals at 5,000 concepts. */
const GOALS = {
  firstPaint: 1_500,
  quietAfter: 500,
  fps: 30,
  click: 50,
  heapMB: 300,
};

interface Built {
  buildMs: number;
  layoutMs: number | null;
  peakRssMB: number;
}

interface Row {
  terms: number;
  concepts: number;
  built: Built;
  size: SiteSize;
  firstPaint: number;
  quiet: number;
  elements: number;
  panFps: number;
  zoomFps: number;
  click: number;
  heapMB: number;
}

function buildSite(dataDir: string, outDir: string): Promise<Built> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--import',
        './bench/scale/layout-hook.mjs',
        'bench/scale/build-site.ts',
        dataDir,
        outDir,
      ],
      {
        cwd: PROJECT_ROOT,
        env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('close', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) {
        fail(new Error(`build of ${dataDir} failed (exit ${code}):\n${err.slice(-4000)}`));
        return;
      }
      done(JSON.parse(line) as Built);
    });
  });
}

async function measureSize(
  terms: number,
  browser: Browser,
  options: { runs: number },
): Promise<Row> {
  const mapId = `generated-${terms}`;
  const dataDir = await mkdtemp(join(tmpdir(), 'musubi-scale-data-'));
  const outDir = await mkdtemp(join(tmpdir(), 'musubi-scale-site-'));
  try {
    const notes = generateNotes(terms, 15);
    const concepts = buildMap({ mapId, notes: { file: `${mapId}.rst`, text: notes } }).nodes.length;
    await writeFile(join(dataDir, `${mapId}.rst`), notes);
    process.stdout.write(`${terms} terms: building...\n`);
    const built = await buildSite(dataDir, outDir);
    const size = await siteSize(outDir, mapId);
    const server = await startStaticServer(outDir);
    try {
      const url = new URL(mapId, server.url).href;
      process.stdout.write(`${terms} terms: loading in Chromium...\n`);
      const loads = [];
      for (let run = 0; run < options.runs; run++) loads.push(await coldLoad(browser, url));
      const interaction = await interact(browser, url, CLICKS);
      return {
        terms,
        concepts,
        built,
        size,
        firstPaint: median(loads.map((load) => load.firstPaint)),
        quiet: median(loads.map((load) => load.quiet)),
        elements: median(loads.map((load) => load.elements)),
        panFps: interaction.panFps,
        zoomFps: interaction.zoomFps,
        click: interaction.clickToPanel,
        heapMB: interaction.heapMB,
      };
    } finally {
      await server.close();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
    await rm(outDir, { recursive: true, force: true });
  }
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

function fps(value: number): string {
  return value.toFixed(0);
}

function printRows(rows: readonly Row[]): void {
  process.stdout.write(
    `\nBuild and data\n\n` +
      formatTable(
        [
          'terms',
          'concepts',
          'build',
          'of which layout',
          'peak memory',
          'first map chunk (gzip)',
          'parts (gzip)',
          'pages',
          'site',
          'site, links once',
        ],
        rows.map((row) => [
          String(row.terms),
          String(row.concepts),
          ms(row.built.buildMs),
          row.built.layoutMs === null ? '' : ms(row.built.layoutMs),
          `${row.built.peakRssMB.toFixed(0)} MB`,
          `${kB(row.size.firstChunk.raw)} (${kB(row.size.firstChunk.gzip)})`,
          row.size.parts.count === 0
            ? '—'
            : `${row.size.parts.count}: ${kB(row.size.parts.raw)} (${kB(row.size.parts.gzip)})`,
          String(row.size.pages),
          mb(row.size.bytes),
          mb(row.size.distinctBytes),
        ]),
      ) +
      '\n',
  );
  process.stdout.write(
    `\nIn Chromium at 1280×800 (goals at 5,000 terms: first paint ≤ ${GOALS.firstPaint} ms, quiet ≤ ` +
      `${GOALS.quietAfter} ms later, ≥ ${GOALS.fps} fps, click → panel ≤ ${GOALS.click} ms, heap ≤ ` +
      `${GOALS.heapMB} MB)\n\n` +
      formatTable(
        [
          'terms',
          'first paint',
          'main thread quiet',
          'elements drawn',
          'pan fps',
          'zoom fps',
          'click → panel',
          'JS heap',
        ],
        rows.map((row) => [
          String(row.terms),
          ms(row.firstPaint),
          `${ms(row.quiet)} (+${ms(row.quiet - row.firstPaint)})`,
          String(row.elements),
          fps(row.panFps),
          fps(row.zoomFps),
          ms(row.click),
          `${row.heapMB.toFixed(0)} MB`,
        ]),
      ) +
      '\n',
  );
}

async function main(): Promise<void> {
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= '1';
  const args = process.argv.slice(2);
  const renderersOnly = args.includes('--renderers-only');
  const renderers = renderersOnly || args.includes('--renderers');
  const runs = Number(args.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 3);
  const given = args.filter((arg) => /^\d+$/.test(arg)).map(Number);
  const sizes = given.length > 0 ? given : DEFAULT_SIZES;

  const browser = await launchChromium(ensureChromium());
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  process.stdout.write(
    `Machine: ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; ` +
      `Node ${process.version}; Chromium ${browser.version()}; ${new Date().toISOString().slice(0, 10)}; ` +
      `load average ${loadavg()[0]?.toFixed(1)}\n\n`,
  );
  try {
    const rows: Row[] = [];
    for (const terms of renderersOnly ? [] : sizes) {
      rows.push(await measureSize(terms, browser, { runs }));
      // Each size's table as soon as it is known: the biggest takes long.
      printRows(rows);
    }
    if (renderers) await compareRenderers(sizes);
    process.stdout.write(`\nLoad average at the end: ${loadavg()[0]?.toFixed(1)}\n`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});

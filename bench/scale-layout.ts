/**
 * `npx tsx bench/scale-layout.ts [1000 5000 ...] [--build]`: how the layout grows with the notes
 * (issue 15: "notes of 5,000 concepts build in ≤ 30 s on this 2-core machine, 50,000 in minutes,
 * not hours"), on generated notes (bench/generate-notes.ts: sections of 5 subsections of 10
 * terms, each term mentioning a random other). Per size: reading the notes, the layout in the
 * build's thread and in worker threads (src/site/layout-pool.ts; same result checked), the
 * rebuild with the layout file (nothing new), and with one term added; peak memory; the largest
 * level (what the cost grows with). `--build` also runs the production build on the 5,000-concept
 * notes, twice (without, then with its layout file). Prints tables; asserts nothing.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { toElements } from '../src/graph/elements';
import { computeLayout } from '../src/graph/layout';
import { levelTree } from '../src/graph/layout/levels';
import type { MapLayout } from '../src/graph/map-bundle';
import { buildMap } from '../src/notes/pipeline';
import { createLayoutPool } from '../src/site/layout-pool';
import { buildApp } from '../tests/e2e/support/build-app';
import { generateNotes, termName } from './generate-notes';
import { formatTable } from './load/table';

const DEFAULT_SIZES = [1000, 5000, 20_000, 50_000];

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

async function timed<T>(run: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const value = await run();
  return [value, performance.now() - start];
}

function peakMb(): string {
  return `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`;
}

/** The notes with one term added to the first subsection. */
function withOneMore(text: string, terms: number): string {
  const first = `${termName(0)}\n`;
  return text.replace(first, `新しい用語\n\t${termName(terms - 1)}に似ている。\n\n${first}`);
}

async function measure(terms: number): Promise<string[]> {
  const text = generateNotes(terms);
  const [graph, readMs] = await timed(() =>
    buildMap({ mapId: 'gen', notes: { file: 'gen.rst', text } }),
  );
  const elements = toElements(graph, {});
  const levels = levelTree(elements).levels;
  const largest = Math.max(...levels.map((level) => level.items.length));
  const [layout, layoutMs] = await timed(() => computeLayout(graph));
  const pool = createLayoutPool();
  let pooled: MapLayout;
  let pooledMs: number;
  try {
    [pooled, pooledMs] = await timed(() =>
      computeLayout(graph, null, { runLevels: pool.runLevels }),
    );
  } finally {
    await pool.close();
  }
  const same = JSON.stringify(pooled) === JSON.stringify(layout);
  const [, againMs] = await timed(() => computeLayout(graph, layout));
  const edited = buildMap({
    mapId: 'gen',
    notes: { file: 'gen.rst', text: withOneMore(text, terms) },
  });
  const [, editMs] = await timed(() => computeLayout(edited, layout));
  return [
    terms.toLocaleString('en'),
    String(elements.nodes.length),
    String(elements.edges.length),
    `${levels.length} / ${largest}`,
    seconds(readMs),
    seconds(layoutMs),
    `${seconds(pooledMs)}${same ? '' : ' (DIFFERS)'}`,
    seconds(againMs),
    seconds(editMs),
    String(Object.keys(layout.routes ?? {}).length),
    peakMb(),
  ];
}

async function buildTwice(terms: number): Promise<string[][]> {
  const dir = await mkdtemp(join(tmpdir(), 'musubi-scale-'));
  try {
    await writeFile(join(dir, 'generated.rst'), generateNotes(terms));
    const rows: string[][] = [];
    for (const run of ['without layout file', 'with layout file']) {
      const [app, ms] = await timed(() => buildApp('/', dir));
      await app.remove();
      rows.push([`${terms.toLocaleString('en')} concepts, ${run}`, seconds(ms)]);
    }
    return rows;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const sizes = process.argv
    .slice(2)
    .filter((arg) => /^\d+$/.test(arg))
    .map(Number);
  process.stdout.write(
    `${cpus().length} cores (${availableParallelism()} usable), load ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')}\n\n`,
  );
  const rows: string[][] = [];
  for (const terms of sizes.length > 0 ? sizes : DEFAULT_SIZES) {
    process.stderr.write(`${terms} concepts...\n`);
    rows.push(await measure(terms));
  }
  const headers = [
    'concepts',
    'drawn',
    'relations',
    'levels / largest',
    'read',
    'layout',
    'layout, threads',
    'again (file)',
    'one term added',
    'routed',
    'peak RSS',
  ];
  process.stdout.write(`${formatTable(headers, rows)}\n`);
  if (process.argv.includes('--build')) {
    process.stdout.write(
      `\n${formatTable(['production build', 'time'], await buildTwice(5000))}\n`,
    );
  }
}

await main();

/**
 * `npm run bench:parse`: throughput of reading notes into a concept graph (buildMap: parseRst +
 * buildConceptGraph + companion), on the seed and on generated notes of 1,000 and 10,000 terms,
 * beside docutils on the same files in the same run when python3 has docutils.
 * Warm-up first, then repeated runs; medians. Not part of `npm test` (no timing assertions).
 *
 * What is timed is src/notes/pipeline.ts bundled by esbuild, as the production build ships it,
 * not the tsx-transformed sources: tsx keeps function names (esbuild keepNames), which wraps
 * every closure made at run time and adds several per cent that users never pay.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readMap } from '../src/cli/load-maps';
import type { MapInput } from '../src/notes/pipeline';
import { generateNotes } from './generate-notes';

type BuildMap = (typeof import('../src/notes/pipeline'))['buildMap'];

interface Case {
  name: string;
  path: string;
  input: MapInput;
}

const MB = 1_000_000;
const DOCUTILS_TIMER = fileURLToPath(new URL('./docutils-timer.py', import.meta.url));
const PROJECT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Bundles the pipeline with esbuild (no keepNames, ESM for Node) into `dir` and imports it.
 * The companion reader's YAML library is CommonJS: the banner gives the bundle a `require`.
 */
async function loadBundledBuildMap(dir: string): Promise<BuildMap> {
  const outfile = join(dir, 'pipeline.mjs');
  const result = spawnSync(
    join(PROJECT, 'node_modules', '.bin', 'esbuild'),
    [
      'src/notes/pipeline.ts',
      '--bundle',
      '--platform=node',
      '--format=esm',
      '--log-level=warning',
      `--outfile=${outfile}`,
      "--banner:js=import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    ],
    { cwd: PROJECT, encoding: 'utf8' },
  );
  if (result.error || result.status !== 0) {
    throw new Error(
      `bench/parse.ts: esbuild could not bundle src/notes/pipeline.ts (${result.error?.message ?? result.stderr.trim()}); run npm install first.`,
    );
  }
  const bundle = (await import(pathToFileURL(outfile).href)) as { buildMap: BuildMap };
  return bundle.buildMap;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Median seconds per run, after warm-up; at least `minRuns` runs and `minSeconds` in total. */
function timeMusubi(
  buildMap: BuildMap,
  input: MapInput,
  minRuns = 10,
  minSeconds = 3,
): { seconds: number; runs: number } {
  for (let i = 0; i < 3; i++) buildMap(input); // let the JIT settle
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < minRuns || performance.now() - started < minSeconds * 1000) {
    const t0 = performance.now();
    buildMap(input);
    samples.push((performance.now() - t0) / 1000);
  }
  return { seconds: median(samples), runs: samples.length };
}

function timeDocutils(path: string, bytes: number): { seconds: number; runs: number } | string {
  // Fewer runs on big files: docutils takes seconds per parse there.
  const [warmups, minRuns, minSeconds] = bytes > MB ? [1, 3, 0] : [2, 5, 3];
  const result = spawnSync(
    'python3',
    [DOCUTILS_TIMER, path, String(warmups), String(minRuns), String(minSeconds)],
    { encoding: 'utf8', maxBuffer: 16 * MB },
  );
  if (result.error) return `python3 not available (${result.error.message})`;
  if (result.status !== 0)
    return `docutils not available (${result.stderr.trim().split('\n').at(-1)})`;
  const { seconds } = JSON.parse(result.stdout) as { seconds: number[] };
  return { seconds: median(seconds), runs: seconds.length };
}

function docutilsVersion(): string | null {
  const result = spawnSync('python3', ['-c', 'import docutils; print(docutils.__version__)'], {
    encoding: 'utf8',
  });
  return result.status === 0 ? result.stdout.trim() : null;
}

function cases(dir: string): Case[] {
  const seed = { name: 'seed (data/kubernetes.rst)', path: 'data/kubernetes.rst' };
  const generated = [1_000, 10_000].map((terms) => {
    const path = join(dir, `generated-${terms}.rst`);
    writeFileSync(path, generateNotes(terms, 42));
    return { name: `generated, ${terms.toLocaleString('en')} terms`, path };
  });
  return [seed, ...generated].map((c) => ({ ...c, input: readMap(c.path) }));
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'musubi-bench-'));
  const buildMap = await loadBundledBuildMap(dir);
  const version = docutilsVersion();
  console.log(
    `Reading notes: buildMap (esbuild bundle) vs docutils ${version ?? '(not available)'} publish_doctree` +
      ` — Node ${process.version}, ${cpus().length} cores, ${new Date().toISOString().slice(0, 10)}`,
  );
  console.log('MB = 10^6 bytes of UTF-8; medians after warm-up.\n');
  console.log('| notes | size | Musubi | docutils | Musubi ÷ docutils |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const { name, path, input } of cases(dir)) {
    const bytes = Buffer.byteLength('notes' in input ? input.notes.text : '', 'utf8');
    const musubi = timeMusubi(buildMap, input);
    const musubiRate = bytes / MB / musubi.seconds;
    const docutils = version ? timeDocutils(path, bytes) : 'not available';
    const docutilsRate = typeof docutils === 'string' ? null : bytes / MB / docutils.seconds;
    console.log(
      `| ${name} | ${(bytes / 1000).toFixed(1)} kB | ${musubiRate.toFixed(2)} MB/s (${fmtMs(musubi.seconds)}, ${musubi.runs} runs) | ` +
        (typeof docutils === 'string'
          ? `${docutils} | – |`
          : `${docutilsRate!.toFixed(3)} MB/s (${fmtMs(docutils.seconds)}, ${docutils.runs} runs) | ${(musubiRate / docutilsRate!).toFixed(0)}× |`),
    );
  }
}

function fmtMs(seconds: number): string {
  return seconds < 1
    ? `${(seconds * 1000).toFixed(seconds < 0.01 ? 2 : 1)} ms`
    : `${seconds.toFixed(2)} s`;
}

await main();

/**
 * How reading and graph building scale on adversarial notes (bench/generate-adversarial.ts):
 * time for 125 kB, 250 kB, 500 kB and 1 MB, and the ratio to the size before. Linear time shows
 * as ratios near 2×; a quadratic stage shows as ratios near 4×. Prints a table; never fails
 * (a stage that throws is reported in the table). Not part of the test suite.
 *
 *   npx tsx bench/adversarial.ts
 */
import { performance } from 'node:perf_hooks';
import { buildConceptGraph } from '../src/notes/concepts/build-graph';
import { parseRst } from '../src/notes/rst';
import type { NotesDocument } from '../src/notes/document/model';
import { adversarialNotes } from './generate-adversarial';

const SIZES = [125_000, 250_000, 500_000, 1_000_000];
const RUNS = 3;

interface Row {
  size: number;
  parseMs: number | string;
  buildMs: number | string;
  diagnostics: number;
  nodes: number;
}

/** Median of RUNS timings of `work`, or the error it threw. */
function time<T>(work: () => T): { ms: number | string; result: T | null } {
  const timings: number[] = [];
  let result: T | null = null;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    try {
      result = work();
    } catch (error) {
      return { ms: `threw ${(error as Error).name}`, result: null };
    }
    timings.push(performance.now() - start);
  }
  timings.sort((a, b) => a - b);
  return { ms: timings[Math.floor(RUNS / 2)]!, result };
}

function ratio(current: number | string, previous: number | string | undefined): string {
  if (typeof current !== 'number' || typeof previous !== 'number' || previous === 0) return '';
  return `${(current / previous).toFixed(2)}×`;
}

function format(ms: number | string): string {
  return typeof ms === 'number' ? ms.toFixed(1) : ms;
}

// Warm-up: let the JIT compile the reader and builder before anything is timed.
buildConceptGraph([{ file: 'w.rst', document: parseRst(adversarialNotes(SIZES[0]!)) }], {
  mapId: 'warm-up',
});

const rows: Row[] = [];
for (const size of SIZES) {
  const text = adversarialNotes(size);
  const parsed = time(() => parseRst(text));
  const doc: NotesDocument | null = parsed.result;
  const built = doc
    ? time(() =>
        buildConceptGraph([{ file: 'adversarial.rst', document: doc }], { mapId: 'adversarial' }),
      )
    : { ms: 'skipped', result: null };
  rows.push({
    size: Buffer.byteLength(text),
    parseMs: parsed.ms,
    buildMs: built.ms,
    diagnostics: doc?.diagnostics.length ?? 0,
    nodes: built.result?.nodes.length ?? 0,
  });
}

console.log(`Adversarial notes, median of ${RUNS} runs (linear ≈ 2× per doubling)\n`);
console.log('| bytes     | parse ms | ×     | build ms | ×     | diagnostics | nodes |');
console.log('|-----------|----------|-------|----------|-------|-------------|-------|');
rows.forEach((row, index) => {
  const before = rows[index - 1];
  console.log(
    `| ${String(row.size).padStart(9)} | ${format(row.parseMs).padStart(8)} | ${ratio(row.parseMs, before?.parseMs).padStart(5)} | ${format(row.buildMs).padStart(8)} | ${ratio(row.buildMs, before?.buildMs).padStart(5)} | ${String(row.diagnostics).padStart(11)} | ${String(row.nodes).padStart(5)} |`,
  );
});

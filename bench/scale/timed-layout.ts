/**
 * What the build calls instead of computeLayout when bench/scale/build-site.ts runs it (through
 * layout-hook.mjs): the real layout, or the stand-in with MUSUBI_BENCH_LAYOUT=stand-in, timed.
 * The total is read back by build-site.ts from `globalThis.__musubiLayoutMs`.
 */
import type { ConceptGraph } from '../../src/notes/concepts/model';
import type { MapLayout } from '../../src/graph/map-bundle';
import { computeLayout as realLayout } from '../../src/graph/layout/index';
import { computeLayout as standInLayout } from './stand-in-layout';

declare global {
  var __musubiLayoutMs: number | undefined;
}

export async function computeLayout(
  graph: ConceptGraph,
  previous: MapLayout | null = null,
): Promise<MapLayout> {
  const layout = process.env.MUSUBI_BENCH_LAYOUT === 'stand-in' ? standInLayout : realLayout;
  const started = performance.now();
  try {
    return await layout(graph, previous);
  } finally {
    globalThis.__musubiLayoutMs = (globalThis.__musubiLayoutMs ?? 0) + performance.now() - started;
  }
}

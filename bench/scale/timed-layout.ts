/**
 * What the build calls instead of computeLayout when bench/scale/build-site.ts runs it (through
 * layout-hook.mjs): the real layout, with the build's own options (its worker pool), timed. The
 * total is read back by build-site.ts from `globalThis.__musubiLayoutMs`.
 */
import { computeLayout as realLayout } from '../../src/graph/layout/index';

declare global {
  var __musubiLayoutMs: number | undefined;
}

export async function computeLayout(
  ...args: Parameters<typeof realLayout>
): ReturnType<typeof realLayout> {
  const started = performance.now();
  try {
    return await realLayout(...args);
  } finally {
    globalThis.__musubiLayoutMs = (globalThis.__musubiLayoutMs ?? 0) + performance.now() - started;
  }
}

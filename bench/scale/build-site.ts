/**
 * One production build for `bench:scale`, in a process of its own so its time and peak memory are
 * the build's alone: `node --import tsx --import ./bench/scale/layout-hook.mjs build-site.ts
 * <dataDir> <outDir>`. The config is vite.config.ts's (React and the Musubi plugins), given
 * inline so the plugins are imported by Node, where layout-hook.mjs can time the layout. Prints one JSON line: { buildMs, layoutMs, peakRssMB }.
 */
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { musubiMaps } from '../../src/site/vite-plugin-musubi';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function main(): Promise<void> {
  const [dataDir, outDir] = process.argv.slice(2);
  if (!dataDir || !outDir) throw new Error('usage: build-site.ts <dataDir> <outDir>');
  process.env.NODE_ENV = 'production';
  process.env.MUSUBI_DATA = dataDir;
  const started = performance.now();
  await build({
    root: PROJECT_ROOT,
    configFile: false,
    base: '/',
    mode: 'production',
    logLevel: 'warn',
    plugins: [react(), musubiMaps()],
    // MUSUBI_BENCH_NO_MINIFY=1: readable function names in profiles.
    build: { outDir, emptyOutDir: true, minify: process.env.MUSUBI_BENCH_NO_MINIFY !== '1' },
  });
  const buildMs = performance.now() - started;
  process.stdout.write(
    `${JSON.stringify({
      buildMs,
      layoutMs: globalThis.__musubiLayoutMs ?? null,
      // ru_maxrss is in kilobytes on Linux.
      peakRssMB: process.resourceUsage().maxRSS / 1024,
    })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});

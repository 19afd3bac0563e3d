import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const PROJECT_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export interface BuiltApp {
  /** The folder the production build was written to (what a static host would publish). */
  dir: string;
  remove(): Promise<void>;
}

/**
 * Runs the real production build (vite.config.ts with its plugins) into a fresh temporary
 * folder, so tests never read or overwrite the developer's dist/.
 */
export async function buildApp(base = '/'): Promise<BuiltApp> {
  const dir = await mkdtemp(join(tmpdir(), 'musubi-build-'));
  // Vitest sets NODE_ENV=test, and Vite then bundles React's development build (twice the
  // size, extra warnings). Build exactly what `npm run build` ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: PROJECT_ROOT,
      base,
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: dir, emptyOutDir: true },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

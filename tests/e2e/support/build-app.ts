import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const PROJECT_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export interface BuiltApp {
  /** The folder the production build was written to (what a static host would publish). */
  dir: string;
  remove(): Promise<void>;
}

/**
 * A notes folder of the tests' own, assembled in a temporary folder from fixture files: builds
 * never read the user's data/ (a user's notes there must not change what the suite checks), and
 * whatever a build writes beside the notes stays out of the fixtures.
 */
export async function fixtureData(files: readonly string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'musubi-data-'));
  for (const file of files) {
    await cp(join(PROJECT_ROOT, file), join(dir, basename(file)), { recursive: true });
  }
  return dir;
}

/**
 * Runs the real production build (vite.config.ts with its plugins) of the notes in `dataDir`
 * into a fresh temporary folder, so tests never read or overwrite the developer's dist/.
 */
export async function buildApp(base: string, dataDir: string): Promise<BuiltApp> {
  const dir = await mkdtemp(join(tmpdir(), 'musubi-build-'));
  // Vitest sets NODE_ENV=test, and Vite then bundles React's development build (twice the
  // size, extra warnings). Build exactly what `npm run build` ships. The plugin reads
  // MUSUBI_DATA when the config is resolved.
  const nodeEnv = process.env.NODE_ENV;
  const data = process.env.MUSUBI_DATA;
  process.env.NODE_ENV = 'production';
  process.env.MUSUBI_DATA = dataDir;
  try {
    await build({
      root: PROJECT_ROOT,
      base,
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: dir, emptyOutDir: true },
    });
  } finally {
    restore('NODE_ENV', nodeEnv);
    restore('MUSUBI_DATA', data);
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

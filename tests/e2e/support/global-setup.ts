import type { TestProject } from 'vitest/node';
import { buildApp } from './build-app';
import { ensureChromium } from './chromium';
import { startStaticServer } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the production build is served, ending in `/`. */
    baseUrl: string;
    /** The same build's folder on disk, for checks on the files themselves. */
    distDir: string;
    /** A build with `base: '/sub/'`, served under `/sub/` (a GitHub Pages project site). */
    subBaseUrl: string;
    chromiumPath: string;
  }
}

/**
 * Once per run, before any e2e file: find (or install) Chromium, run the production builds and
 * serve them on loopback. Returns the teardown that stops the servers and deletes the builds.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = ensureChromium();
  const root = await buildApp('/');
  const sub = await buildApp('/sub/');
  const server = await startStaticServer(root.dir);
  const subServer = await startStaticServer(sub.dir, '/sub/');

  project.provide('baseUrl', server.url);
  project.provide('distDir', root.dir);
  project.provide('subBaseUrl', subServer.url);
  project.provide('chromiumPath', chromiumPath);

  return async () => {
    await Promise.all([server.close(), subServer.close()]);
    await Promise.all([root.remove(), sub.remove()]);
  };
}

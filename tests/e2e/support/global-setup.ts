import { rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { buildApp, fixtureData } from './build-app';
import { ensureChromium, launchChromiumServer } from './chromium';
import { startStaticServer } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the production build is served, ending in `/`. */
    baseUrl: string;
    /** The same build's folder on disk, for checks on the files themselves. */
    distDir: string;
    /**
     * A build with `base: '/sub/'` of the seed alone, served under `/sub/` (a GitHub Pages
     * project site with one map).
     */
    subBaseUrl: string;
    /** One Chromium for the whole run; each test file connects to it (support/browser.ts). */
    chromiumEndpoint: string;
  }
}

/**
 * The notes of the main e2e site: the tests' copy of the seed, the hostile notes and a Markdown
 * notebook (the bundled example notebook's copy, a folder: one map of several files), all their
 * own fixtures, never data/. One site for every e2e file, so the run makes one build of them.
 */
export const SITE_FILES = [
  'tests/fixtures/seed/kubernetes.rst',
  'tests/fixtures/seed/kubernetes.map.yaml',
  'tests/fixtures/hostile/hostile.rst',
  'tests/fixtures/hostile/hostile.map.yaml',
  // Notes of other styles (issue 9: the map reads at first sight on them too).
  'tests/fixtures/notes/tcp-ip.rst',
  'tests/fixtures/notes/cooking-chemistry.rst',
  // A Markdown notebook: a folder is one map (issue 14).
  'tests/fixtures/notebooks/study-notes',
  // Presenting: a subtitle, code, a long address, a concept longer than a card, a quiz tour.
  'tests/fixtures/presenting/lecture.rst',
  'tests/fixtures/presenting/lecture.map.yaml',
];

const SUB_SITE_FILES = [
  'tests/fixtures/seed/kubernetes.rst',
  'tests/fixtures/seed/kubernetes.map.yaml',
];

/**
 * Once per run, before any e2e file: find (or install) Chromium and start it, run the production
 * builds and serve them on loopback. Returns the teardown that stops everything and deletes the
 * builds.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromium = await launchChromiumServer(ensureChromium());
  const data = await fixtureData(SITE_FILES);
  const subData = await fixtureData(SUB_SITE_FILES);
  const root = await buildApp('/', data);
  const sub = await buildApp('/sub/', subData);
  const server = await startStaticServer(root.dir);
  const subServer = await startStaticServer(sub.dir, '/sub/');

  project.provide('baseUrl', server.url);
  project.provide('distDir', root.dir);
  project.provide('subBaseUrl', subServer.url);
  project.provide('chromiumEndpoint', chromium.wsEndpoint());

  return async () => {
    await Promise.all([server.close(), subServer.close(), chromium.close()]);
    await Promise.all([root.remove(), sub.remove()]);
    await Promise.all([data, subData].map((dir) => rm(dir, { recursive: true, force: true })));
  };
}

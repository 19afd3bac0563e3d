import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { build } from 'vite';
import { loadBundles, type LoadedMaps } from '../../../src/site/load-bundles';
import { musubiMaps } from '../../../src/site/vite-plugin-musubi';
import type { MapSource } from '../../../src/graph/map-bundle';
import { capturingLogger, openMapSource, tempProject, type TempProject } from './temp-project';

const GOOD = `Good notes
==========

Pod
\tcontainer instance
`;
// Latin-1 "café": 0xE9 is not UTF-8 on its own.
const LATIN1 = Uint8Array.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from('\n====\n')]);
const NOT_UTF8 =
  'data/latin.rst: not valid UTF-8 (byte 0xe9 at offset 3, line 1); save the notes as UTF-8';

let project: TempProject;
beforeAll(() => {
  project = tempProject({ 'good.rst': GOOD, 'latin.rst': LATIN1 });
});
afterAll(() => project.remove());

describe('loadBundles', () => {
  let loaded: LoadedMaps;
  beforeAll(async () => {
    loaded = await loadBundles(join(project.root, 'data'), project.root);
  }, 30_000);

  test('the unreadable file is an error entry in the catalogue, naming the file', () => {
    expect(loaded.catalogue).toEqual([
      { id: 'good', title: 'Good notes', nodeCount: 2 },
      { id: 'latin', title: 'latin', nodeCount: 0, error: NOT_UTF8 },
    ]);
  });

  test('the other maps are built; the unreadable one has no bundle', () => {
    expect([...loaded.bundles.keys()]).toEqual(['good']);
  });

  test('the problem is reported as an error', () => {
    expect(loaded.report).toContainEqual({ severity: 'error', text: NOTES_SKIPPED });
  });
});

const NOTES_SKIPPED = `${NOT_UTF8} (map skipped)`;

test('vite build prints the message, succeeds, and writes the pages of the other maps', async () => {
  const printed: string[] = [];
  const dist = join(project.root, 'dist');
  await build({
    root: project.root,
    configFile: false,
    logLevel: 'info',
    customLogger: capturingLogger(printed),
    plugins: [musubiMaps({ check: false })],
    build: { outDir: dist, emptyOutDir: true },
  });
  expect(printed).toContain(NOTES_SKIPPED);
  expect(existsSync(join(dist, 'good', 'node', 'pod', 'index.html'))).toBe(true);
  expect(existsSync(join(dist, 'latin'))).toBe(false);
  // /latin falls back to 404.html, the app; the catalogue in its entry chunk holds the message.
  const entry = /src="\/(assets\/[^"]+\.js)"/.exec(readFileSync(join(dist, '404.html'), 'utf8'))!;
  expect(readFileSync(join(dist, entry[1]!), 'utf8')).toContain('not valid UTF-8 (byte 0xe9');
}, 60_000);

describe('virtual:musubi-maps with an unreadable map', () => {
  let source: MapSource;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ source, close } = await openMapSource(project.root));
  }, 60_000);
  afterAll(async () => {
    await close();
  });

  test('the catalogue tells the app why the map is missing', () => {
    expect(source.catalogue.find((map) => map.id === 'latin')?.error).toBe(NOT_UTF8);
  });

  test('loading it gives null, and the good map still loads', async () => {
    expect(await source.loadMap('latin')).toBeNull();
    expect((await source.loadMap('good'))?.graph.title).toBe('Good notes');
  });
});

import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { toElements } from '../../../src/graph/elements';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { build, createLogger, type Logger } from 'vite';
import { musubiMaps } from '../../../src/site/vite-plugin-musubi';
import type { MapSource } from '../../../src/graph/map-bundle';
import { openMapSource } from './temp-project';

// A tiny project with two maps, built the way `npm run build` builds the real one.
const ALPHA = `Alpha notes
===========

Pod
\tcontainer instance

ReplicaSet
\tkeeps Pod running
`;
const BETA = `Beta notes
==========

Zyxwvut
\tan unmistakable label

.. unknown-thing:: x
`;

let root: string;

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'musubi-plugin-'));
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data', 'alpha.rst'), ALPHA);
  writeFileSync(join(dir, 'data', 'beta.rst'), BETA);
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html>\n<html>\n  <head>\n    <title>App</title>\n  </head>\n  <body>\n    <script type="module" src="/main.js"></script>\n  </body>\n</html>\n`,
  );
  writeFileSync(
    join(dir, 'main.js'),
    `import source from 'virtual:musubi-maps';\nsource.loadMap('alpha').then((map) => console.log(map));\n`,
  );
  return dir;
}

function capturingLogger(lines: string[]): Logger {
  const logger = createLogger('info', { allowClearScreen: false });
  const keep = (message: string) => {
    lines.push(message);
  };
  return { ...logger, info: keep, warn: keep, error: keep, warnOnce: keep };
}

beforeAll(() => {
  root = project();
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('vite build with base /musubi/', () => {
  const printed: string[] = [];
  let dist: string;
  beforeAll(async () => {
    dist = join(root, 'dist');
    await build({
      root,
      configFile: false,
      base: '/musubi/',
      logLevel: 'info',
      customLogger: capturingLogger(printed),
      plugins: [musubiMaps()],
      build: { outDir: dist, emptyOutDir: true },
    });
  }, 60_000);

  const assets = () => readdirSync(join(dist, 'assets')).filter((name) => name.endsWith('.js'));
  const asset = (name: string) => readFileSync(join(dist, 'assets', name), 'utf8');

  test('each map is its own chunk, loaded only when it is opened', () => {
    const withBeta = assets().filter((name) => asset(name).includes('Zyxwvut'));
    const withAlpha = assets().filter((name) => asset(name).includes('ReplicaSet'));
    expect(withBeta).toHaveLength(1);
    expect(withAlpha).toHaveLength(1);
    expect(withAlpha[0]).not.toBe(withBeta[0]);
    const entry = readFileSync(join(dist, 'index.html'), 'utf8').match(/assets\/([^"]+\.js)/)![1]!;
    expect(withAlpha).not.toContain(entry);
    expect(withBeta).not.toContain(entry);
  });

  test('no layout library reaches the browser', () => {
    for (const name of assets()) expect(asset(name)).not.toMatch(/org\.eclipse\.elk|elkjs/);
  });

  test("the maps' diagnostics are printed as file:line: severity: message", () => {
    expect(printed).toContain('data/beta.rst:7: error: Unknown directive type "unknown-thing".');
  });

  test('every concept has its own page that boots the app from absolute asset URLs', () => {
    const page = readFileSync(join(dist, 'alpha', 'node', 'pod', 'index.html'), 'utf8');
    expect(page).toContain('<title>Pod — Alpha notes</title>');
    expect(page).toMatch(/<script type="module" crossorigin src="\/musubi\/assets\/[^"]+\.js">/);
    expect(existsSync(join(dist, 'beta', 'node', 'zyxwvut', 'index.html'))).toBe(true);
    expect(readFileSync(join(dist, 'alpha', 'index.html'), 'utf8')).toContain(
      '<title>Alpha notes — Musubi</title>',
    );
    expect(readFileSync(join(dist, '404.html'), 'utf8')).toBe(
      readFileSync(join(dist, 'index.html'), 'utf8'),
    );
  });
});

test('a relative base is refused: the node pages need absolute asset URLs', async () => {
  await expect(
    build({
      root,
      configFile: false,
      base: './',
      logLevel: 'silent',
      plugins: [musubiMaps()],
      build: { outDir: join(root, 'dist-relative'), write: false },
    }),
  ).rejects.toThrow(/MUSUBI_BASE/);
});

describe('virtual:musubi-maps', () => {
  let source: MapSource;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ source, close } = await openMapSource(root));
  }, 60_000);
  afterAll(async () => {
    await close();
  });

  test('lists every map with its title and size', () => {
    expect(source.catalogue).toEqual([
      { id: 'alpha', title: 'Alpha notes', nodeCount: 3 },
      { id: 'beta', title: 'Beta notes', nodeCount: 2 },
    ]);
  });

  test("loads a map's graph with a position for every concept drawn as a box of its own", async () => {
    const map = await source.loadMap('alpha');
    expect(map?.graph.mapId).toBe('alpha');
    // Containers are drawn around what they hold, and the notes' title is the map's heading.
    const drawnLeaves = toElements(map!.graph, {})
      .nodes.filter(({ data }, _, all) => !all.some((other) => other.data.parent === data.id))
      .map(({ data }) => data.id);
    expect(Object.keys(map!.positions).sort()).toEqual(drawnLeaves.sort());
  });

  test.each(['nope', '__proto__', 'constructor'])('an unknown map (%j) is null', async (id) => {
    expect(await source.loadMap(id)).toBeNull();
  });
});

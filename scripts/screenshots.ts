/**
 * `npm run docs:screenshots`: the pictures in docs/screenshots/, taken in Debian's Chromium from
 * a production build of the tests' notes (the seed, notes of other styles, a notebook), so the
 * README shows what a reader really sees. Japanese text needs `fonts-noto-cjk`.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { buildApp, fixtureData } from '../tests/e2e/support/build-app';
import { ensureChromium } from '../tests/e2e/support/chromium';
import { startStaticServer } from '../tests/e2e/support/static-server';

const OUT = 'docs/screenshots';

interface Shot {
  file: string;
  path: string;
  width?: number;
  height?: number;
  dark?: boolean;
  /** Something to do before the picture (hover, open a menu). */
  before?(page: Page): Promise<void>;
}

async function hover(page: Page, id: string, edge = false): Promise<void> {
  const at = await page.evaluate(
    ([wanted, isEdge]) => {
      const cy = window.__musubiCy!;
      const box = cy.container()!.getBoundingClientRect();
      const element = cy.getElementById(wanted);
      const p = isEdge ? element.renderedMidpoint() : element.renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    },
    [id, edge] as const,
  );
  await page.mouse.move(at.x, at.y);
  await page.waitForTimeout(700);
}

const SHOTS: Shot[] = [
  { file: 'seed-map.png', path: '/kubernetes' },
  { file: 'seed-map-dark.png', path: '/kubernetes', dark: true },
  { file: 'seed-selected.png', path: '/kubernetes/node/replicaset' },
  {
    file: 'seed-preview-relation.png',
    path: '/kubernetes',
    before: (page) => hover(page, 'mentions:pod->replicaset', true),
  },
  {
    file: 'seed-preview-concept.png',
    path: '/kubernetes',
    before: (page) => hover(page, 'ingress'),
  },
  {
    file: 'seed-filters.png',
    path: '/kubernetes?hide=extra&section=istio',
  },
  { file: 'seed-phone.png', path: '/kubernetes/node/ingress', width: 390, height: 844 },
  { file: 'tcp-ip-map.png', path: '/tcp-ip' },
  { file: 'cooking-chemistry-map.png', path: '/cooking-chemistry' },
  { file: 'notebook-map.png', path: '/study-notes' },
  { file: 'seed-handout.png', path: '/kubernetes/handout/architecture', height: 1000 },
];

async function main(): Promise<void> {
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= '1';
  const data = await fixtureData([
    'tests/fixtures/seed/kubernetes.rst',
    'tests/fixtures/seed/kubernetes.map.yaml',
    'tests/fixtures/notes/tcp-ip.rst',
    'tests/fixtures/notes/cooking-chemistry.rst',
    'tests/fixtures/notebooks/study-notes',
  ]);
  const app = await buildApp('/', data);
  const server = await startStaticServer(app.dir);
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  await mkdir(OUT, { recursive: true });
  try {
    for (const shot of SHOTS) {
      const context = await browser.newContext({
        viewport: { width: shot.width ?? 1280, height: shot.height ?? 800 },
        reducedMotion: 'reduce',
        colorScheme: shot.dark ? 'dark' : 'light',
      });
      await context.addInitScript(() => localStorage.setItem('musubi:test-hook', '1'));
      const page = await context.newPage();
      await page.goto(new URL(shot.path.slice(1), server.url).href);
      await page.waitForTimeout(1200);
      await shot.before?.(page);
      await page.screenshot({ path: join(OUT, shot.file) });
      process.stdout.write(`${join(OUT, shot.file)}\n`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
    await app.remove();
  }
}

await main();

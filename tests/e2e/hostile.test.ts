import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/site/content-security-policy';
import { isSafeSegment } from '../../src/site/node-pages';
import { readMap } from '../../src/cli/load-maps';
import { buildMap } from '../../src/notes/pipeline';
import { paths } from '../../src/routes/paths';
import { allProblems, appUrl, useBrowser, type OpenedPage, PATIENCE } from './support/browser';
import { appPath, conceptPanel, waitForMap } from './support/map';

// Notes written by an attacker (tests/fixtures/hostile/README.md lists the cases), built into the
// e2e site beside the seed (global-setup.ts) and driven in Chromium: every concept by URL and from the outline, the tour
// presented and in the speaker view. Nothing from the notes may run, open a dialog or become a
// link or an attribute; the Content-Security-Policy is never even tested (no violation).
const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE_DIR = 'tests/fixtures/hostile';
const graph = buildMap(
  readMap(join(PROJECT_ROOT, FIXTURE_DIR, 'hostile.rst'), { root: PROJECT_ROOT }),
);
const MAP = graph.mapId;
const tour = graph.tours.find((candidate) => candidate.name === 'hostile')!;
const labelOf = (id: string) => graph.nodes.find((node) => node.id === id)!.label;

const { openPage } = useBrowser();

interface WatchedPage extends OpenedPage {
  /** Every alert, confirm or prompt the page tried to open. */
  dialogs: string[];
}

/**
 * Opens `path` with a dialog listener attached before the app's first byte is parsed: the page
 * starts on a harmless file of the same site (openPage navigates at once), then goes to `path`.
 */
async function openWatched(path: string): Promise<WatchedPage> {
  const opened = await openPage('/favicon.svg');
  const dialogs: string[] = [];
  opened.page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const response = await opened.page.goto(appUrl(path), { waitUntil: 'load' });
  return { ...opened, response, dialogs };
}

/**
 * What the notes could have smuggled into the DOM: scripts not loaded from our origin, event
 * handler attributes, script-bearing URLs, frames and plugins, and a `window.__pwned` flag.
 */
function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const describe = (element: Element) => element.outerHTML.slice(0, 120);
    for (const script of Array.from(document.scripts)) {
      if (!script.src || new URL(script.src).origin !== window.location.origin) {
        found.push(`script: ${describe(script)}`);
      }
    }
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) {
        if (/^on/i.test(attribute.name)) found.push(`handler: ${describe(element)}`);
      }
    }
    const unsafeUrl =
      'a[href^="javascript:" i], a[href^="vbscript:" i], a[href^="data:" i], [src^="javascript:" i], [src^="data:text" i]';
    for (const element of Array.from(document.querySelectorAll(unsafeUrl))) {
      found.push(`unsafe URL: ${describe(element)}`);
    }
    for (const element of Array.from(document.querySelectorAll('iframe, object, embed, base'))) {
      found.push(`element: ${describe(element)}`);
    }
    if ((window as unknown as { __pwned?: unknown }).__pwned !== undefined) found.push('__pwned');
    return found;
  });
}

/** Everything that must stay empty after the page was driven. */
async function expectNothingRan(opened: WatchedPage): Promise<void> {
  expect(opened.dialogs).toEqual([]);
  expect(await injectedMarkup(opened.page)).toEqual([]);
  expect(allProblems(opened.problems)).toEqual([]);
}

describe('every hostile concept opened by its URL', () => {
  test.each(graph.nodes.map((node) => [node.id, node.label] as const))(
    '%s shows its label as text and runs nothing',
    async (id, label) => {
      const opened = await openWatched(paths.node.href(MAP, id));
      const panel = conceptPanel(opened.page, label);
      await expect(panel.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(label);
      await waitForMap(opened.page);
      await expectNothingRan(opened);
    },
  );
});

test('clicking through every concept in the outline runs nothing', async () => {
  const opened = await openWatched(paths.map.href(MAP));
  const { page } = opened;
  await page.getByRole('button', { name: 'Outline' }).click();
  const outline = page.getByRole('navigation', { name: 'Outline' });
  const links = outline.getByRole('link');
  const count = await links.count();
  const visited: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const link = links.nth(index);
    const id = (await link.getAttribute('data-id'))!;
    await link.click();
    await conceptPanel(page, labelOf(id)).waitFor();
    expect(appPath(page)).toBe(decodeURIComponent(paths.node.href(MAP, id)));
    visited.push(id);
  }
  expect(visited.sort()).toEqual(graph.nodes.map((node) => node.id).sort());
  await expectNothingRan(opened);
}, 60_000);

describe('the hostile tour', () => {
  const POLL = PATIENCE;
  const cardHeading = (page: Page) => page.locator('[data-stage-card] h1').textContent();

  test('presented step by step with PageDown, every card shows its label as text', async () => {
    const first = tour.steps[0]!;
    const opened = await openWatched(paths.present.href(MAP, { tour: tour.name, id: first }));
    for (const [index, step] of tour.steps.entries()) {
      if (index > 0) await opened.page.keyboard.press('PageDown');
      await expect.poll(() => cardHeading(opened.page), POLL).toBe(labelOf(step));
    }
    await expectNothingRan(opened);
  }, 120_000);

  test('a tour named __proto__ is an ordinary tour', async () => {
    const opened = await openWatched(
      paths.present.href(MAP, { tour: '__proto__', id: 'hasownproperty' }),
    );
    await expect.poll(() => cardHeading(opened.page), POLL).toBe('hasOwnProperty');
    await expectNothingRan(opened);
  });

  test('the speaker view shows the tour title and each step as text', async () => {
    const opened = await openWatched(
      paths.speaker.href(MAP, { tour: tour.name, id: tour.steps[0]! }),
    );
    const { page } = opened;
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      tour.title,
    );
    const current = page.getByRole('region', { name: 'Now' });
    for (const [index, step] of tour.steps.entries()) {
      if (index > 0) await page.getByRole('button', { name: 'Next', exact: true }).click();
      await expect
        .poll(() => current.getByRole('heading', { level: 2 }).textContent(), POLL)
        .toBe(labelOf(step));
    }
    await expectNothingRan(opened);
  }, 120_000);
});

/** The elements the build writes into a page; none comes from the notes. */
const OUR_TAGS = ['html', 'head', 'meta', 'title', 'script', 'link', 'body', 'div', 'noscript'];

/**
 * Start tags with their attribute names, read as a browser would: a quoted value (in which the
 * build escaped every quote) is skipped whole, so ` onerror=` inside it is text, not an attribute.
 */
function startTags(html: string): { name: string; attributes: string[] }[] {
  const tags: { name: string; attributes: string[] }[] = [];
  for (const tag of html.matchAll(
    /<([a-z][a-z0-9]*)((?:\s*[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/gi,
  )) {
    const attributes = [
      ...tag[2]!.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?/g),
    ];
    tags.push({
      name: tag[1]!.toLowerCase(),
      attributes: attributes.map((match) => match[1]!.toLowerCase()),
    });
  }
  return tags;
}

describe('the static pages written for the hostile concepts', () => {
  const pageFiles = [
    'index.html',
    '404.html',
    `${MAP}/index.html`,
    ...graph.nodes
      .filter((node) => isSafeSegment(node.id))
      .map((node) => `${MAP}/node/${node.id}/index.html`),
  ];
  const read = (file: string) => readFile(join(inject('distDir'), ...file.split('/')), 'utf8');

  test.each(pageFiles)('%s has only our own tags and attributes, and the policy', async (file) => {
    const html = await read(file);
    for (const { name, attributes } of startTags(html)) {
      expect(OUR_TAGS).toContain(name);
      for (const attribute of attributes) expect(attribute).not.toMatch(/^on/);
      if (name === 'script') expect(attributes).toEqual(['type', 'crossorigin', 'src']);
    }
    expect(html).toContain(`content="${CONTENT_SECURITY_POLICY.replaceAll("'", '&#39;')}"`);
  });

  test('a concept named <script> is in its page as escaped text', async () => {
    const html = await read(`${MAP}/node/script-alert-term-script/index.html`);
    expect(labelOf('script-alert-term-script')).toBe("<script>alert('term')</script>");
    expect(html).toContain('<title>&lt;script&gt;alert(&#39;term&#39;)&lt;/script&gt; — ');
    expect(html).not.toContain('<script>alert');
  });

  test('attribute breakouts stay inside their attribute', async () => {
    const html = await read(`${MAP}/node/onmouseover-alert-1/index.html`);
    expect(html).toContain('content="&quot; onmouseover=&quot;alert(1)');
    expect(html).not.toContain('" onmouseover="');
  });
});

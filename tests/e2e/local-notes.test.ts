import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { generateNotes } from '../../bench/generate-notes';
import { allProblems, PATIENCE, useBrowser } from './support/browser';
import {
  openNotesFiles,
  problemsBesides404,
  PROJECT_ROOT,
  SEED_FILES,
} from './support/local-notes';
import { appPath, clickNode, conceptPanel, waitForMap } from './support/map';

// Issue 13: notes opened in the browser, built in a worker, kept in IndexedDB, with URLs of their
// own under /local/ — against the production build on the strict static host.
const { openPage } = useBrowser();

const scratch = mkdtemp(join(tmpdir(), 'musubi-local-notes-'));
afterAll(async () => rm(await scratch, { recursive: true, force: true }));

describe('opening notes from files', () => {
  test('two notes files through the file input: the map, a concept, a reload on that concept', async () => {
    const opened = await openPage('/local');
    const { page } = opened;
    await openNotesFiles(page, [
      ...SEED_FILES,
      PROJECT_ROOT + 'tests/fixtures/markdown/glossary.md',
    ]);
    // Two maps: the list of this browser's notes shows both.
    const list = page.getByRole('region', { name: 'Notes opened in this browser' });
    const seed = list.getByRole('link', { name: 'Kubernetes関連メモ', exact: true });
    await seed.waitFor(PATIENCE);
    expect(appPath(page)).toBe('/local');
    expect(await list.getByRole('listitem').count()).toBe(2);

    await seed.click();
    await waitForMap(page);
    await clickNode(page, 'ingress');
    await conceptPanel(page, 'Ingress').waitFor();
    expect(appPath(page)).toBe('/local/kubernetes/node/ingress');

    await page.reload({ waitUntil: 'load' });
    await conceptPanel(page, 'Ingress').waitFor(PATIENCE);
    await waitForMap(page);
    expect(appPath(page)).toBe('/local/kubernetes/node/ingress');
    // The companion came along: its tour is what "Present" steps through.
    expect(problemsBesides404(opened)).toEqual([]);
  });

  test('one notes file opens straight on its map, from the header of a bundled map', async () => {
    const opened = await openPage('/kubernetes');
    const { page } = opened;
    await openNotesFiles(page, [PROJECT_ROOT + 'tests/fixtures/markdown/glossary.md']);
    await page.waitForURL(/\/local\/glossary$/, PATIENCE);
    await page.getByRole('heading', { level: 1, name: 'Glossary' }).waitFor();
    await waitForMap(page);
    expect(allProblems(opened.problems)).toEqual([]);
  });

  test('a deleted map is gone from the list, also after a reload, and its address says so', async () => {
    const opened = await openPage('/local');
    const { page } = opened;
    await openNotesFiles(page, [PROJECT_ROOT + 'tests/fixtures/markdown/glossary.md']);
    await waitForMap(page);
    await page.goto(new URL('/local', page.url()).href);
    const list = page.getByRole('region', { name: 'Notes opened in this browser' });
    const item = list.getByRole('listitem').filter({ hasText: 'Glossary' });
    await item.getByRole('button', { name: 'Delete', exact: true }).click();
    await item.getByRole('button', { name: 'Delete', exact: true }).click();
    await list.getByText('None yet.', { exact: false }).waitFor();

    await page.reload({ waitUntil: 'load' });
    await list.getByText('None yet.', { exact: false }).waitFor();
    await page.goto(new URL('/local/glossary', page.url()).href);
    await page.getByText('There is no map “glossary”.').waitFor();
    expect(problemsBesides404(opened)).toEqual([]);
  });
});

describe('a map in one HTML file', () => {
  test('60 kB of notes: too long for chat, downloaded as one file that opens from disk', async () => {
    const notes = join(await scratch, 'big-notes.rst');
    await writeFile(notes, generateNotes(215));
    expect((await stat(notes)).size).toBeGreaterThan(60_000);

    const opened = await openPage('/local');
    const { page } = opened;
    await openNotesFiles(page, [notes]);
    await waitForMap(page);
    const link = await (async () => {
      await page.getByRole('button', { name: 'Share', exact: true }).click();
      const field = page.getByRole('textbox', { name: 'Share link' });
      await field.waitFor(PATIENCE);
      return field.inputValue();
    })();
    expect(link.length).toBeGreaterThan(2000);
    const dialog = page.getByRole('dialog');
    await dialog
      .getByText('cut links longer than about 2,000 characters', { exact: false })
      .waitFor();

    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download as one HTML file' }).click();
    const file = join(await scratch, (await download).suggestedFilename());
    await (await download).saveAs(file);
    expect(file.endsWith('big-notes.html')).toBe(true);
    expect(allProblems(opened.problems)).toEqual([]);

    // From disk, in a fresh context: no server, the map and a deep link through the fragment.
    const offline = await openPage('/favicon.svg');
    const concept = 'resource0';
    await offline.page.goto(`${pathToFileURL(file).href}#/local/big-notes/node/${concept}`);
    await conceptPanel(offline.page, 'Resource0').waitFor(PATIENCE);
    await waitForMap(offline.page);
    await offline.page.goto(pathToFileURL(file).href);
    await waitForMap(offline.page);
    expect(new URL(offline.page.url()).hash).toBe('#/local/big-notes');
    expect(allProblems(offline.problems)).toEqual([]);
  });
});

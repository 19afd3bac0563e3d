import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { allProblems, PATIENCE, useBrowser } from './support/browser';
import { openNotesFiles, PROJECT_ROOT, SEED_FILES, shareLink } from './support/local-notes';
import { appPath, conceptPanel, waitForMap } from './support/map';

// Issue 13: a share link carries the notes in its fragment; opened anywhere, it builds the same
// map and lands on the same concept. Links are untrusted input like any notes.
const { openPage } = useBrowser();

/** Opens `files` at /local, goes to `path` in the map, and returns that page's share link. */
async function shareFrom(files: string[], path: string): Promise<string> {
  const { page } = await openPage('/local');
  await openNotesFiles(page, files);
  await waitForMap(page);
  await page.goto(new URL(path.replace(/^\//, ''), new URL('/', page.url())).href);
  await waitForMap(page);
  return shareLink(page);
}

test('a shared link opens in a fresh browser (no IndexedDB) on the same concept', async () => {
  const link = await shareFrom(SEED_FILES, '/local/kubernetes/node/ingress');
  expect(new URL(link).pathname).toBe('/local/');
  expect(new URL(link).hash).toMatch(/^#at=%2Fnode%2Fingress&notes=[A-Za-z0-9_-]+$/);

  const fresh = await openPage('/favicon.svg');
  await fresh.page.goto(link);
  await conceptPanel(fresh.page, 'Ingress').waitFor(PATIENCE);
  await waitForMap(fresh.page);
  expect(appPath(fresh.page)).toBe('/local/kubernetes/node/ingress');
  // The notes left the address once built: a reload does not open them again.
  expect(new URL(fresh.page.url()).hash).toBe('');
  expect(allProblems(fresh.problems)).toEqual([]);
});

/** What the notes could have smuggled into the DOM (as in hostile.test.ts). */
function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const script of Array.from(document.scripts)) {
      if (!script.src || new URL(script.src).origin !== window.location.origin) {
        found.push(`script: ${script.outerHTML.slice(0, 120)}`);
      }
    }
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) {
        if (/^on/i.test(attribute.name)) found.push(`handler: ${element.outerHTML.slice(0, 120)}`);
      }
    }
    const unsafe = document.querySelectorAll(
      'a[href^="javascript:" i], a[href^="data:" i], iframe, object, embed, base',
    );
    for (const element of Array.from(unsafe))
      found.push(`unsafe: ${element.outerHTML.slice(0, 120)}`);
    return found;
  });
}

test('the hostile notes shared by link execute nothing: no dialog, no CSP violation', async () => {
  const hostile = ['hostile.rst', 'hostile.map.yaml'].map(
    (file) => `${PROJECT_ROOT}tests/fixtures/hostile/${file}`,
  );
  const link = await shareFrom(hostile, '/local/hostile/node/script-alert-term-script');

  const fresh = await openPage('/favicon.svg');
  const dialogs: string[] = [];
  fresh.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await fresh.page.goto(link);
  const panel = conceptPanel(fresh.page, "<script>alert('term')</script>");
  await expect(panel.getByRole('heading', { level: 2 }).textContent(PATIENCE)).resolves.toBe(
    "<script>alert('term')</script>",
  );
  await waitForMap(fresh.page);
  // Through every concept of the outline, as the hostile test does for the bundled copy.
  await fresh.page.getByRole('button', { name: 'Outline' }).click();
  const links = fresh.page.getByRole('navigation', { name: 'Outline' }).getByRole('link');
  for (let index = 0; index < (await links.count()); index += 1) await links.nth(index).click();
  expect(dialogs).toEqual([]);
  expect(await injectedMarkup(fresh.page)).toEqual([]);
  expect(allProblems(fresh.problems)).toEqual([]);
});

describe('a damaged link is named, and the app stays usable', () => {
  async function openBroken(fragment: string) {
    const opened = await openPage('/favicon.svg');
    await opened.page.goto(new URL(`/local/#${fragment}`, opened.page.url()).href);
    const alert = opened.page.getByRole('alert');
    await alert.waitFor(PATIENCE);
    // Still the list of this browser's maps, with a way to open notes.
    await opened.page.getByRole('button', { name: 'Open notes…' }).waitFor();
    expect(appPath(opened.page)).toBe('/local');
    return { ...opened, message: await alert.textContent() };
  }

  test('a link cut short says so', async () => {
    const link = await shareFrom(SEED_FILES, '/local/kubernetes');
    const cut = new URL(link).hash.slice(1, Math.floor(link.length * 0.6));
    const { message, problems } = await openBroken(cut);
    expect(message).toContain('This link was cut short');
    expect(allProblems(problems)).toEqual([]);
  });

  test('a link with a changed character says it is damaged', async () => {
    const link = await shareFrom(SEED_FILES, '/local/kubernetes');
    const fragment = new URL(link).hash.slice(1);
    const at = fragment.length - 40;
    const changed =
      fragment.slice(0, at) + (fragment[at] === 'A' ? 'B' : 'A') + fragment.slice(at + 1);
    const { message } = await openBroken(changed);
    expect(message).toContain('This link is damaged');
  });

  test('a fragment over the size cap is refused before decoding', async () => {
    const { message, problems } = await openBroken(`notes=${'A'.repeat(1_000_001)}`);
    expect(message).toContain('too long to be a Musubi share link');
    expect(allProblems(problems)).toEqual([]);
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { allProblems, useBrowser } from './support/browser';
import { appPath, conceptPanel, waitForMap } from './support/map';

// Explorer issue: find a concept without the mouse: `/` opens search, arrows choose, Enter opens.
const { openPage } = useBrowser();

async function openSearch(page: Page) {
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the concepts' });
  await dialog.waitFor();
  return dialog;
}

describe('searching with the keyboard', () => {
  test('/ opens search with the input focused; Enter opens the first match', async () => {
    const { page, problems } = await openPage('/kubernetes');
    await waitForMap(page);
    const dialog = await openSearch(page);
    const input = dialog.getByRole('combobox', { name: 'Search' });
    expect(await input.evaluate((element) => element === document.activeElement)).toBe(true);

    await page.keyboard.type('envoy');
    await dialog.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');

    await conceptPanel(page, 'Envoy').waitFor();
    expect(appPath(page)).toBe('/kubernetes/node/envoy');
    expect(await dialog.count()).toBe(0);
    expect(allProblems(problems)).toEqual([]);
  });

  test('arrow keys choose another match, and Enter opens that one', async () => {
    const { page, problems } = await openPage('/kubernetes');
    await waitForMap(page);
    const dialog = await openSearch(page);
    await page.keyboard.type('ingress');
    const options = dialog.getByRole('option');
    await options.nth(1).waitFor();

    await page.keyboard.press('ArrowDown');
    const chosen = dialog.getByRole('option', { selected: true });
    expect(await chosen.count()).toBe(1);
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    const label = await chosen.locator('.search-result-label').textContent();

    await page.keyboard.press('Enter');
    await conceptPanel(page, label ?? '').waitFor();
    expect(await dialog.count()).toBe(0);
    expect(allProblems(problems)).toEqual([]);
  });

  test('Escape closes search and leaves the URL alone', async () => {
    const { page } = await openPage('/kubernetes/node/pod');
    await waitForMap(page);
    const dialog = await openSearch(page);
    await page.keyboard.type('helm');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(appPath(page)).toBe('/kubernetes/node/pod');
  });
});

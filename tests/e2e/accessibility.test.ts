import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { allProblems, useBrowser } from './support/browser';
import { waitForMap } from './support/map';

// Explorer issue: no serious or critical axe-core violations on the explorer's screens.
const { openPage } = useBrowser();

/**
 * Runs axe-core in the page. Its source is evaluated through the DevTools protocol rather than
 * page.addScriptTag: an inline <script> would be blocked by the app's own Content Security
 * Policy, and we do not want to weaken the CSP under test.
 */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, {
      resultTypes: ['violations'],
    }),
  );
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ` +
        violation.nodes.map((node) => node.target.join(' ')).join(', '),
    );
}

describe('axe-core finds no serious or critical problems', () => {
  test('on the whole map', async () => {
    const { page, problems } = await openPage('/kubernetes');
    await waitForMap(page);
    expect(await seriousViolations(page)).toEqual([]);
    expect(allProblems(problems)).toEqual([]);
  });

  test('on a concept with text, links and relations', async () => {
    const { page, problems } = await openPage('/kubernetes/node/ingress');
    await waitForMap(page);
    expect(await seriousViolations(page)).toEqual([]);
    expect(allProblems(problems)).toEqual([]);
  });

  test('with the search dialog open', async () => {
    const { page } = await openPage('/kubernetes');
    await waitForMap(page);
    await page.keyboard.press('/');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.type('pod');
    await page.getByRole('option').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('in the dark theme on a phone', async () => {
    const { page } = await openPage('/kubernetes/node/service', {
      viewport: { width: 390, height: 844 },
    });
    await waitForMap(page);
    await page.keyboard.press('t');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('on a page that does not exist', async () => {
    const { page } = await openPage('/nowhere/at/all');
    await page.getByRole('heading', { name: 'Not found' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { allProblems, useBrowser } from './support/browser';

// Issue 11: axe-core finds no serious or critical violation on any presenting screen (the
// stage, its overview, its go-to dialog, the speaker view), in the dark and the light theme.
const { openPage } = useBrowser();

const FULL_HD = { width: 1920, height: 1080 };

/** axe-core run in the page through the DevTools protocol (an inline script would hit the CSP). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }),
  );
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ` +
        violation.nodes.map((node) => node.target.join(' ')).join(', '),
    );
}

async function openStage(path: string, theme: 'light' | 'dark') {
  const opened = await openPage(path, { viewport: FULL_HD });
  await opened.page.locator('[data-stage-card], .speaker, .handout').first().waitFor();
  const current = await opened.page.evaluate(() => document.documentElement.dataset.theme);
  if (current !== theme) await opened.page.keyboard.press('t');
  await opened.page.waitForFunction(
    (wanted) => document.documentElement.dataset.theme === wanted,
    theme,
  );
  return opened;
}

describe.each(['light', 'dark'] as const)(
  'axe-core on the presenting screens, %s theme',
  (theme) => {
    test('the stage on a step, with its controls shown', async () => {
      const { page, problems } = await openStage('/kubernetes/present/architecture/ingress', theme);
      await page.mouse.move(400, 400);
      await page.mouse.move(420, 420);
      await page.locator('.stage-controls[data-shown="true"]').waitFor();
      // The controls fade in (200 ms): measured half-faded, their contrast would be half too.
      await page.waitForFunction(
        () => getComputedStyle(document.querySelector('.stage-controls')!).opacity === '1',
      );
      expect(await seriousViolations(page)).toEqual([]);
      expect(allProblems(problems)).toEqual([]);
    });

    test('the title, a question, a card with code and a long address, the closing', async () => {
      for (const path of [
        '/lecture/present/recall/pod?slide=title',
        '/lecture/present/recall/service',
        '/lecture/present/recall/network-policy?part=2',
        '/lecture/present/recall/dns?slide=end',
      ]) {
        const { page } = await openStage(path, theme);
        expect(await seriousViolations(page), path).toEqual([]);
      }
    });

    test('the overview', async () => {
      const { page } = await openStage('/kubernetes/present/architecture/pod', theme);
      await page.keyboard.press('o');
      await page.getByText('Overview of the whole map', { exact: false }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the go-to dialog, with results', async () => {
      const { page } = await openStage('/kubernetes/present/architecture/pod', theme);
      await page.keyboard.press('g');
      await page.getByRole('dialog').waitFor();
      await page.keyboard.type('ingress');
      await page.getByRole('option').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the help dialog', async () => {
      const { page } = await openStage('/kubernetes/present/architecture/pod', theme);
      await page.keyboard.press('?');
      await page.getByRole('dialog').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the speaker view', async () => {
      const { page, problems } = await openStage('/lecture/speaker/recall/pod', theme);
      await page.getByRole('region', { name: 'Now' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      expect(allProblems(problems)).toEqual([]);
    });
  },
);

// The handout is a page for paper: it has the app's theme but no theme key of its own.
test('axe-core on the quiz handout', async () => {
  const { page } = await openPage('/lecture/handout/recall', { viewport: FULL_HD });
  await page.getByRole('region', { name: 'Answers' }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
});

import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { mapPalette } from '../../src/graph/themes';
import { allProblems, PATIENCE, useBrowser } from './support/browser';
import { appPath, waitForMap } from './support/map';

// Study mode (issue 12) in the production build on a strict static host: a session driven by
// keys, its state kept across a reload, and the explorer's knowledge overlay.
const { openPage } = useBrowser();

/** The number in "17 due (17 new)". */
async function dueCount(page: Page): Promise<number> {
  const text = (await page.locator('.study-due').textContent()) ?? '';
  const count = /^(\d+)/.exec(text.trim())?.[1];
  if (count === undefined) throw new Error(`no due count in "${text}"`);
  return Number(count);
}

/** The concept id of the card the URL names (`/kubernetes/study/<id>`). */
function cardId(page: Page): string {
  return appPath(page).replace('/kubernetes/study/', '');
}

/** A node's drawn fill and label, through the test-only handle on Cytoscape. */
function nodeLook(page: Page, id: string): Promise<{ fill: string; label: string }> {
  return page.evaluate((nodeId) => {
    const node = window.__musubiCy!.getElementById(nodeId);
    return { fill: String(node.style('background-color')), label: String(node.style('label')) };
  }, id);
}

/** `#fef9c3` as Cytoscape reports a colour: `rgb(254,249,195)`. */
function rgb(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${value >> 16},${(value >> 8) & 255},${value & 255})`;
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }),
  );
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} at ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

describe('studying the seed map', () => {
  test('Space reveals, 3 rates Good, the due count falls, and a reload finds the same state', async () => {
    const { page, problems } = await openPage('/kubernetes/study');
    await page.waitForURL(/\/kubernetes\/study\/[^/]+$/, PATIENCE);
    await page.getByRole('button', { name: /Show answer/ }).waitFor();
    await waitForMap(page);
    const first = cardId(page);
    const before = await dueCount(page);
    expect(before).toBeGreaterThan(1);
    // "Name it": the concept's name is hidden on the map until the answer shows.
    await expect.poll(async () => (await nodeLook(page, first)).label, PATIENCE).toBe('?');

    await page.keyboard.press(' ');
    await page.getByRole('group', { name: 'How well did you know it?' }).waitFor();
    await expect.poll(async () => (await nodeLook(page, first)).label, PATIENCE).not.toBe('?');

    await page.keyboard.press('3');
    await expect.poll(() => dueCount(page), PATIENCE).toBe(before - 1);
    await expect.poll(() => cardId(page), PATIENCE).not.toBe(first);
    const second = cardId(page);

    // The card's own URL reloads (a page exists for it) and the progress is still there.
    const reload = await page.reload({ waitUntil: 'load' });
    expect(reload?.status()).toBe(200);
    await page.getByRole('button', { name: /Show answer/ }).waitFor();
    expect(cardId(page)).toBe(second);
    await expect.poll(() => dueCount(page), PATIENCE).toBe(before - 1);
    expect(allProblems(problems)).toEqual([]);
  });

  test('the knowledge overlay colours a reviewed concept differently from a new one', async () => {
    const { page, problems } = await openPage('/kubernetes/study');
    await page.getByRole('button', { name: /Show answer/ }).waitFor();
    const reviewed = cardId(page);
    await page.keyboard.press('Enter');
    await page.keyboard.press('3');
    await expect.poll(() => cardId(page), PATIENCE).not.toBe(reviewed);
    const fresh = cardId(page);

    await page.keyboard.press('Escape'); // back to the map, the overlay on
    await page.waitForURL(/\/kubernetes\/?\?overlay=knowledge$/, PATIENCE);
    await waitForMap(page);
    const colours = mapPalette('light').knowledge;
    expect(colours.learning.fill).not.toBe(colours.new.fill);
    await expect
      .poll(async () => (await nodeLook(page, reviewed)).fill, PATIENCE)
      .toBe(rgb(colours.learning.fill));
    expect((await nodeLook(page, fresh)).fill).toBe(rgb(colours.new.fill));
    const legend = page.getByRole('list', { name: 'How well you know each concept' });
    await expect.poll(async () => legend.getByText(/Learning\s*1/).count(), PATIENCE).toBe(1);

    // Off again: the concepts are drawn in the map's own colours.
    await page.getByRole('button', { name: 'Knowledge' }).click();
    await page.waitForURL(/\/kubernetes\/?$/, PATIENCE);
    await expect
      .poll(async () => (await nodeLook(page, reviewed)).fill, PATIENCE)
      .not.toBe(rgb(colours.learning.fill));
    expect(allProblems(problems)).toEqual([]);
  });

  test('axe-core finds no serious problem on the study screen, before and after the answer', async () => {
    const { page } = await openPage('/kubernetes/study');
    await page.getByRole('button', { name: /Show answer/ }).waitFor();
    await waitForMap(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press(' ');
    await page.getByRole('group', { name: 'How well did you know it?' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

import { expect, test } from 'vitest';
import { allProblems, useBrowser } from './support/browser';
import { waitForMap } from './support/map';

// Explorer issue, "Comfort": light and dark themes, a toggle, remembered. The canvas is drawn
// by Cytoscape, not CSS, so check the colours it actually uses for a node's label.
const { openPage } = useBrowser();

const labelColour = () =>
  window.__musubiCy!.getElementById('pod').style('color') as unknown as string;

test('the toggle recolours the map itself, and the choice survives a reload', async () => {
  const { page, problems } = await openPage('/kubernetes/node/pod');
  await waitForMap(page);
  const light = await page.evaluate(labelColour);

  await page.keyboard.press('t');
  await page.waitForFunction((before) => {
    const cy = window.__musubiCy;
    return cy !== undefined && cy.getElementById('pod').style('color') !== before;
  }, light);
  const dark = await page.evaluate(labelColour);
  expect(dark).not.toBe(light);

  await page.reload();
  await waitForMap(page);
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  expect(await page.evaluate(labelColour)).toBe(dark);
  expect(allProblems(problems)).toEqual([]);
});

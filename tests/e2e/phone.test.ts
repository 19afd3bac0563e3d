import { describe, expect, test } from 'vitest';
import { allProblems, useBrowser } from './support/browser';
import { conceptPanel, waitForMap } from './support/map';

// Explorer issue: on a phone the concept panel is a bottom sheet under the map, not a column.
const { openPage } = useBrowser();
const PHONE = { width: 390, height: 844 };

describe('on a phone (390×844)', () => {
  test('the panel is a bottom sheet below a visible map', async () => {
    const { page, problems } = await openPage('/kubernetes/node/pod', { viewport: PHONE });
    await waitForMap(page);
    const panel = conceptPanel(page, 'Pod');
    const canvas = page.getByRole('img', { name: 'Concept map' });

    const sheet = await panel.boundingBox();
    const map = await canvas.boundingBox();
    if (!sheet || !map) throw new Error('panel or map is not displayed');
    expect(map.height).toBeGreaterThan(100);
    // Below the map, across the full width, and starting on screen.
    expect(sheet.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
    expect(sheet.width).toBeGreaterThan(PHONE.width * 0.9);
    expect(sheet.y).toBeLessThan(PHONE.height);
    expect(await panel.getByRole('heading', { name: 'Pod' }).isVisible()).toBe(true);
    // Nothing wider than the phone: no sideways scrolling.
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(PHONE.width);

    expect(allProblems(problems)).toEqual([]);
  });
});

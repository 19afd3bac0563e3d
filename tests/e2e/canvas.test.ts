import { describe, expect, test } from 'vitest';
import { allProblems, useBrowser } from './support/browser';
import { appPath, clickNode, conceptPanel, waitForMap } from './support/map';

// Explorer issue: clicking a concept on the map selects it; the URL names it, so the browser's
// back and forward buttons walk through what the user looked at.
const { openPage } = useBrowser();

describe('clicking the map', () => {
  test('a click on a node opens its panel and puts it in the URL', async () => {
    // Reduced motion: the camera jumps instead of gliding, so node positions are final at once.
    const { page, problems } = await openPage('/kubernetes', { reducedMotion: true });
    await waitForMap(page);

    await clickNode(page, 'pod');
    await conceptPanel(page, 'Pod').waitFor();
    expect(appPath(page)).toBe('/kubernetes/node/pod');
    expect(await page.title()).toContain('Pod');

    await waitForMap(page);
    await clickNode(page, 'deployment');
    await conceptPanel(page, 'Deployment').waitFor();
    expect(appPath(page)).toBe('/kubernetes/node/deployment');

    expect(allProblems(problems)).toEqual([]);
  });

  test('back and forward move between the selected concepts', async () => {
    const { page, problems } = await openPage('/kubernetes', { reducedMotion: true });
    await waitForMap(page);
    await clickNode(page, 'service');
    await conceptPanel(page, 'Service').waitFor();
    await waitForMap(page);
    await clickNode(page, 'ingress');
    await conceptPanel(page, 'Ingress').waitFor();

    await page.goBack();
    await conceptPanel(page, 'Service').waitFor();
    expect(appPath(page)).toBe('/kubernetes/node/service');

    await page.goBack();
    await page.getByText('Click a concept or press / to search.').waitFor();
    expect(appPath(page)).toBe('/kubernetes');

    await page.goForward();
    await conceptPanel(page, 'Service').waitFor();
    await page.goForward();
    await conceptPanel(page, 'Ingress').waitFor();
    expect(appPath(page)).toBe('/kubernetes/node/ingress');

    expect(allProblems(problems)).toEqual([]);
  });
});

import { describe, expect, inject, test } from 'vitest';
import { allProblems, useBrowser } from './support/browser';
import { appPath, conceptPanel, waitForMap } from './support/map';

// Explorer issue: a shared link to a concept opens that concept, on a static host with no
// rewrite rules, at the site root and under a sub-path.
const { openPage } = useBrowser();

describe('opening a concept by its URL', () => {
  test('/kubernetes/node/ingress shows Ingress with its text and links', async () => {
    const { page, response, problems } = await openPage('/kubernetes/node/ingress');
    expect(response?.status()).toBe(200);
    const panel = conceptPanel(page, 'Ingress');
    await expect(panel.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Ingress');
    await expect(panel.textContent()).resolves.toContain('HTTPロードバランサのルール');

    const reference = panel.getByRole('link', { name: 'Ingress', exact: true });
    expect(await reference.getAttribute('href')).toBe(
      'https://kubernetes.io/docs/concepts/services-networking/ingress/',
    );
    expect(await reference.getAttribute('target')).toBe('_blank');
    expect(await reference.getAttribute('rel')).toContain('noopener');

    // The memo says Ingress works through an Ingress Controller: the panel links there.
    await panel.getByRole('link', { name: 'Ingress Controller', exact: true }).first().click();
    await conceptPanel(page, 'Ingress Controller').waitFor();
    expect(appPath(page)).toBe('/kubernetes/node/ingress-controller');

    await waitForMap(page);
    expect(allProblems(problems)).toEqual([]);
  });

  test('a Japanese concept id works percent-encoded, as browsers send it', async () => {
    const { page, response, problems } = await openPage(
      `/kubernetes/node/${encodeURIComponent('コンテキスト')}`,
    );
    expect(response?.status()).toBe(200);
    await expect(conceptPanel(page, 'コンテキスト').textContent()).resolves.toContain(
      '複数のコンテキストを作成可能',
    );
    expect(allProblems(problems)).toEqual([]);
  });

  test('an unknown concept says so inside the map, with the status of a missing page', async () => {
    const { page, response } = await openPage('/kubernetes/node/no-such-concept');
    expect(response?.status()).toBe(404);
    await expect(
      page.getByRole('complementary', { name: 'Not found' }).textContent(),
    ).resolves.toContain('no-such-concept');
  });

  test('the build for a sub-path (base /sub/) serves its deep links too', async () => {
    const baseUrl = inject('subBaseUrl');
    const { page, response, problems } = await openPage('/kubernetes/node/pod', { baseUrl });
    expect(response?.status()).toBe(200);
    await conceptPanel(page, 'Pod').waitFor();
    await waitForMap(page);
    expect(new URL(page.url()).pathname).toMatch(/^\/sub\/kubernetes\/node\/pod\/?$/);
    expect(allProblems(problems)).toEqual([]);
  });
});

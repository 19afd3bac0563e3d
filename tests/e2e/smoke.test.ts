import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { allProblems, appUrl, PATIENCE, useBrowser } from './support/browser';

// The first promise of the build: the app loads from a plain static host, and every node has a
// real file behind its URL (no SPA fallback needed).
const { openPage } = useBrowser();

describe('the production build on a strict static host', () => {
  test('/kubernetes loads the app without console errors', async () => {
    const { page, response, problems } = await openPage('/kubernetes');
    expect(response?.status()).toBe(200);
    await page.locator('#root > *').first().waitFor();
    expect(allProblems(problems)).toEqual([]);
  });

  test('/ goes straight into the only map of a site with one map', async () => {
    const { page, problems } = await openPage('/', { baseUrl: inject('subBaseUrl') });
    await page.waitForURL(/\/sub\/kubernetes$/);
    expect(allProblems(problems)).toEqual([]);
  });

  test('/ lists the maps of a site with several, each linking to its map', async () => {
    const { page, problems } = await openPage('/');
    const list = page.getByRole('main');
    await expect.poll(() => list.getByRole('link').count(), PATIENCE).toBe(3);
    await list.getByRole('link', { name: /Kubernetes関連メモ/ }).click();
    await page.waitForURL(/\/kubernetes$/);
    expect(allProblems(problems)).toEqual([]);
  });

  test('/kubernetes/node/pod/ is a real file whose <title> names Pod', async () => {
    const response = await fetch(appUrl('/kubernetes/node/pod/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toMatch(/<title>[^<]*Pod[^<]*<\/title>/);
  });

  test('an unknown path gets the built 404.html with status 404', async () => {
    const response = await fetch(appUrl('/no-such-map/anywhere'));
    expect(response.status).toBe(404);
    const notFoundPage = await readFile(join(inject('distDir'), '404.html'), 'utf8');
    expect(await response.text()).toBe(notFoundPage);
  });

  test('the 404 page starts the app, which says the address leads nowhere', async () => {
    const { page, response } = await openPage('/no-such-map/anywhere');
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { name: 'Not found' }).waitFor();
    await page.getByText('This address does not lead anywhere.').waitFor();
  });
});

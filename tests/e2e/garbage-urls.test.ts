import { describe, expect, test } from 'vitest';
import { allProblems, useBrowser, type OpenedPage } from './support/browser';

// Whatever a user types or a broken link sends, the app answers with its not-found view (what
// was asked for, the nearest real names, a way back), never a blank page or an uncaught error.
// The host serves 404.html for all of these (no file has such a name), and the app boots there.
const { openPage } = useBrowser();

/** Chromium logs the document's own 404 status; that is the host's answer, not an app error. */
function appProblems({ problems, response }: OpenedPage): string[] {
  const documentUrl = response?.url();
  return allProblems(problems).filter(
    (problem) =>
      !(
        response?.status() === 404 &&
        problem.startsWith(
          'console: Failed to load resource: the server responded with a status of 404',
        ) &&
        problem.endsWith(`(${documentUrl})`)
      ),
  );
}

describe('a garbage concept id in a real map', () => {
  test.each([
    ['bad percent-encoding', '/kubernetes/node/%E0%A4%A'],
    ['a 10,000-character id', `/kubernetes/node/${'x'.repeat(10_000)}`],
    ['dot segments hidden in encoded slashes', '/kubernetes/node/..%2F..%2F..%2Fetc%2Fpasswd'],
    ['an encoded slash', '/kubernetes/node/a%2Fb'],
    ['three dots (not a dot segment, so the browser keeps it)', '/kubernetes/node/...'],
    ['script-looking text', '/kubernetes/node/%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
  ])('%s: not found beside the map, with a way back', async (_case, path) => {
    const opened = await openPage(path);
    const { page, problems } = opened;
    const notFound = page.getByRole('complementary', { name: 'Not found' });
    await notFound.getByRole('heading', { name: 'Not found' }).waitFor();
    await notFound.getByRole('link', { name: 'Back to the whole map' }).waitFor();
    // The map is still there around it.
    await page.getByRole('button', { name: 'Search' }).waitFor();
    expect(problems.pageErrors).toEqual([]);
    expect(appProblems(opened)).toEqual([]);
  });

  test('a near miss suggests the concept that was meant', async () => {
    const opened = await openPage('/kubernetes/node/podd');
    const { page } = opened;
    const notFound = page.getByRole('complementary', { name: 'Not found' });
    await notFound.getByRole('link', { name: 'Pod', exact: true }).click();
    await page.getByRole('complementary', { name: 'Pod', exact: true }).waitFor();
    expect(appProblems(opened)).toEqual([]);
  });

  test('`..` after a concept is resolved by the browser before any request: the map shows', async () => {
    const opened = await openPage('/kubernetes/node/pod/../..');
    const { page } = opened;
    // The browser resolves the dots; the app then drops the trailing slash of /kubernetes/.
    expect(new URL(page.url()).pathname).toMatch(/^\/kubernetes\/?$/);
    await page.getByRole('button', { name: 'Search' }).waitFor();
    expect(appProblems(opened)).toEqual([]);
  });
});

describe('an address outside any map', () => {
  test('an unknown map suggests the closest map', async () => {
    const opened = await openPage('/kubernete/node/pod');
    const { page } = opened;
    await page.getByRole('heading', { name: 'Not found' }).waitFor();
    await page.getByText('There is no map “kubernete”.').waitFor();
    await page
      .getByRole('link', { name: /Kubernetes/ })
      .first()
      .waitFor();
    expect(appProblems(opened)).toEqual([]);
  });

  test.each([
    ['a 10,000-character map name', `/${'m'.repeat(10_000)}`],
    ['bad percent-encoding in the map name', '/%E0%A4%A/node/pod'],
    ['too many segments', '/kubernetes/node/pod/extra/segments'],
  ])('%s: not found with a way back to the maps', async (_case, path) => {
    const opened = await openPage(path);
    const { page, problems } = opened;
    await page.getByRole('heading', { name: 'Not found' }).waitFor();
    await page.getByRole('link', { name: 'Back to the list of maps' }).waitFor();
    expect(problems.pageErrors).toEqual([]);
    expect(appProblems(opened)).toEqual([]);
  });
});

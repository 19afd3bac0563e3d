import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { describe, expect, test } from 'vitest';
import { App } from '../../../src/App';
import { openFiles } from '../../../src/local/open-notes';
import { memoryLibrary, type LocalLibrary } from '../../../src/local/store';
import type { LocalMapsServices } from '../../../src/ui/LocalMaps/local-maps-context';
import { createAppRoutes } from '../../../src/ui/routes';
import { sourceOf } from '../fixtures/build';
import { kubernetesMini } from '../fixtures/kubernetes-mini';
import { inThreadBuilder } from '../../support/in-thread-builder';
import { createFakeAdapter } from '../support/fake-adapter';
import { currentUrl } from '../support/render-app';

// Notes opened in the browser on the app's own screens: the same explorer, presenting and
// not-found views as bundled maps, under /local/<name>/…, reading a library in memory here.
const NOTES = `Small notes
===========

Pod
   The smallest unit. See Service.

Service
   Reaches a Pod.
`;

async function libraryWithSmallNotes(): Promise<LocalLibrary> {
  const library = memoryLibrary();
  const file = { path: 'small.rst', file: new Blob([NOTES]) };
  await openFiles([file], { library, builder: inThreadBuilder() });
  return library;
}

async function renderLocal(url: string, library: LocalLibrary) {
  window.localStorage.clear();
  const services: LocalMapsServices = {
    library,
    builder: inThreadBuilder(),
    siteUrl: 'https://musubi.example/',
    broken: false,
    drawReady: Promise.resolve(),
  };
  const router = createMemoryRouter(createAppRoutes(services), { initialEntries: [url] });
  render(
    <App source={sourceOf(kubernetesMini)} adapter={createFakeAdapter().adapter} router={router} />,
  );
  await screen.findByRole('main');
  return { router, user: userEvent.setup() };
}

describe('a map opened in the browser', () => {
  test('has deep links of its own: its concepts link within /local/<name>/', async () => {
    const { router, user } = await renderLocal(
      '/local/small/node/pod',
      await libraryWithSmallNotes(),
    );
    const panel = await screen.findByRole('complementary', { name: 'Pod' });
    const links = within(panel).getAllByRole('link', { name: 'Service' });
    for (const link of links) expect(link).toHaveAttribute('href', '/local/small/node/service');
    await user.click(links[0]!);
    await screen.findByRole('complementary', { name: 'Service' });
    expect(currentUrl(router)).toBe('/local/small/node/service');
  });

  test('presents its tour like a bundled map', async () => {
    const { router, user } = await renderLocal(
      '/local/small/node/pod',
      await libraryWithSmallNotes(),
    );
    await user.click(await screen.findByRole('link', { name: /Present/ }));
    await waitFor(() => expect(currentUrl(router)).toBe('/local/small/present/pod'));
    await screen.findByRole('heading', { level: 1, name: 'Pod' });
  });

  test('offers Share in its header; a bundled map does not', async () => {
    const library = await libraryWithSmallNotes();
    await renderLocal('/local/small', library);
    const header = await screen.findByRole('banner');
    await within(header).findByRole('button', { name: 'Share' });
    expect(within(header).getByRole('button', { name: 'Open notes…' })).toBeEnabled();
  });

  test('a bundled map offers Open notes… but nothing to share', async () => {
    await renderLocal('/kubernetes', await libraryWithSmallNotes());
    const header = await screen.findByRole('banner');
    await within(header).findByRole('button', { name: 'Open notes…' });
    expect(within(header).queryByRole('button', { name: 'Share' })).toBeNull();
  });

  test('a name nobody kept is not found, with the kept maps as suggestions', async () => {
    await renderLocal('/local/smal', await libraryWithSmallNotes());
    await screen.findByText('There is no map “smal”.');
    expect(await screen.findByRole('link', { name: /Small notes/ })).toHaveAttribute(
      'href',
      '/local/small',
    );
  });
});

describe('the list of maps opened in this browser', () => {
  test('shows each with its concepts, size and date, apart from the bundled maps', async () => {
    const library = await libraryWithSmallNotes();
    await renderLocal('/local', library);
    const list = await screen.findByRole('region', { name: 'Notes opened in this browser' });
    const item = await within(list).findByRole('listitem');
    expect(within(item).getByRole('link', { name: 'Small notes' })).toHaveAttribute(
      'href',
      '/local/small',
    );
    expect(item).toHaveTextContent('3 concepts');
    expect(item).toHaveTextContent(/0\.1\skB/);
    expect(item).toHaveTextContent(/saved /);
  });

  test('opening a file through the dialog lands on its map', async () => {
    const library = memoryLibrary();
    const { router, user } = await renderLocal('/local', library);
    await user.click(await screen.findByRole('button', { name: 'Open notes…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Open your notes' });
    await user.upload(within(dialog).getByLabelText('Notes files'), new File([NOTES], 'small.rst'));
    await waitFor(() => expect(currentUrl(router)).toBe('/local/small'));
    expect((await library.list()).map((map) => map.name)).toEqual(['small']);
  });

  test('a file that is not UTF-8 is named in the dialog and nothing is kept', async () => {
    const library = memoryLibrary();
    const { router, user } = await renderLocal('/local', library);
    await user.click(await screen.findByRole('button', { name: 'Open notes…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Open your notes' });
    const latin1 = new File([Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0a])], 'cafe.rst');
    await user.upload(within(dialog).getByLabelText('Notes files'), latin1);
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      'cafe.rst is not UTF-8 text (the first wrong byte is on line 1)',
    );
    expect(currentUrl(router)).toBe('/local');
    await expect(library.list()).resolves.toEqual([]);
  });
});

import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import type { MapSource } from '../../src/graph/map-bundle';
import { kubernetesMini } from './fixtures/kubernetes-mini';
import { sourceOf } from './fixtures/build';
import { renderApp } from './support/render-app';

// What the build puts in the catalogue for a notes file it could not read (load-bundles.ts).
const MESSAGE =
  'data/latin.rst: not valid UTF-8 (byte 0xe9 at offset 3, line 1); save the notes as UTF-8';

function withUnreadableMap(): MapSource {
  const source = sourceOf(kubernetesMini);
  return {
    catalogue: [...source.catalogue, { id: 'latin', title: 'latin', nodeCount: 0, error: MESSAGE }],
    loadMap: source.loadMap,
  };
}

test('opening a map the build could not read shows the message naming the file', async () => {
  await renderApp('/latin', withUnreadableMap());
  const alert = screen.getByRole('alert');
  expect(
    within(alert).getByRole('heading', { name: 'The map “latin” could not be read' }),
  ).toBeInTheDocument();
  expect(within(alert).getByText(MESSAGE)).toBeInTheDocument();
  expect(within(alert).getByRole('link', { name: 'Back to the list of maps' })).toHaveAttribute(
    'href',
    '/',
  );
  expect(screen.queryByText(/There is no map/)).toBeNull();
});

test('a deep link into it says the same, not "no such concept"', async () => {
  await renderApp('/latin/node/pod', withUnreadableMap());
  expect(screen.getByText(MESSAGE)).toBeInTheDocument();
});

test('the list of maps shows the message in place of the concept count', async () => {
  await renderApp('/', withUnreadableMap());
  const item = screen.getByRole('link', { name: 'latin' }).closest('li')!;
  expect(within(item).getByText(MESSAGE)).toBeInTheDocument();
  expect(within(item).queryByText(/concepts/)).toBeNull();
  const healthy = screen.getByRole('link', { name: kubernetesMini.title }).closest('li')!;
  expect(within(healthy).getByText(/concepts/)).toBeInTheDocument();
});

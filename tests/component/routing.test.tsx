import { act, screen, waitFor, within } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { emptyMap, kubernetesMini } from './fixtures/kubernetes-mini';
import { sourceOf } from './fixtures/build';
import { currentUrl, renderApp } from './support/render-app';

test('an alias in the URL is replaced by the node’s own id', async () => {
  const { router } = await renderApp('/kubernetes/node/Svc');
  expect(await screen.findByRole('heading', { level: 2, name: 'Service' })).toBeInTheDocument();
  expect(currentUrl(router)).toBe('/kubernetes/node/service');
  expect(router.state.historyAction).toBe('REPLACE');
});

test('the label spelled differently (Ｐｏｄ) also leads to the node, keeping the depth', async () => {
  const { router } = await renderApp('/kubernetes/node/%EF%BC%B0%EF%BD%8F%EF%BD%84?depth=1');
  await screen.findByRole('heading', { level: 2, name: 'Pod' });
  expect(currentUrl(router)).toBe('/kubernetes/node/pod?depth=1');
});

test('an unknown node id says not found and suggests the closest names; the map stays', async () => {
  const { user, router, fake } = await renderApp('/kubernetes/node/podd');
  const alert = screen.getByRole('alert');
  expect(within(alert).getByText('There is no concept “podd” in this map.')).toBeInTheDocument();
  const suggestion = within(alert).getByRole('link', { name: 'Pod' });
  expect(fake.live()).toHaveLength(1);
  expect(screen.getByRole('button', { name: 'Search' })).toBeInTheDocument();

  await user.click(suggestion);
  expect(currentUrl(router)).toBe('/kubernetes/node/pod');
  expect(screen.getByRole('heading', { level: 2, name: 'Pod' })).toBeInTheDocument();
});

test.each([
  ['bad percent-encoding', '/kubernetes/node/%E0%A4%A'],
  ['a 10,000-character id', `/kubernetes/node/${'x'.repeat(10_000)}`],
  ['a parent step', '/kubernetes/node/..'],
  ['an encoded slash', '/kubernetes/node/pod%2F..%2Fservice'],
  ['script-looking text', '/kubernetes/node/%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
])('garbage in the URL (%s) shows not found, never a blank page', async (_name, url) => {
  const { fake } = await renderApp(url);
  expect(screen.getByRole('heading', { name: 'Not found' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Back to the whole map' })).toBeInTheDocument();
  expect(fake.live()).toHaveLength(1);
});

test('an unknown map says so and suggests the closest map', async () => {
  await renderApp('/kubernete/node/pod', sourceOf(kubernetesMini, emptyMap));
  expect(screen.getByText('There is no map “kubernete”.')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Kubernetes関連メモ' })).toHaveAttribute(
    'href',
    '/kubernetes',
  );
});

test('an address no route reads shows not found with a way back', async () => {
  await renderApp('/kubernetes/what/is/this', sourceOf(kubernetesMini, emptyMap));
  expect(screen.getByRole('heading', { name: 'Not found' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Back to the list of maps' })).toHaveAttribute(
    'href',
    '/',
  );
});

test('/ lists the maps', async () => {
  await renderApp('/', sourceOf(kubernetesMini, emptyMap));
  expect(screen.getByRole('link', { name: 'Empty notes' })).toHaveAttribute('href', '/empty');
});

test('/ opens the only map', async () => {
  const only = await renderApp('/');
  expect(currentUrl(only.router)).toBe('/kubernetes');
});

test('a map without concepts says so', async () => {
  await renderApp('/empty', sourceOf(kubernetesMini, emptyMap));
  expect(screen.getByText(/This map has no concepts yet/)).toBeInTheDocument();
});

test('back and forward restore the selection exactly', async () => {
  const { user, router, fake } = await renderApp('/kubernetes');
  act(() => fake.current().options.onSelect('pod' as never));
  await screen.findByRole('heading', { level: 2, name: 'Pod' });
  await user.click(screen.getByRole('link', { name: '1 step' }));
  expect(currentUrl(router)).toBe('/kubernetes/node/pod?depth=1');

  await act(() => router.navigate(-1));
  expect(currentUrl(router)).toBe('/kubernetes/node/pod');
  expect(screen.getByRole('link', { name: 'All' })).toHaveAttribute('aria-current', 'true');
  await act(() => router.navigate(-1));
  expect(currentUrl(router)).toBe('/kubernetes');
  expect(screen.queryByRole('heading', { level: 2, name: 'Pod' })).toBeNull();
  expect(fake.current().handle.select).toHaveBeenLastCalledWith(null);
  await act(() => router.navigate(1));
  expect(screen.getByRole('heading', { level: 2, name: 'Pod' })).toBeInTheDocument();
  expect(fake.current().handle.select).toHaveBeenLastCalledWith('pod');
});

test('a rendering failure shows what happened and a link back', async () => {
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
  await renderApp('/kubernetes/node/pod', sourceOf(kubernetesMini), (adapter) => ({
    ...adapter,
    createConceptMap: () => {
      throw new Error('canvas exploded');
    },
  }));
  expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
  expect(screen.getByText('canvas exploded')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Back to the start page' })).toHaveAttribute('href', '/');
  quiet.mockRestore();
});

test('a trailing slash (as static hosts redirect to) is dropped, keeping the query', async () => {
  const { router } = await renderApp('/kubernetes/node/pod/?depth=1');
  await waitFor(() => expect(currentUrl(router)).toBe('/kubernetes/node/pod?depth=1'));
  expect(screen.getByRole('heading', { name: 'Pod', level: 2 })).toBeInTheDocument();
});

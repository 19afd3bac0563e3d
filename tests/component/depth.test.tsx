import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { currentUrl, renderApp } from './support/render-app';

test('the depth filter updates the URL and shows only the neighbourhood', async () => {
  const { user, router, fake } = await renderApp('/kubernetes/node/pod');
  expect(fake.current().handle.setVisible).toHaveBeenLastCalledWith(null);

  await user.click(screen.getByRole('link', { name: '1 step' }));
  expect(currentUrl(router)).toBe('/kubernetes/node/pod?depth=1');
  expect(fake.current().handle.setVisible).toHaveBeenLastCalledWith(
    new Set(['pod', '用語的なもの', 'deployment']),
  );

  await user.click(screen.getByRole('link', { name: '2 steps' }));
  expect(currentUrl(router)).toBe('/kubernetes/node/pod?depth=2');
  expect(fake.current().handle.setVisible).toHaveBeenLastCalledWith(
    new Set(['pod', '用語的なもの', 'deployment', 'kubernetes関連メモ', 'service', 'ingress']),
  );

  await user.click(screen.getByRole('link', { name: 'All' }));
  expect(currentUrl(router)).toBe('/kubernetes/node/pod');
  expect(fake.current().handle.setVisible).toHaveBeenLastCalledWith(null);
});

test('the depth survives moving to another node, and keys 1 / a set it', async () => {
  const { user, router } = await renderApp('/kubernetes/node/pod?depth=1');
  await user.click(screen.getByRole('link', { name: 'Deployment' }));
  expect(currentUrl(router)).toBe('/kubernetes/node/deployment?depth=1');

  await user.keyboard('a');
  expect(currentUrl(router)).toBe('/kubernetes/node/deployment');
  await user.keyboard('2');
  expect(currentUrl(router)).toBe('/kubernetes/node/deployment?depth=2');
});

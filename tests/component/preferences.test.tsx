import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { renderApp } from './support/render-app';

test('the theme toggle switches light and dark and is remembered', async () => {
  const { user } = await renderApp('/kubernetes');
  const toggle = screen.getByRole('button', { name: 'Dark theme' });
  expect(document.documentElement.dataset.theme).toBe('light');
  expect(toggle).toHaveAttribute('aria-pressed', 'false');

  await user.click(toggle);
  expect(document.documentElement.dataset.theme).toBe('dark');
  expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(window.localStorage.getItem('musubi.theme')).toBe('dark');
});

test('the map follows the theme through the handle', async () => {
  const { user, fake } = await renderApp('/kubernetes');
  await user.keyboard('t');
  expect(fake.current().handle.setTheme).toHaveBeenLastCalledWith('dark');
});

test('the language toggle switches the UI to Japanese and back, and is remembered', async () => {
  const { user } = await renderApp('/kubernetes/node/pod');
  await user.click(screen.getByRole('button', { name: /Switch language to Japanese/ }));

  expect(document.documentElement.lang).toBe('ja');
  expect(screen.getByRole('button', { name: '検索' })).toBeInTheDocument();
  expect(screen.getByRole('list', { name: '所属' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'リンクをコピー' })).toBeInTheDocument();
  expect(window.localStorage.getItem('musubi.language')).toBe('ja');

  await user.click(screen.getByRole('button', { name: /表示言語を英語に切り替える/ }));
  expect(screen.getByRole('button', { name: 'Search' })).toBeInTheDocument();
});

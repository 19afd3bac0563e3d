import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { currentUrl, renderApp } from './support/render-app';

test('“/” opens search; ロードバランサ finds Service and Ingress; arrows and Enter open one', async () => {
  const { user, router } = await renderApp('/kubernetes');
  await user.keyboard('/');

  const dialog = screen.getByRole('dialog', { name: 'Search the concepts' });
  const input = within(dialog).getByRole('combobox', { name: 'Search' });
  expect(input).toHaveFocus();
  await user.type(input, 'ロードバランサ');

  const options = within(dialog).getAllByRole('option');
  const labels = options.map((option) => option.querySelector('.search-result-label')?.textContent);
  expect(labels).toEqual(expect.arrayContaining(['Service', 'Ingress']));
  expect(labels).not.toContain('Deployment'); // ローリング shares only ロー
  // Where it matched, the match highlighted.
  const marks = options.map((option) => option.querySelector('mark')?.textContent);
  expect(marks).toEqual(['ロードバランサ', 'ロードバランサ']);
  expect(options[0]).toHaveAttribute('aria-selected', 'true');

  await user.keyboard('{ArrowDown}');
  expect(options[1]).toHaveAttribute('aria-selected', 'true');
  expect(input).toHaveAttribute('aria-activedescendant', options[1]!.id);
  const picked = labels[1]!;
  await user.keyboard('{Enter}');

  expect(screen.queryByRole('dialog')).toBeNull();
  expect(currentUrl(router)).toBe(`/kubernetes/node/${picked.toLowerCase()}`);
  expect(screen.getByRole('heading', { level: 2, name: picked })).toBeInTheDocument();
});

test('hiragana finds katakana, and Ctrl+K opens search', async () => {
  const { user } = await renderApp('/kubernetes');
  await user.keyboard('{Control>}k{/Control}');
  const input = screen.getByRole('combobox', { name: 'Search' });
  await user.type(input, 'ろーどばらんさ');
  const names = screen.getAllByRole('option').map((option) => option.firstChild?.textContent);
  expect(names).toEqual(expect.arrayContaining(['Service', 'Ingress']));
});

test('names rank before text, aliases are found, and no match says so', async () => {
  const { user } = await renderApp('/kubernetes');
  await user.click(screen.getByRole('button', { name: 'Search' }));
  const input = screen.getByRole('combobox', { name: 'Search' });

  await user.type(input, 'service');
  expect(screen.getAllByRole('option')[0]).toHaveTextContent(/^Service/);
  expect(screen.getAllByRole('option').map((o) => o.firstChild?.textContent)).toContain('Ingress');

  await user.clear(input);
  await user.type(input, 'svc');
  expect(screen.getAllByRole('option')[0]).toHaveTextContent('alias: Svc');

  await user.clear(input);
  await user.type(input, 'zzzz');
  expect(screen.getByText('No concept matches “zzzz”.')).toBeInTheDocument();

  await user.keyboard('{Escape}');
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(screen.getByRole('button', { name: 'Search' })).toHaveFocus();
});

import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { renderApp } from './support/render-app';

test('the panel for Pod shows its text, its links, where it sits and its relations', async () => {
  await renderApp('/kubernetes/node/pod');
  const panel = screen.getByRole('complementary', { name: 'Pod' });

  expect(within(panel).getByRole('heading', { level: 2, name: 'Pod' })).toBeInTheDocument();
  expect(within(panel).getByText('コンテナインスタンス')).toBeInTheDocument();
  expect(within(panel).getByText('spec.containers').tagName).toBe('CODE');

  const link = within(panel).getByRole('link', { name: 'Pods' });
  expect(link).toHaveAttribute('href', 'https://kubernetes.io/docs/concepts/workloads/pods/');
  expect(link).toHaveAttribute('target', '_blank');
  expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  expect(link).toHaveAttribute('title', 'https://kubernetes.io/docs/concepts/workloads/pods/');
  expect(within(panel).getByText(/kubernetes\.io/)).toBeInTheDocument();
  // A javascript: URL in the notes stays plain text.
  expect(within(panel).getByText('evil')).not.toHaveAttribute('href');
  expect(within(panel).queryByRole('link', { name: 'evil' })).toBeNull();

  const where = within(panel).getByRole('navigation', { name: 'Where' });
  expect(within(where).getByRole('link', { name: '用語的なもの' })).toHaveAttribute(
    'href',
    '/kubernetes/node/%E7%94%A8%E8%AA%9E%E7%9A%84%E3%81%AA%E3%82%82%E3%81%AE',
  );

  const partOf = within(panel).getByRole('list', { name: 'Part of' });
  expect(within(partOf).getByRole('link', { name: '用語的なもの' })).toBeInTheDocument();
  const mentionedBy = within(panel).getByRole('list', { name: 'Used by' });
  expect(within(mentionedBy).getByRole('link', { name: 'Deployment' })).toHaveAttribute(
    'href',
    '/kubernetes/node/deployment',
  );

  expect(within(panel).getByText('data/kubernetes.rst:19')).toBeInTheDocument();
  expect(document.title).toBe('Pod — Kubernetes関連メモ');
});

test('a relation link selects that node and the panel follows', async () => {
  const { user, router, fake } = await renderApp('/kubernetes/node/pod');
  const created = fake.maps.length;
  await user.click(screen.getByRole('link', { name: 'Deployment' }));

  expect(router.state.location.pathname).toBe('/kubernetes/node/deployment');
  const panel = screen.getByRole('complementary', { name: 'Deployment' });
  expect(within(panel).getByRole('list', { name: 'Builds on' })).toHaveTextContent('Pod');
  expect(fake.current().handle.select).toHaveBeenLastCalledWith('deployment');
  // Moving between nodes goes through the handle; the map is not created again.
  expect(fake.maps).toHaveLength(created);
});

test('copy link puts the absolute URL on the clipboard and says so', async () => {
  const { user } = await renderApp('/kubernetes/node/pod');
  await user.click(screen.getByRole('button', { name: 'Copy link' }));

  expect(await screen.findByText('Link copied')).toBeInTheDocument();
  expect(await navigator.clipboard.readText()).toBe('http://localhost:3000/kubernetes/node/pod');
});

test('with nothing selected the panel says what to do', async () => {
  await renderApp('/kubernetes');
  expect(screen.getByText('Click a concept or press / to search.')).toBeInTheDocument();
  expect(document.title).toBe('Kubernetes関連メモ');
});

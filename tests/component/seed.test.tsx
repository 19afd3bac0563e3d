import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { createConceptSearch } from '../../src/ui/Search/search-index';
import { sourceOf } from './fixtures/build';
import { seedGraph } from './fixtures/seed';
import { currentUrl, renderApp } from './support/render-app';

const seed = seedGraph();

test('seed: ロードバランサ finds Service and Ingress first', () => {
  const search = createConceptSearch(seed.nodes);
  const top = search
    .search('ロードバランサ')
    .slice(0, 2)
    .map((hit) => hit.id);
  expect(new Set(top)).toEqual(new Set(['service', 'ingress']));
  expect(
    search
      .search('ろーどばらんさ')
      .slice(0, 2)
      .map((hit) => hit.id)
      .sort(),
  ).toEqual(['ingress', 'service']);
});

test('seed: the Pod panel shows its text, place, relations and source line', async () => {
  await renderApp('/kubernetes/node/pod', sourceOf(seed));
  const panel = screen.getByRole('complementary', { name: 'Pod' });
  expect(within(panel).getByText('コンテナインスタンス')).toBeInTheDocument();
  expect(within(panel).getByText('IPアドレスを持つ')).toBeInTheDocument();
  expect(within(panel).getByRole('list', { name: 'Part of' })).toHaveTextContent('用語的なもの');
  expect(within(panel).getByRole('list', { name: 'Used by' })).toHaveTextContent('ReplicaSet');
  expect(within(panel).getByText('data/kubernetes.rst:18')).toBeInTheDocument();
  expect(document.title).toBe('Pod — Kubernetes関連メモ');
});

test('seed: a companion alias in the URL redirects to the concept', async () => {
  const { router } = await renderApp('/kubernetes/node/k8s', sourceOf(seed));
  expect(currentUrl(router)).toBe('/kubernetes/node/kubernetes');
  expect(screen.getByRole('heading', { level: 2, name: 'Kubernetes' })).toBeInTheDocument();
});

test('seed: the Deployment panel renders its link with its domain', async () => {
  await renderApp('/kubernetes/node/deployment', sourceOf(seed));
  const link = screen.getByRole('link', { name: 'KubernetesのWorkloadsリソース(その1)' });
  expect(link).toHaveAttribute('href', 'https://thinkit.co.jp/article/13610/page/1/1');
  expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  expect(screen.getByText('(thinkit.co.jp)')).toBeInTheDocument();
});

import { describe, expect, test } from 'vitest';
import { staticPages } from '../../../src/site/node-pages';
import { buildMap } from '../../../src/notes/pipeline';
import { seedInput } from '../../support/seed';

const INDEX = '<!doctype html><html><head><title>Musubi</title></head><body></body></html>';

describe('static pages for study mode', () => {
  const graph = buildMap(seedInput());
  const pages = staticPages(INDEX, [graph]).pages;
  const paths = pages.map((page) => page.path);

  test('the session and every card have a page, so a reload on a strict static host finds one', () => {
    expect(paths).toContain('kubernetes/study/index.html');
    expect(paths).toContain('kubernetes/study/pod/index.html');
    expect(paths).toContain('kubernetes/study/ingress-controller/index.html');
    // Concepts that are not cards (no text of their own) have none.
    expect(paths).not.toContain('kubernetes/study/用語的なもの/index.html');
  });

  test('a card’s page never names the concept it asks for', () => {
    const html = pages.find((page) => page.path === 'kubernetes/study/replicaset/index.html')!.html;
    expect(html).toContain('<title>Kubernetes関連メモ — study</title>');
    expect(html).not.toMatch(/<title>[^<]*ReplicaSet/);
  });
});

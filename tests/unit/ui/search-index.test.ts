import { expect, test } from 'vitest';
import { createConceptSearch } from '../../../src/ui/Search/search-index';
import { kubernetesMini } from '../../component/fixtures/kubernetes-mini';

const search = createConceptSearch(kubernetesMini.nodes);
const ids = (query: string) => search.search(query).map((hit) => hit.id);

test('Japanese text is found in katakana, hiragana and half-width forms', () => {
  for (const query of ['ロードバランサ', 'ろーどばらんさ', 'ﾛｰﾄﾞﾊﾞﾗﾝｻ']) {
    expect(new Set(ids(query))).toEqual(new Set(['service', 'ingress']));
  }
});

test('names come before text, and the hit says where it matched', () => {
  const hits = search.search('service');
  expect(hits[0]).toEqual({ id: 'service', field: 'label' });
  expect(hits.find((hit) => hit.id === 'ingress')?.field).toBe('text');
  expect(search.search('svc')[0]).toEqual({ id: 'service', field: 'aliases' });
});

test('prefixes match while typing; typos fall back to any term', () => {
  expect(ids('ingr')).toEqual(['ingress']);
  expect(ids('Deploymnet')).toContain('deployment');
  expect(ids('')).toEqual([]);
  expect(ids('!!!')).toEqual([]);
});

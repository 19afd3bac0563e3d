import { expect, test } from 'vitest';
import { parseDepth, parseOutline, viewSearch } from '../../../src/routes/depth';
import { MAX_PARAM_LENGTH, readParam } from '../../../src/routes/params';
import { paths } from '../../../src/routes/paths';

test('hrefs encode every segment and carry the depth', () => {
  expect(paths.home.href()).toBe('/');
  expect(paths.map.href('kubernetes')).toBe('/kubernetes');
  expect(paths.map.href('kubernetes', { depth: 2 })).toBe('/kubernetes?depth=2');
  expect(paths.node.href('kubernetes', 'pod')).toBe('/kubernetes/node/pod');
  expect(paths.node.href('kubernetes', 'pod', { depth: 1 })).toBe('/kubernetes/node/pod?depth=1');
  expect(paths.node.href('kubernetes', 'pod', { depth: 'all' })).toBe('/kubernetes/node/pod');
  expect(paths.node.href('k', 'a/b?c#d')).toBe('/k/node/a%2Fb%3Fc%23d');
  expect(paths.node.href('k', 'コンテキスト')).toBe(
    `/k/node/${encodeURIComponent('コンテキスト')}`,
  );
});

test.each([
  ['?depth=1', 1],
  ['?depth=2', 2],
  ['?depth=all', 'all'],
  ['', 'all'],
  ['?depth=7', 'all'],
  ['?depth=%ZZ', 'all'],
] as const)('parseDepth(%s) = %s', (search, depth) => {
  expect(parseDepth(search)).toBe(depth);
  expect(parseDepth(viewSearch({ depth }))).toBe(depth);
});

test('the outline view is kept in the URL beside the depth, and is off by default', () => {
  expect(paths.node.href('k', 'pod', { outline: true })).toBe('/k/node/pod?view=outline');
  expect(paths.map.href('k', { depth: 1, outline: true })).toBe('/k?depth=1&view=outline');
  expect(parseOutline('?depth=1&view=outline')).toBe(true);
  expect(parseOutline('?view=canvas')).toBe(false);
  expect(parseOutline('')).toBe(false);
});

test('readParam decodes what is left encoded, keeps malformed text and caps length', () => {
  expect(readParam(undefined)).toBe('');
  expect(readParam('pod')).toBe('pod');
  expect(readParam('%E3%83%9D%E3%83%83%E3%83%89')).toBe('ポッド');
  expect(readParam('%E0%A4%A')).toBe('%E0%A4%A');
  expect(readParam('x'.repeat(10_000))).toHaveLength(MAX_PARAM_LENGTH);
});

import { expect, test } from 'vitest';
import { parseOverlay } from '../../../src/routes/depth';
import { paths } from '../../../src/routes/paths';
import { parseStudyAsk, parseStudyScope } from '../../../src/routes/study';

test('study URLs: the session, a card, a section and a direction', () => {
  expect(paths.study.href('kubernetes')).toBe('/kubernetes/study');
  expect(paths.study.cardHref('kubernetes', 'pod')).toBe('/kubernetes/study/pod');
  expect(paths.study.href('kubernetes', { scope: '用語的なもの' })).toBe(
    `/kubernetes/study?scope=${encodeURIComponent('用語的なもの')}`,
  );
  expect(paths.study.cardHref('k', 'a/b', { ask: 'explain', scope: null })).toBe(
    '/k/study/a%2Fb?ask=explain',
  );
  expect(paths.study.href('k', { ask: 'mixed' })).toBe('/k/study');
  expect(paths.study.cardPage('k', 'コンテキスト')).toBe('k/study/コンテキスト/index.html');
});

test('the session reads its scope and direction back from the URL', () => {
  expect(parseStudyScope('?scope=ingress&ask=name')).toBe('ingress');
  expect(parseStudyScope('?scope=')).toBeNull();
  expect(parseStudyAsk('?ask=name')).toBe('name');
  expect(parseStudyAsk('?ask=sideways')).toBe('mixed');
});

test('the knowledge overlay is kept in the explorer’s URL beside the other view options', () => {
  const href = paths.node.href('k', 'pod', { depth: 1, overlay: 'knowledge' });
  expect(href).toBe('/k/node/pod?depth=1&overlay=knowledge');
  expect(parseOverlay(new URL(href, 'http://x').search)).toBe('knowledge');
  expect(parseOverlay('?overlay=heat')).toBeNull();
  expect(paths.map.href('k', { overlay: null })).toBe('/k');
});

import { expect, test } from 'vitest';
import { fold, foldWithOrigin } from '../../../src/ui/Search/fold';
import { tokenize } from '../../../src/ui/Search/tokenize';
import { findSnippet } from '../../../src/ui/Search/snippet';

test.each([
  ['ロードバランサ', 'ろーどばらんさ'],
  ['ろーどばらんさ', 'ろーどばらんさ'],
  ['ﾛｰﾄﾞﾊﾞﾗﾝｻ', 'ろーどばらんさ'], // half-width katakana, voiced marks composed by NFKC
  ['Ｐｏｄ', 'pod'],
  ['POD', 'pod'],
  ['ＩＰアドレス', 'ipあどれす'],
  ['ヴ', 'ゔ'],
  ['Kubernetes関連メモ', 'kubernetes関連めも'],
])('fold(%s) = %s', (input, expected) => {
  expect(fold(input)).toBe(expected);
});

test('foldWithOrigin maps folded characters back to the original text', () => {
  const { folded, origin } = foldWithOrigin('HTTPロード');
  expect(folded).toBe('httpろーど');
  expect(origin).toEqual([0, 1, 2, 3, 4, 5, 6]);
  // NFKC can lengthen a character: ㌔ → キロ (two folded characters from one).
  expect(foldWithOrigin('a㌔b')).toEqual({ folded: 'aきろb', origin: [0, 1, 1, 2] });
});

test.each([
  ['ロードバランサ', ['ろー', 'ーど', 'どば', 'ばら', 'らん', 'んさ']],
  [
    'HTTPロードバランサのルール',
    ['http', 'ろー', 'ーど', 'どば', 'ばら', 'らん', 'んさ', 'さの', 'のる', 'るー', 'ーる'],
  ],
  ['kube-apiserver のプラグイン', ['kube', 'apiserver', 'のぷ', 'ぷら', 'らぐ', 'ぐい', 'いん']],
  ['型', ['型']],
  ['spec.containers', ['spec', 'containers']],
  ['  ?! ', []],
])('tokenize(%s)', (input, expected) => {
  expect(tokenize(input)).toEqual(expected);
});

test('a snippet cuts around the match, found through folding', () => {
  expect(findSnippet('HTTPロードバランサのルール。', 'ろーどばらんさ')).toEqual({
    before: 'HTTP',
    match: 'ロードバランサ',
    after: 'のルール。',
  });
  const long = `${'あ'.repeat(50)}Pod${'い'.repeat(50)}`;
  const snippet = findSnippet(long, 'pod', 5)!;
  expect(snippet).toEqual({ before: '…あああああ', match: 'Pod', after: 'いいいいい…' });
  expect(findSnippet('nothing here', 'zzz')).toBeNull();
});

test('a snippet falls back to a part of the query when the whole does not occur', () => {
  expect(findSnippet('IPアドレスを持つ', 'IP ネットワーク')?.match).toBe('IP');
});

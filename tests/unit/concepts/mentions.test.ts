import { describe, expect, test } from 'vitest';
import { MentionMatcher } from '../../../src/notes/concepts/mentions';

function mentions(names: Record<string, string[]>, text: string): string[] {
  const matcher = new MentionMatcher();
  for (const [owner, list] of Object.entries(names))
    for (const name of list) matcher.add(name, owner);
  return matcher.mentionedIn(text);
}

describe('mentions', () => {
  test.each([
    // [names, text, expected owners]
    ['Japanese name inside Japanese text', { user: ['ユーザ'] }, '接続ユーザ名とキー', ['user']],
    ['Latin name next to Japanese text', { pod: ['Pod'] }, 'Podをまとめたもの', ['pod']],
    ['Latin name needs a word boundary', { helm: ['Helm'] }, 'an overwhelming chart', []],
    ['word boundary at the end too', { pod: ['Pod'] }, 'Pods and Podcasts', []],
    ['case and width are folded', { pod: ['Pod'] }, 'ｐｏｄ と POD', ['pod']],
    [
      'longest match wins',
      { svc: ['Service'], sa: ['Service Account'] },
      'uses a Service Account',
      ['sa'],
    ],
    [
      'both when both appear on their own',
      { svc: ['Service'], sa: ['Service Account'] },
      'Service Account and Service',
      ['sa', 'svc'],
    ],
    [
      'hyphenated names are one name',
      { istio: ['Istio'], auth: ['Istio-Auth'] },
      'Istio-Auth',
      ['auth'],
    ],
    [
      'aliases mention their owner',
      { sidecar: ['Sidecar', 'サイドカー'] },
      'サイドカーとして',
      ['sidecar'],
    ],
    ['each owner once, in order', { a: ['Envoy'], b: ['Pod'] }, 'Pod Envoy Pod Envoy', ['b', 'a']],
    ['blank names are ignored', { blank: ['  '] }, 'anything', []],
  ])('%s', (_name, names, text, expected) => {
    expect(mentions(names, text)).toEqual(expected);
  });

  test('a long run of partial matches stays linear (no backtracking)', () => {
    const matcher = new MentionMatcher();
    matcher.add('a'.repeat(50) + 'b', 'x');
    // Every position starts a partial match that fails at the end; still finishes.
    expect(matcher.mentionedIn('a'.repeat(20_000))).toEqual([]);
  });
});

test('names longer than MAX_NAME_LENGTH are not looked for, which keeps the scan linear', async () => {
  const { MAX_NAME_LENGTH } = await import('../../../src/notes/concepts/mentions');
  const matcher = new MentionMatcher();
  matcher.add('x'.repeat(MAX_NAME_LENGTH + 1), 'long');
  matcher.add('x'.repeat(MAX_NAME_LENGTH), 'short');
  expect(matcher.mentionedIn('x'.repeat(MAX_NAME_LENGTH + 1))).toEqual([]);
  expect(matcher.mentionedIn(`${'x'.repeat(MAX_NAME_LENGTH)} y`)).toEqual(['short']);
});

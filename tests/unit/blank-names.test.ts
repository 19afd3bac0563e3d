import { describe, expect, test } from 'vitest';
import {
  BLANK,
  blankNames,
  blankNamesInBlocks,
  findNames,
} from '../../src/notes/concepts/blank-names';
import type { Block } from '../../src/notes/document/model';

describe('blankNames hides a concept’s names in its text', () => {
  test.each([
    [
      'English, any case',
      'A Pod runs. pod and POD too.',
      ['Pod'],
      `A ${BLANK} runs. ${BLANK} and ${BLANK} too.`,
    ],
    ['Latin name in Japanese text', 'Podをまとめたもの', ['Pod'], `${BLANK}をまとめたもの`],
    [
      'Japanese name inside a Japanese word',
      'ユーザアカウントとユーザ',
      ['ユーザ'],
      `${BLANK}アカウントと${BLANK}`,
    ],
    ['full-width letters', 'Ｐｏｄの数を維持する', ['Pod'], `${BLANK}の数を維持する`],
    [
      'an alias',
      'サイドカーとしてPodに挿入される',
      ['Sidecar', 'サイドカー'],
      `${BLANK}としてPodに挿入される`,
    ],
    [
      'not inside a longer English word',
      'overwhelm the Helm chart',
      ['Helm'],
      `overwhelm the ${BLANK} chart`,
    ],
    [
      'plural endings go with the name',
      'Pods and Ingresses',
      ['Pod', 'Ingress'],
      `${BLANK} and ${BLANK}`,
    ],
    [
      'a y becomes ies',
      'Network Policies and a Network Policy',
      ['Network Policy'],
      `${BLANK} and a ${BLANK}`,
    ],
    [
      'a name of several words as code writes it',
      'kind: NetworkPolicy, file network-policy.yaml',
      ['Network Policy'],
      `kind: ${BLANK}, file ${BLANK}.yaml`,
    ],
    ['but not other endings', 'Podcast', ['Pod'], 'Podcast'],
    [
      'the longest name first',
      'Ingress Controller of Ingress',
      ['Ingress', 'Ingress Controller'],
      `${BLANK} of ${BLANK}`,
    ],
    ['a name with a hyphen', 'Istio-Auth相当', ['Istio-Auth'], `${BLANK}相当`],
    ['nothing to hide', 'コンテナインスタンス', ['Pod'], 'コンテナインスタンス'],
    ['no names at all', 'text', ['', '  '], 'text'],
  ])('%s', (_case, text, names, expected) => {
    expect(blankNames(text, names)).toBe(expected);
  });

  test('spans point into the text as written, even where folding changes its length', () => {
    const text = 'ｋｕｂｅ-dns と kube-dns';
    const spans = findNames(text, ['kube-dns']);
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual([
      'ｋｕｂｅ-dns',
      'kube-dns',
    ]);
  });

  test('characters outside the BMP are kept whole', () => {
    expect(blankNames('𠮷野家のPod', ['Pod'], '_')).toBe('𠮷野家の_');
  });

  test('a custom blank', () => {
    expect(blankNames('Envoy proxy', ['Envoy'], '[?]')).toBe('[?] proxy');
  });
});

describe('blankNamesInBlocks hides the names wherever a reader sees text', () => {
  const blocks: Block[] = [
    { type: 'paragraph', line: 1, content: [{ type: 'text', text: 'Ingress rules' }] },
    {
      type: 'bulletList',
      line: 2,
      bullet: '*',
      items: [
        {
          line: 2,
          blocks: [
            {
              type: 'paragraph',
              line: 2,
              content: [
                {
                  type: 'reference',
                  text: 'Ingress docs',
                  url: 'https://kubernetes.io/docs/concepts/services-networking/ingress/',
                },
              ],
            },
          ],
        },
      ],
    },
    { type: 'literalBlock', line: 3, text: 'kind: Ingress' },
  ];

  test('paragraphs, list items, link texts and code', () => {
    const hidden = blankNamesInBlocks(blocks, ['Ingress']);
    expect(JSON.stringify(hidden)).not.toMatch(/Ingress/);
    expect(hidden[0]).toEqual({
      type: 'paragraph',
      line: 1,
      content: [{ type: 'text', text: `${BLANK} rules` }],
    });
    // The address is not shown, and the link must still work.
    expect(JSON.stringify(hidden[1])).toContain('/ingress/');
    expect(hidden[2]).toEqual({ type: 'literalBlock', line: 3, text: `kind: ${BLANK}` });
  });

  test('leaves the blocks it was given as they were', () => {
    const before = JSON.stringify(blocks);
    blankNamesInBlocks(blocks, ['Ingress']);
    expect(JSON.stringify(blocks)).toBe(before);
  });
});

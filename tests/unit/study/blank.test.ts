import { describe, expect, test } from 'vitest';
import { blankNames, type TextPart } from '../../../src/notes/study';

/** The text as a student sees it: every blank written `___`. */
function shown(parts: readonly TextPart[]): string {
  return parts.map((part) => (part.blank ? '___' : part.text)).join('');
}

describe('"name it" blanks the name and its aliases where the text says them', () => {
  test.each([
    // Japanese has no word boundaries: the name is blanked inside a run of Japanese.
    ['ReplicaSet', [], '複数のReplicaSetを管理するもの', '複数の___を管理するもの'],
    ['サイドカー', [], 'サイドカーとしてPodに挿入される', '___としてPodに挿入される'],
    ['コンテナ', [], 'メインのコンテナとは別のコンテナ', 'メインの___とは別の___'],
    // An alias is blanked like the name.
    ['Sidecar', ['サイドカー'], 'サイドカーとしてPodに挿入される', '___としてPodに挿入される'],
    ['Kubernetes', ['k8s'], 'k8s, or Kubernetes, runs Pods', '___, or ___, runs Pods'],
    // English: only whole words, whatever the case or width.
    ['Pod', [], 'A pod is not a Podcast; ＰＯＤ again.', 'A ___ is not a Podcast; ___ again.'],
    ['Helm', [], 'overwhelm Helm helmet', 'overwhelm ___ helmet'],
    // A plural ending is hidden with the name: `___s` would give a singular answer away.
    ['Pod', [], 'three Pods and two Podses', 'three ___ and two Podses'],
    ['Ingress', [], 'Ingresses route traffic', '___ route traffic'],
    // Japanese right after a Latin name is a boundary.
    ['Pod', [], 'Podの数を維持する', '___の数を維持する'],
    // The longest name wins: one blank, not a blank and a leftover word.
    ['Service', ['Service Account'], 'a Service Account is', 'a ___ is'],
    // Nothing to blank: the text is kept as it is.
    ['Envoy', [], 'Nginxのようなもの。', 'Nginxのようなもの。'],
  ])('%s (aliases %j) in “%s”', (label, aliases, text, expected) => {
    expect(shown(blankNames(text, [label, ...aliases]))).toBe(expected);
  });

  test('the text around the blanks is kept exactly as written', () => {
    const text = 'ＰＯＤ（ポッド）は\nPodの\tまとまり';
    const parts = blankNames(text, ['Pod', 'ポッド']);
    // Joining every part, blanks included, gives the original text back: nothing lost or moved.
    expect(parts.map((part) => part.text).join('')).toBe(text);
    expect(parts.filter((part) => part.blank).map((part) => part.text)).toEqual([
      'ＰＯＤ',
      'ポッド',
      'Pod',
    ]);
  });

  test('an empty or blank name blanks nothing', () => {
    expect(blankNames('some text', ['', '  '])).toEqual([{ text: 'some text', blank: false }]);
  });

  test('adjacent occurrences read as one blank', () => {
    expect(blankNames('PodPod', ['Pod', 'PodPod'])).toEqual([{ text: 'PodPod', blank: true }]);
  });
});

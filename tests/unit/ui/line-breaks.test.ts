import { expect, test } from 'vitest';
import { joinWideLines } from '../../../src/ui/NodePanel/line-breaks';

test.each([
  ['Japanese sentences on two lines join without a space', 'しない。\n動作の', 'しない。動作の'],
  ['kanji to kana', '実装\nされる', '実装される'],
  [
    'Latin lines keep their break (shown as a space)',
    'a Kubernetes\nIngress',
    'a Kubernetes\nIngress',
  ],
  ['Latin to Japanese keeps it too', 'Ingress\nとして', 'Ingress\nとして'],
  ['a blank line is not one break', 'あ\n\nい', 'あ\n\nい'],
])('%s', (_name, text, shown) => {
  expect(joinWideLines(text)).toBe(shown);
});

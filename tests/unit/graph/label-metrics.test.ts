import { describe, expect, test } from 'vitest';
import {
  LABEL_FONT,
  LABEL_MAX_WIDTH,
  measureLabel,
  textWidthPx,
  wrapLabel,
} from '../../../src/graph/label-metrics';

describe('label widths', () => {
  test.each([
    ['コ', 'n'],
    ['関', 'e'],
    ['Ｐ', 'P'],
  ])('the wide character %s is about twice as wide as the Latin %s', (wide, latin) => {
    const ratio = textWidthPx(wide, 14) / textWidthPx(latin, 14);
    expect(ratio).toBeGreaterThan(1.3);
    expect(ratio).toBeLessThan(2.5);
  });

  test('a Japanese label is wider than a Latin label with as many characters', () => {
    expect(textWidthPx('コンテキスト', 14)).toBeGreaterThan(textWidthPx('Context', 14));
  });

  test('width grows with the font size and with bold', () => {
    expect(textWidthPx('Pod', 18)).toBeGreaterThan(textWidthPx('Pod', 14));
    expect(textWidthPx('Pod', 14, true)).toBeGreaterThan(textWidthPx('Pod', 14));
  });
});

describe('wrapping', () => {
  const measure = (text: string) => textWidthPx(text, 14);

  test('a short label stays on one line', () => {
    expect(wrapLabel('Service Account', 150, measure)).toEqual(['Service Account']);
  });

  test('a long label breaks at spaces, filling each line greedily', () => {
    expect(wrapLabel('Admission Controller Webhook Configuration', 150, measure)).toEqual([
      'Admission',
      'Controller Webhook',
      'Configuration',
    ]);
  });

  test('a label breaks where Latin meets Japanese before breaking inside a word', () => {
    expect(wrapLabel('Kubernetes関連メモ', 120, measure)).toEqual(['Kubernetes', '関連メモ']);
  });

  test.each([
    'とても長い日本語のラベルで空白がまったくないもの',
    'Supercalifragilisticexpialidocious-ness',
    'a b c d e f g h i j k l m n o p q r s t u v w x y z',
  ])('no line of %s is wider than the maximum, and no character is lost', (label) => {
    const lines = wrapLabel(label, 100, measure);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(100);
    expect(lines.join('').replace(/ /g, '')).toBe(label.replace(/ /g, ''));
  });
});

describe('measureLabel', () => {
  test('the node is larger than its text, and one line taller per wrapped line', () => {
    const one = measureLabel('Pod', 'term');
    const two = measureLabel('Admission Controller Configuration', 'term');
    expect(one.width).toBeGreaterThan(one.textWidth);
    expect(one.lines).toBe(1);
    expect(two.lines).toBeGreaterThan(1);
    expect(two.height - one.height).toBeCloseTo((two.lines - 1) * LABEL_FONT.term.size * 1.25, -1);
    expect(two.textWidth).toBeLessThanOrEqual(LABEL_MAX_WIDTH.term);
  });

  test('the wrapped text carries the line breaks the map draws', () => {
    expect(measureLabel('Kubernetes関連メモ', 'section').text).toBe('Kubernetes\n関連メモ');
  });

  test('an empty label still gives a node that can be clicked', () => {
    const box = measureLabel('', 'term');
    expect(box.width).toBeGreaterThanOrEqual(40);
    expect(box.height).toBeGreaterThan(10);
  });
});

import { describe, expect, test } from 'vitest';
import { columnWidth, expandTabs, sourceLines } from '../../../src/notes/rst/source/lines';

describe('expandTabs: 8-column stops counting code points (Python str.expandtabs)', () => {
  test.each([
    ['\tx', '        x'],
    ['ab\tx', 'ab      x'],
    ['1234567\tx', '1234567 x'],
    ['12345678\tx', '12345678        x'],
    ['漢字\tx', '漢字      x'],
    ['🙂\tx', '🙂       x'],
  ])('%j', (line, expanded) => {
    expect(expandTabs(line)).toBe(expanded);
  });
});

describe('columnWidth: East Asian wide and fullwidth characters take two columns', () => {
  test.each([
    ['Kubernetes', 10],
    ['関連メモ', 8],
    ['Ｆｕｌｌ', 8],
    ['ｶﾀｶﾅ', 4],
    ['e\u0301', 1],
    ['🙂', 2],
  ])('%j is %i columns', (text, width) => {
    expect(columnWidth(text)).toBe(width);
  });
});

describe('sourceLines: docutils string2lines', () => {
  test('CRLF, CR and LF all end lines; no empty line after the last break', () => {
    expect(sourceLines('a\r\nb\rc\nd\n')).toEqual(['a', 'b', 'c', 'd']);
  });
  test('a BOM is dropped', () => {
    expect(sourceLines('\ufeffTitle\n')).toEqual(['Title']);
  });
  test('trailing whitespace (including ideographic space) is stripped; form feed is a space', () => {
    expect(sourceLines('a \u3000\nb\f\n\fc')).toEqual(['a', 'b', ' c']);
  });
  test('Unicode line separators split lines as Python splitlines() does', () => {
    expect(sourceLines('a\u2028b\u0085c')).toEqual(['a', 'b', 'c']);
  });
});

import { expect, test } from 'vitest';
import { stableCjkTable } from '../../../src/notes/cjk-ranges';

// The mention scan skips NFKC, and the reader skips NFKD when making ASCII ids, for text made
// only of these characters; that is right only if NFKC leaves each of them alone and NFKD makes
// nothing ASCII of them.
test('every character the table calls stable is left alone by NFKC and yields no ASCII in NFKD', () => {
  const table = stableCjkTable({ ascii: true });
  const changed: string[] = [];
  for (let code = 0; code < table.length; code++) {
    if (table[code] !== 1) continue;
    const char = String.fromCharCode(code);
    const asciiFromNfkd =
      code >= 0x80 && Array.from(char.normalize('NFKD')).some((c) => c.charCodeAt(0) < 0x80);
    if (char.normalize('NFKC') !== char || asciiFromNfkd) {
      changed.push(code.toString(16));
    }
  }
  expect(changed).toEqual([]);
  // And the table is not trivially empty: kana, kanji and CJK punctuation are in it.
  expect(['ア', 'あ', '語', '。'].every((c) => table[c.charCodeAt(0)] === 1)).toBe(true);
});

test('characters that normalisation does change are outside the table', () => {
  const table = stableCjkTable({ ascii: false });
  // ideographic space, half-width katakana, a full-width letter, a combining voiced mark
  for (const char of ['\u3000', 'ｱ', 'Ａ', '\u309b', 'A']) {
    expect(table[char.charCodeAt(0)]).toBe(0);
  }
});

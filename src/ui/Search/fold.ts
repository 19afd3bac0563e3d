/**
 * Folding for Japanese-aware search: two spellings a reader would call "the same word" fold to
 * one string. Pure, so the index, the query and the snippet highlighter all agree.
 *
 * - NFKC: full-width Latin `Ｐｏｄ` → `Pod`, half-width katakana `ﾛｰﾄﾞ` → `ロード`.
 * - lower case: `POD` → `pod`.
 * - katakana → hiragana: `ロードバランサ` → `ろーどばらんさ` (U+30A1–U+30F6 are U+3041–U+3096
 *   shifted by 0x60; the long-vowel mark `ー` is shared by both scripts and stays).
 */
export function fold(text: string): string {
  return katakanaToHiragana(text.normalize('NFKC').toLowerCase());
}

const KATAKANA_TO_HIRAGANA_OFFSET = 0x60;

function katakanaToHiragana(text: string): string {
  return text.replace(/[\u30A1-\u30F6]/g, (char) =>
    String.fromCharCode(char.charCodeAt(0) - KATAKANA_TO_HIRAGANA_OFFSET),
  );
}

export interface FoldedText {
  folded: string;
  /** For each UTF-16 index in `folded`, the index in the original text it came from. */
  origin: number[];
}

/**
 * Folds text one code point at a time, remembering where each folded character came from, so
 * a match found in folded text can be highlighted in the original. Per-character NFKC can differ
 * from whole-string NFKC only for combining sequences (half-width `ｶﾞ`); those just fail to
 * highlight, they are still found by the index.
 */
export function foldWithOrigin(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = fold(char);
    folded += piece;
    for (let i = 0; i < piece.length; i++) origin.push(index);
    index += char.length;
  }
  return { folded, origin };
}

import { fold } from './fold';

/**
 * Splits text into search terms. Japanese is written without spaces, so CJK runs (kanji,
 * hiragana, katakana with the long-vowel mark) become overlapping character bigrams, the usual
 * n-gram approach for Japanese full-text search; Latin runs become words. A lone CJK character
 * is its own term. Input is folded first, so hiragana and katakana give the same bigrams.
 */
export function tokenize(text: string): string[] {
  const terms: string[] = [];
  for (const run of fold(text).match(RUN) ?? []) {
    if (CJK_RUN.test(run)) terms.push(...bigrams(run));
    else terms.push(run);
  }
  return terms;
}

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々〆';
// A Latin run is letters and digits that are not CJK, so `HTTPロード` is `http` + bigrams.
const RUN = new RegExp(`[${CJK}]+|(?:(?![${CJK}])[\\p{L}\\p{N}\\p{M}_])+`, 'gu');
const CJK_RUN = new RegExp(`^[${CJK}]+$`, 'u');

function bigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  const pairs: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) pairs.push(chars[i]! + chars[i + 1]!);
  return pairs;
}

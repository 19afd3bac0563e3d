/**
 * docutils' escaping and naming helpers (utils.escape2null, nodes.unescape, nodes.make_id,
 * nodes.fully_normalize_name), shared by the inline reader and reference resolution.
 */
import { ESCAPE, codePoints, isWhitespace } from './chars';
import { isPyWhitespace } from '../source/lines';
import { stableCjkTable } from '../../cjk-ranges';

/** Code points of `text` with each backslash-escaped character marked by a NUL in front. */
export function escapeToNull(text: string): string[] {
  const chars = codePoints(text);
  if (!text.includes('\\')) return chars;
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] as string;
    if (char === '\\') {
      out.push(ESCAPE);
      if (i + 1 < chars.length) out.push(chars[++i] as string);
    } else {
      out.push(char);
    }
  }
  return out;
}

/**
 * docutils' unescape: drop the escape marks, and an escaped space or newline entirely
 * ("backslash-space" joins words); or, in literals, put the backslashes back.
 * Reads chars[start, end), so that callers need not slice the array first.
 */
export function unescape(
  chars: readonly string[],
  restoreBackslashes = false,
  start = 0,
  end = chars.length,
): string {
  // Without escape marks the text is the characters themselves: one join makes one string,
  // where adding character by character makes one string per character.
  let marked = false;
  for (let i = start; i < end && !marked; i++) marked = chars[i] === ESCAPE;
  if (!marked) {
    return start === 0 && end === chars.length ? chars.join('') : chars.slice(start, end).join('');
  }
  let out = '';
  for (let i = start; i < end; i++) {
    const char = chars[i] as string;
    if (char !== ESCAPE) out += char;
    else if (restoreBackslashes) out += '\\';
    else if (chars[i + 1] === ' ' || chars[i + 1] === '\n') i++;
  }
  return out;
}

/** Python's str.split() on whitespace, then joined by one space (whitespace_normalize_name). */
export function whitespaceNormalize(text: string): string {
  if (isWhitespaceNormal(text)) return text;
  const words: string[] = [];
  let word = '';
  for (const char of text) {
    if (isWhitespace(char)) {
      if (word) words.push(word);
      word = '';
    } else {
      word += char;
    }
  }
  if (word) words.push(word);
  return words.join(' ');
}

/**
 * Already normalised: not empty, words separated by single spaces, none at either end (most
 * names). Python's whitespace (isPyWhitespace) is the same set as isWhitespace.
 */
function isWhitespaceNormal(text: string): boolean {
  let afterSpace = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isPyWhitespace(code)) afterSpace = false;
    else if (afterSpace || code !== 0x20) return false;
    else afterSpace = true;
  }
  return !afterSpace;
}

/** docutils' reference-name normalisation: whitespace collapsed and lower-cased. */
export function normalizeName(name: string): string {
  return whitespaceNormalize(name.toLowerCase());
}

/** docutils' _non_id_translate(_digraphs): letters NFKD does not reduce to ASCII. */
const ID_TRANSLATE: Readonly<Record<string, string>> = {
  ß: 'sz',
  æ: 'ae',
  œ: 'oe',
  ȸ: 'db',
  ȹ: 'qp',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  ı: 'i',
  ł: 'l',
  ŧ: 't',
  ƀ: 'b',
  ƃ: 'b',
  ƈ: 'c',
  ƌ: 'd',
  ƒ: 'f',
  ƙ: 'k',
  ƚ: 'l',
  ƞ: 'n',
  ƥ: 'p',
  ƫ: 't',
  ƭ: 't',
  ƴ: 'y',
  ƶ: 'z',
  ǥ: 'g',
  ȥ: 'z',
  ȴ: 'l',
  ȵ: 'n',
  ȶ: 't',
  ȷ: 'j',
  ȼ: 'c',
  ȿ: 's',
  ɀ: 'z',
  ɇ: 'e',
  ɉ: 'j',
  ɋ: 'q',
  ɍ: 'r',
  ɏ: 'y',
};

/**
 * docutils' make_id: an identifier `[a-z](-?[a-z0-9]+)*`, lower-cased, accents stripped, every
 * run of other characters made one hyphen. Non-Latin text (Japanese titles) gives ''.
 */
export function makeId(text: string): string {
  const lower = text.toLowerCase();
  const ascii = isAscii(lower) ? lower : foldToAscii(lower);
  // docutils also normalises whitespace first; whitespace is a run of non-id characters
  // either way, so it is left to the loop below.
  let hyphenated = '';
  let pendingHyphen = false;
  for (let i = 0; i < ascii.length; i++) {
    const code = ascii.charCodeAt(i);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
      if (pendingHyphen) hyphenated += '-';
      hyphenated += ascii[i];
      pendingHyphen = false;
    } else {
      pendingHyphen = true;
    }
  }
  // _non_id_at_ends: no trailing hyphen (never added above), no leading digits or hyphens.
  let start = 0;
  while (start < hyphenated.length && /[-0-9]/.test(hyphenated.charAt(start))) start++;
  return hyphenated.slice(start);
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

/*
 * Normalisation-stable CJK (../../cjk-ranges.ts) is not in ID_TRANSLATE, and NFKD leaves nothing
 * ASCII of it, so it simply drops out. NFKD works character by character (composition never
 * runs, reordering only moves combining marks, which are dropped), so a text of ASCII and these
 * needs no normalisation at all.
 */
const DROPS_FROM_ID = stableCjkTable({ ascii: false });

/** _non_id_translate, then NFKD with everything outside ASCII dropped (encode('ascii', 'ignore')). */
function foldToAscii(lower: string): string {
  let ascii = '';
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code < 0x80) ascii += lower[i];
    else if (DROPS_FROM_ID[code] === 0) return foldToAsciiSlowly(lower);
  }
  return ascii;
}

function foldToAsciiSlowly(lower: string): string {
  let translated = '';
  for (const char of lower) translated += ID_TRANSLATE[char] ?? char;
  const decomposed = translated.normalize('NFKD');
  let ascii = '';
  for (let i = 0; i < decomposed.length; i++) {
    if (decomposed.charCodeAt(i) < 0x80) ascii += decomposed[i];
  }
  return ascii;
}

/**
 * Character classes of docutils' inline-markup recognition rules (parsers/rst/states.py,
 * Inliner.init_customizations, with character_level_inline_markup off), and docutils' list of
 * known URI schemes. The inline reader works on arrays of code points, as Python strings do, so
 * every test here takes one code point.
 */
import {
  CLOSERS,
  CLOSING_DELIMITERS_CLASS,
  DELIMITERS_CLASS,
  OPENERS,
  QUOTE_PAIRS,
  URI_SCHEMES,
} from './chars-data';

/** docutils marks a backslash-escaped character by putting NUL in front of it (escape2null). */
export const ESCAPE = '\u0000';

/** Python's str.isspace(): what `\s` matches in docutils' patterns (not the same as JS `\s`). */
const WHITESPACE = new Set(
  '\t\n\u000b\u000c\r\u001c\u001d\u001e\u001f \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000',
);

/** Characters that may precede a start-string: openers and delimiters (categories Ps Pi Pf Pd Po). */
const START_PREFIX = new RegExp(`[${OPENERS}${DELIMITERS_CLASS}]`, 'u');
/** Characters that may follow an end-string: closers, delimiters and closing delimiters. */
const END_SUFFIX = new RegExp(
  `[\\u0000${CLOSING_DELIMITERS_CLASS}${DELIMITERS_CLASS}${CLOSERS}]`,
  'u',
);
/** Python's `\w` on str: letters, numbers (str.isalnum()) and `_`. Kana and kanji are letters. */
const WORD = /^[\p{L}\p{N}_]$/u;

/**
 * A character test made fast: the reader calls these for almost every character of the notes,
 * so a regex test with Unicode properties per call would dominate its time. Answers for the
 * Basic Multilingual Plane are kept in a table by UTF-16 code (0 = not known yet, 1 = no,
 * 2 = yes), ASCII filled at start-up; astral characters are tested once and remembered.
 */
function tabled(test: (char: string) => boolean): (char: string | undefined) => boolean {
  const bmp = new Uint8Array(0x10000);
  for (let code = 0; code < 128; code++) bmp[code] = test(String.fromCharCode(code)) ? 2 : 1;
  const astral = new Map<string, boolean>();
  return (char) => {
    if (char === undefined) return false;
    if (char.length === 1) {
      const code = char.charCodeAt(0);
      let known = bmp[code]!;
      if (known === 0) {
        known = test(char) ? 2 : 1;
        bmp[code] = known;
      }
      return known === 2;
    }
    let known = astral.get(char);
    if (known === undefined) {
      known = test(char);
      astral.set(char, known);
    }
    return known;
  };
}

// One string per BMP character, made on first use: the reader splits every text it reads
// into characters, and sharing them spares the garbage collector a string per character.
const BMP_CHARS: string[] = new Array<string>(0x10000).fill('');

/**
 * The code points of `text` (as `[...text]`), as shared strings where possible. A lone
 * surrogate stays a one-unit string, as the string iterator leaves it.
 */
export function codePoints(text: string): string[] {
  // Sized once (at most one entry per UTF-16 unit) rather than grown push by push: the array
  // is the inline reader's main allocation.
  const out = new Array<string>(text.length);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out[count++] = text.slice(i, i + 2);
        i++;
        continue;
      }
    }
    out[count++] = BMP_CHARS[code] || (BMP_CHARS[code] = String.fromCharCode(code));
  }
  if (count < text.length) out.length = count;
  return out;
}

/** Python's str.isspace() on one character. */
export const isWhitespace = tabled((char) => WHITESPACE.has(char));

/** docutils' start_string_prefix, minus the start of the text (callers check that). */
export const isStartPrefix = tabled((char) => WHITESPACE.has(char) || START_PREFIX.test(char));

/** docutils' end_string_suffix, minus the end of the text (callers check that). */
export const isEndSuffix = tabled((char) => WHITESPACE.has(char) || END_SUFFIX.test(char));

/** A character of a docutils "simplename" word: `(?!_)\w`. */
export const isNameChar = tabled((char) => char !== '_' && WORD.test(char));

/** Isolated punctuation allowed inside a simplename (`[-._+:]`). */
export const isNameSeparator = (char: string | undefined): boolean =>
  char === '-' || char === '.' || char === '_' || char === '+' || char === ':';

// The escaped `\[` / `\]` of the regex class sit at the same index in both strings, so
// dropping the backslashes keeps openers and closers aligned (docutils' match_chars).
const OPENER_LIST = [...OPENERS.replaceAll('\\', '')];
const CLOSER_LIST = [...CLOSERS.replaceAll('\\', '')];

/**
 * docutils' quoted_start test: a start-string between a matching opener/closer pair (`'*'`,
 * `(*)`, `«*»`) is not markup.
 */
export function isMatchingPair(opener: string | undefined, closer: string | undefined): boolean {
  if (opener === undefined || closer === undefined) return false;
  const index = OPENER_LIST.indexOf(opener);
  if (index < 0) return false;
  return closer === CLOSER_LIST[index] || (QUOTE_PAIRS[opener] ?? '').includes(closer);
}

const SCHEMES = new Set(URI_SCHEMES.split(' '));

/** docutils only links standalone URIs whose scheme it knows (utils/urischemes.py). */
export const isKnownScheme = (scheme: string): boolean => SCHEMES.has(scheme.toLowerCase());

const ASCII_ALNUM = /^[a-zA-Z0-9]$/;

/** RFC 2396 URI characters (docutils' `uric`); NUL keeps backslash escapes inside URIs. */
export const isUriChar = tabled(
  (char) => ASCII_ALNUM.test(char) || "-_.!~*'()[];/:@&=+$,%\u0000".includes(char),
);

/** Last character of a URI (docutils' `urilast`): no trailing punctuation. */
export const isUriLast = tabled((char) => ASCII_ALNUM.test(char) || '_~*/=+'.includes(char));

/** Characters of an e-mail address part (docutils' `emailc`). */
export const isEmailChar = tabled(
  (char) => ASCII_ALNUM.test(char) || "-_!~*'{|}/#?^`&=+$%\u0000".includes(char),
);

/** First character of a URI scheme and the ones after it (`[a-zA-Z][a-zA-Z0-9.+-]*`). */
export const isSchemeStart = tabled((char) => /^[a-zA-Z]$/.test(char));
export const isSchemeChar = tabled((char) => /^[a-zA-Z0-9.+-]$/.test(char));

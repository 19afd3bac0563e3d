/*
 * The first-line patterns of docutils' Body state (parsers/rst/states.py, Body.patterns), in
 * docutils' order. Written as small scanners instead of regular expressions so that no input
 * can make them backtrack: each looks at a line once, left to right.
 */

export type EnumFormat = 'parens' | 'rparen' | 'period';

export interface EnumeratorMatch {
  format: EnumFormat;
  /** The enumerator without its punctuation: "3", "b", "iv", "#". */
  text: string;
  /** Where the item's text starts (after the marker and its spaces). */
  end: number;
}

export type LineKind =
  | { kind: 'bullet'; end: number }
  | { kind: 'enumerator'; match: EnumeratorMatch }
  | { kind: 'field'; end: number; name: string }
  | { kind: 'option' }
  | { kind: 'doctest' }
  | { kind: 'lineBlock'; end: number }
  | { kind: 'gridTable' }
  | { kind: 'simpleTable' }
  | { kind: 'explicit'; end: number }
  | { kind: 'anonymous'; end: number }
  | { kind: 'line' }
  | { kind: 'text' };

/** docutils' bullet characters: - + * and U+2022 BULLET, U+2023 TRIANGULAR BULLET, U+2043 HYPHEN BULLET. */
export const BULLETS = '-+*\u2022\u2023\u2043';

/** `[!-/:-@[-`{-~]`: the 7-bit punctuation docutils accepts in section adornments. */
export function isAdornmentChar(char: string): boolean {
  return char.length === 1 && isAdornmentCode(char.charCodeAt(0));
}

function isAdornmentCode(code: number): boolean {
  return (
    (code >= 0x21 && code <= 0x2f) ||
    (code >= 0x3a && code <= 0x40) ||
    (code >= 0x5b && code <= 0x60) ||
    (code >= 0x7b && code <= 0x7e)
  );
}

/** The characters isAdornmentChar accepts, as a string. */
export const ADORNMENT_CHARACTERS = Array.from({ length: 128 }, (_, code) =>
  isAdornmentCode(code) ? String.fromCharCode(code) : '',
).join('');

/** docutils' "line" pattern: one adornment character repeated (trailing spaces already gone). */
export function isAdornmentLine(text: string): boolean {
  // By code: indexing a string of Japanese text would make a new string per character.
  if (text.length === 0 || !isAdornmentCode(text.charCodeAt(0))) return false;
  const first = text.charCodeAt(0);
  for (let i = 1; i < text.length; i++) if (text.charCodeAt(i) !== first) return false;
  return true;
}

/** `( +|$)` at `at`: returns the index after the spaces, or -1. */
function spacesOrEnd(text: string, at: number): number {
  if (at === text.length) return at;
  if (text[at] !== ' ') return -1;
  let end = at;
  while (end < text.length && text[end] === ' ') end++;
  return end;
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}
function isLower(char: string | undefined): boolean {
  return char !== undefined && char >= 'a' && char <= 'z';
}
function isUpper(char: string | undefined): boolean {
  return char !== undefined && char >= 'A' && char <= 'Z';
}

/**
 * `(arabic|loweralpha|upperalpha|lowerroman|upperroman|#)` followed by `suffix`, as Python's
 * regex alternation finds it: the first alternative that lets the suffix match wins.
 */
function enumeratorBody(text: string, at: number, suffix: string): number {
  const tryEnd = (end: number) => (end > at && text[end] === suffix ? end : -1);
  if (text[at] === '#') return tryEnd(at + 1);
  if (isDigit(text[at])) {
    let end = at;
    while (isDigit(text[end])) end++;
    return tryEnd(end);
  }
  if (isLower(text[at]) || isUpper(text[at])) {
    const single = tryEnd(at + 1);
    if (single !== -1) return single;
    const roman = isLower(text[at]) ? 'ivxlcdm' : 'IVXLCDM';
    let end = at;
    while (end < text.length && roman.includes(text[end]!)) end++;
    return tryEnd(end);
  }
  return -1;
}

const ENUMERATOR_FORMATS: readonly (readonly [EnumFormat, string, string])[] = [
  ['parens', '(', ')'],
  ['rparen', '', ')'],
  ['period', '', '.'],
];

/** What an enumerator can start with: `(`, `#`, a digit or an ASCII letter. */
export const ENUMERATOR_STARTS = Array.from({ length: 128 }, (_, code) =>
  mayStartEnumerator(code) ? String.fromCharCode(code) : '',
).join('');

/** Could `code` begin an enumerator: `(`, `#`, a digit or an ASCII letter? */
function mayStartEnumerator(code: number): boolean {
  return (
    code === 0x28 ||
    code === 0x23 ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a)
  );
}

export function matchEnumerator(text: string): EnumeratorMatch | null {
  // Most lines (all of a Japanese memo's) cannot start one: say so without trying each format.
  if (!mayStartEnumerator(text.charCodeAt(0))) return null;
  for (const [format, prefix, suffix] of ENUMERATOR_FORMATS) {
    if (prefix && text[0] !== prefix) continue;
    const bodyStart = prefix.length;
    const bodyEnd = enumeratorBody(text, bodyStart, suffix);
    if (bodyEnd === -1) continue;
    const end = spacesOrEnd(text, bodyEnd + 1);
    if (end === -1) continue;
    return { format, text: text.slice(bodyStart, bodyEnd), end };
  }
  return null;
}

/**
 * `:(?![: ])([^:\\]|\\.|:(?!([ `]|$)))*(?<! ):( +|$)`. A colon inside the name is only consumed
 * when it cannot end the marker, so the greedy end is the only place the marker can close.
 */
export function matchFieldMarker(text: string): { end: number; name: string } | null {
  if (text[0] !== ':' || text.length < 2 || text[1] === ':' || text[1] === ' ') return null;
  let at = 1;
  while (at < text.length) {
    const char = text[at]!;
    if (char === '\\') {
      if (at + 1 >= text.length) break;
      at += 2;
    } else if (char === ':') {
      const next = text[at + 1];
      if (next === undefined || next === ' ' || next === '`') break;
      at += 1;
    } else {
      at += 1;
    }
  }
  if (text[at] !== ':' || text[at - 1] === ' ') return null;
  const end = spacesOrEnd(text, at + 1);
  if (end === -1) return null;
  return { end, name: text.slice(1, at) };
}

export function isSimpleTableTop(text: string): boolean {
  // `=+( +=+)+ *$`: only '=' and ' ', starting with '=', with at least two columns.
  if (text[0] !== '=') return false;
  let sawGap = false;
  for (const char of text) {
    if (char === ' ') sawGap = true;
    else if (char !== '=') return false;
  }
  return sawGap;
}

/** `=+[ =]*$`: the border lines of a simple table. */
export function isSimpleTableBorder(text: string): boolean {
  if (text[0] !== '=') return false;
  for (const char of text) if (char !== '=' && char !== ' ') return false;
  return true;
}

export function isGridTableTop(text: string): boolean {
  // `\+-[-+]+-\+ *$`
  if (text.length < 5 || text[0] !== '+' || text[1] !== '-') return false;
  if (text[text.length - 1] !== '+' || text[text.length - 2] !== '-') return false;
  for (let i = 2; i < text.length - 2; i++) if (text[i] !== '-' && text[i] !== '+') return false;
  return true;
}

/** The option-list marker's start: `-x`, `+x`, `--name` or `/name` (docutils' option pattern). */
export function isOptionMarker(text: string): boolean {
  const alnum = (char: string | undefined) =>
    char !== undefined && (isDigit(char) || isLower(char) || isUpper(char));
  if ((text[0] === '-' || text[0] === '+') && alnum(text[1])) return optionMarkerEnd(text);
  if (text.startsWith('--') && alnum(text[2])) return optionMarkerEnd(text);
  if (text[0] === '/' && alnum(text[1])) return optionMarkerEnd(text);
  return false;
}

/**
 * docutils' option_marker ends with two spaces or the end of the line (`(  +| ?$)`); the words
 * before it are options and their arguments. This check accepts `-a`, `-a ARG`, `--long=ARG`,
 * `/V` and comma-separated lists of them.
 */
function optionMarkerEnd(text: string): boolean {
  const gap = text.indexOf('  ');
  const marker = gap === -1 ? text.replace(/ $/, '') : text.slice(0, gap);
  const options = marker.split(', ');
  return options.every((option) => {
    const match =
      /^(?:--|-|\+|\/)([a-zA-Z0-9][a-zA-Z0-9_-]*)(?:[ =](?:[a-zA-Z][a-zA-Z0-9_-]*|<[^<>]+>))?$/.exec(
        option,
      );
    if (!match) return false;
    // A short option (-x, +x) names one character; letters right after it are its argument.
    const name = match[1]!;
    return (
      option.startsWith('--') ||
      option[0] === '/' ||
      name.length === 1 ||
      isLower(name[1]) ||
      isUpper(name[1])
    );
  });
}

/** `[-+*\u2022\u2023\u2043]( +|$)`: a bullet; where the item's text starts, or -1. */
export function matchBullet(text: string): number {
  return BULLETS.includes(text[0]!) ? spacesOrEnd(text, 1) : -1;
}

/** `>>>( +|$)`: a doctest block. */
export function isDoctest(text: string): boolean {
  return text.startsWith('>>>') && spacesOrEnd(text, 3) !== -1;
}

/** `\|( +|$)`: a line of a line block; where its text starts, or -1. */
export function matchLineBlock(text: string): number {
  return text[0] === '|' ? spacesOrEnd(text, 1) : -1;
}

/** `\.\.( +|$)`: explicit markup; where the construct starts, or -1. */
export function matchExplicit(text: string): number {
  return text.startsWith('..') ? spacesOrEnd(text, 2) : -1;
}

/** `__( +|$)`: an anonymous target; where its URL starts, or -1. */
export function matchAnonymous(text: string): number {
  return text.startsWith('__') ? spacesOrEnd(text, 2) : -1;
}

/**
 * docutils' Body.patterns in the order of Body.initial_transitions (after `blank` and
 * `indent`, which look at whitespace, and before `text`, which takes any line). The block rule
 * table (rules.ts) tries the rules in this same order; tests/unit/rst/rules.test.ts checks it.
 */
const BODY_PATTERNS: readonly (readonly [LineKind['kind'], (text: string) => LineKind | null])[] = [
  [
    'bullet',
    (text) => {
      const end = matchBullet(text);
      return end === -1 ? null : { kind: 'bullet', end };
    },
  ],
  [
    'enumerator',
    (text) => {
      const match = matchEnumerator(text);
      return match ? { kind: 'enumerator', match } : null;
    },
  ],
  [
    'field',
    (text) => {
      const field = matchFieldMarker(text);
      return field ? { kind: 'field', ...field } : null;
    },
  ],
  ['option', (text) => (isOptionMarker(text) ? { kind: 'option' } : null)],
  ['doctest', (text) => (isDoctest(text) ? { kind: 'doctest' } : null)],
  [
    'lineBlock',
    (text) => {
      const end = matchLineBlock(text);
      return end === -1 ? null : { kind: 'lineBlock', end };
    },
  ],
  ['gridTable', (text) => (isGridTableTop(text) ? { kind: 'gridTable' } : null)],
  ['simpleTable', (text) => (isSimpleTableTop(text) ? { kind: 'simpleTable' } : null)],
  [
    'explicit',
    (text) => {
      const end = matchExplicit(text);
      return end === -1 ? null : { kind: 'explicit', end };
    },
  ],
  [
    'anonymous',
    (text) => {
      const end = matchAnonymous(text);
      return end === -1 ? null : { kind: 'anonymous', end };
    },
  ],
  ['line', (text) => (isAdornmentLine(text) ? { kind: 'line' } : null)],
];

/** The names of docutils' Body transitions that look at a line's text, in the order tried. */
export const BODY_TRANSITIONS: readonly LineKind['kind'][] = [
  ...BODY_PATTERNS.map(([kind]) => kind),
  'text',
];

const TEXT: LineKind = { kind: 'text' };

/**
 * Which Body transition docutils takes for a non-blank, non-indented line: what the states
 * after a first construct (BulletList, DefinitionList, Explicit...) look at to decide whether
 * the next line goes on with it.
 */
export function classifyLine(text: string): LineKind {
  for (const [, match] of BODY_PATTERNS) {
    const kind = match(text);
    if (kind) return kind;
  }
  return TEXT;
}

import type { EnumFormat, EnumeratorMatch } from './patterns';

/*
 * Enumerated-list arithmetic, as docutils' Body.parse_enumerator / make_enumerator do it.
 */

export type Sequence = 'arabic' | 'loweralpha' | 'upperalpha' | 'lowerroman' | 'upperroman' | '#';

const SEQUENCE_PATTERNS: Record<Exclude<Sequence, '#'>, RegExp> = {
  arabic: /^[0-9]+$/,
  loweralpha: /^[a-z]$/,
  upperalpha: /^[A-Z]$/,
  lowerroman: /^[ivxlcdm]+$/,
  upperroman: /^[IVXLCDM]+$/,
};
const SEQUENCES = Object.keys(SEQUENCE_PATTERNS) as Exclude<Sequence, '#'>[];

// The roman module docutils uses: M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3}).
// Bounded repetitions only, so it cannot backtrack badly.
const ROMAN = /^M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: [string, number][] = [
  ['M', 1000],
  ['CM', 900],
  ['D', 500],
  ['CD', 400],
  ['C', 100],
  ['XC', 90],
  ['L', 50],
  ['XL', 40],
  ['X', 10],
  ['IX', 9],
  ['V', 5],
  ['IV', 4],
  ['I', 1],
];

function fromRoman(text: string): number | null {
  if (!text || text.length > 20 || !ROMAN.test(text)) return null;
  let value = 0;
  let at = 0;
  for (const [numeral, amount] of ROMAN_VALUES) {
    while (text.startsWith(numeral, at)) {
      value += amount;
      at += numeral.length;
    }
  }
  return value;
}

function toRoman(value: number): string | null {
  if (value <= 0 || value >= 5000) return null;
  let rest = value;
  let text = '';
  for (const [numeral, amount] of ROMAN_VALUES) {
    while (rest >= amount) {
      text += numeral;
      rest -= amount;
    }
  }
  return text;
}

export interface Enumerator {
  format: EnumFormat;
  sequence: Sequence;
  /** null for an invalid roman numeral. */
  ordinal: number | null;
}

export function parseEnumerator(match: EnumeratorMatch, expected?: Sequence): Enumerator {
  const { text, format } = match;
  let sequence: Sequence | '' = '';
  if (text === '#') sequence = '#';
  else if (expected) {
    if (expected !== '#' && SEQUENCE_PATTERNS[expected].test(text)) sequence = expected;
  } else if (text === 'i') sequence = 'lowerroman';
  else if (text === 'I') sequence = 'upperroman';
  if (!sequence)
    sequence = SEQUENCES.find((name) => SEQUENCE_PATTERNS[name].test(text)) ?? 'arabic';
  let ordinal: number | null;
  switch (sequence) {
    case '#':
      ordinal = 1;
      break;
    case 'arabic':
      ordinal = Number.parseInt(text, 10);
      break;
    case 'loweralpha':
      ordinal = text.charCodeAt(0) - 0x60;
      break;
    case 'upperalpha':
      ordinal = text.charCodeAt(0) - 0x40;
      break;
    case 'lowerroman':
    case 'upperroman':
      ordinal = fromRoman(text.toUpperCase());
  }
  return { format, sequence, ordinal };
}

const PUNCTUATION: Record<EnumFormat, [string, string]> = {
  parens: ['(', ')'],
  rparen: ['', ')'],
  period: ['', '.'],
};

/** The marker the next item would carry, and the auto-enumerator "#" in the same format. */
export function nextEnumerators(
  ordinal: number,
  sequence: Sequence,
  format: EnumFormat,
): [string, string] | null {
  let enumerator: string | null;
  if (sequence === '#') enumerator = '#';
  else if (sequence === 'arabic') enumerator = String(ordinal);
  else if (sequence.endsWith('alpha')) {
    enumerator = ordinal > 26 ? null : String.fromCharCode(ordinal + 0x60);
  } else enumerator = toRoman(ordinal);
  if (enumerator === null) return null;
  if (sequence.startsWith('lower')) enumerator = enumerator.toLowerCase();
  else if (sequence.startsWith('upper')) enumerator = enumerator.toUpperCase();
  const [prefix, suffix] = PUNCTUATION[format];
  return [`${prefix}${enumerator}${suffix} `, `${prefix}#${suffix} `];
}

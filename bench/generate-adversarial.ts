/**
 * Adversarial notes: text built to make a careless reader or graph builder slow (quadratic
 * rescans, regex backtracking) or crash (recursion depth, argument-count limits).
 *
 * `adversarialNotes(bytes)` returns about `bytes` of UTF-8 made of the parts below, each given a
 * fixed share of the size, so that at every size the mix is the same and a linear-time pipeline
 * takes twice as long for twice the bytes. Quantities that cost bytes linearly (backticks, line
 * length, one-line list nesting) grow with the size; staircases that cost bytes quadratically
 * (indentation depth) grow with its square root. At 1 MB: ~5,000-level list nesting, a
 * 20,000-character line, hundreds of thousands of backticks and adornment-like lines.
 *
 * Run directly to write a file: `npx tsx bench/generate-adversarial.ts [bytes] > notes.rst`.
 */

const MEGABYTE = 1_000_000;

/** One part of the file, written to fill about `budget` bytes. */
type Part = (budget: number) => string;

/** Repeats `unit` (separated by `separator`) until `budget` bytes are used. */
function fill(unit: string, budget: number, separator = ' '): string {
  const count = Math.max(1, Math.floor(budget / utf8Length(unit + separator)));
  return Array.from({ length: count }, () => unit).join(separator);
}

/** Breaks a long run of words into lines of about 76 characters, as a paragraph. */
function wrap(text: string): string {
  return text.replace(/(.{1,76})(?: |$)/g, '$1\n').trimEnd();
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Backticks that open and never close, in one long paragraph: each one tempts a rescan. */
const manyBackticks: Part = (budget) =>
  [
    'Backticks\n=========\n',
    wrap(fill('`a', budget / 4)),
    '',
    wrap(fill('``b', budget / 4)),
    '',
    wrap(fill('`c <d', budget / 4)),
    '',
    wrap(fill('` `` ``` `_ `__', budget / 4)),
  ].join('\n');

/** Every kind of inline start-string left open, repeated in one paragraph. */
const unterminatedMarkup: Part = (budget) =>
  [
    'Unterminated\n============\n',
    wrap(fill('*em **strong ``lit |sub [1]_ _`tgt :role:`x x_ <http://a', budget)),
  ].join('\n');

/** 5,000 levels of bullet and enumerated lists at 1 MB, written on single lines (`* * * x`). */
const oneLineNesting: Part = (budget) => {
  // `* ` costs 2 bytes a level and `1. ` 3 bytes for two thirds as many levels: 4 bytes a level.
  const depth = Math.max(1, Math.floor(budget / 6));
  return [
    'Nesting on one line\n===================\n',
    `${'* '.repeat(depth)}deep bullet`,
    '',
    `${'1. '.repeat(Math.floor((depth * 2) / 3))}deep enumeration`,
    '',
  ].join('\n');
};

/** Indentation staircases: block quotes, nested definition lists (TAB-indented), bullets. */
const staircases: Part = (budget) => {
  // A staircase of depth d costs about d²/2 bytes per kind; three kinds share the budget.
  const depth = Math.max(1, Math.floor(Math.sqrt((2 * budget) / 3 / 2)));
  const quotes: string[] = [];
  const terms: string[] = [];
  const bullets: string[] = [];
  for (let level = 0; level < depth; level++) {
    quotes.push(`${' '.repeat(level)}quote ${level}`, '');
    // Each term sits in the previous term's definition, after its paragraph.
    terms.push(
      `${'\t'.repeat(level)}term${level}`,
      `${'\t'.repeat(level + 1)}definition ${level}`,
      '',
    );
    bullets.push(`${'  '.repeat(level)}- item ${level}`, '');
  }
  return [
    'Staircases\n==========\n',
    ...quotes,
    'Deep definitions\n================\n',
    ...terms,
    '',
    'Deep bullets\n============\n',
    ...bullets,
  ].join('\n');
};

/** One very long line (20,000 characters at 1 MB) of words and inline markup. */
const longLine: Part = (budget) =>
  [
    'A long line\n===========\n',
    fill('word *em* ``lit`` `ref`_ **strong** 日本語テキスト', budget),
    '',
  ].join('\n');

/**
 * Lines that look like adornments but are not sections: too-short underlines, lone over-lines,
 * 13 adornment characters in a row (inconsistent levels), transitions next to each other.
 */
const adornmentLike: Part = (budget) => {
  const unit = [
    'x',
    '=',
    '',
    '-----',
    '-----',
    '',
    '~~~~~~~~',
    'text under an over-line',
    '',
    'Level',
    '#####',
    '',
    'Other',
    '^^^^^',
    '',
    '`````',
    '',
    '+++++',
    '+++++',
    '',
  ].join('\n');
  return fill(unit, budget, '\n');
};

/** Many references to many targets: resolving them must not be a search per reference. */
const referencesAndTargets: Part = (budget) => {
  const count = Math.max(1, Math.floor(budget / 60));
  const lines: string[] = ['References\n==========\n'];
  for (let i = 0; i < count; i++) lines.push(`.. _target${i}: https://example.com/${i}`);
  lines.push('');
  const refs = Array.from({ length: count }, (_, i) => `target${i}_ missing${i}_`).join(' ');
  lines.push(wrap(refs), '');
  return lines.join('\n');
};

/**
 * A long Japanese term that almost occurs, over and over, in one long line of Japanese text: a
 * mention scan that restarts at every character (instead of advancing past what it read) does
 * name-length work per character here, which is quadratic when both grow with the notes.
 */
const nearMentions: Part = (budget) => {
  // UTF-8 takes 3 bytes per kana; a tenth of the part goes to the name, the rest to the text.
  const nameLength = Math.max(1, Math.floor(budget / 30));
  const textLength = Math.max(1, Math.floor((budget * 0.9) / 3));
  return [
    'Near mentions\n=============\n',
    `${'あ'.repeat(nameLength)}い`,
    `\t${'あ'.repeat(textLength)}`,
    '',
  ].join('\n');
};

/** Shares of the file per part; they add up to 1. */
const PARTS: [Part, number][] = [
  [manyBackticks, 0.2],
  [unterminatedMarkup, 0.15],
  [oneLineNesting, 0.03],
  [staircases, 0.12],
  [longLine, 0.025],
  [adornmentLike, 0.195],
  [referencesAndTargets, 0.18],
  [nearMentions, 0.1],
];

/** About `bytes` of adversarial notes; deterministic. */
export function adversarialNotes(bytes: number = MEGABYTE): string {
  const body = PARTS.map(([part, share]) => part(bytes * share)).join('\n\n');
  return `Adversarial notes\n=================\n\n${body}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const bytes = Number(process.argv[2] ?? MEGABYTE);
  process.stdout.write(adversarialNotes(bytes));
}

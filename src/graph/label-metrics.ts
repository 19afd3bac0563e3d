/**
 * Node sizes from labels, without a canvas. The layout runs at build time in Node, where nothing
 * can measure text, so label widths are estimated from character classes. The estimate errs on
 * the wide side (DejaVu Sans, the widest common default sans-serif, rather than Arial), so the
 * real label fits inside its node on every machine; the browser computes the same numbers from
 * the same function, so build-time positions and run-time node sizes always agree.
 *
 * Labels are wrapped here (not by Cytoscape) so the line count the layout reserved space for is
 * the line count that is drawn: the wrapped text carries explicit line breaks.
 */
import type { ConceptKind } from '../notes/concepts/model';

export interface LabelFont {
  size: number;
  weight: 'normal' | 'bold';
}

/**
 * Font of the node labels, per kind, at zoom 1; elements.ts gives important concepts (many
 * relations, containers) a larger one, and style.ts draws with exactly what the element says.
 */
export const LABEL_FONT: Readonly<Record<ConceptKind, LabelFont>> = {
  title: { size: 18, weight: 'bold' },
  section: { size: 15, weight: 'bold' },
  term: { size: 14, weight: 'normal' },
};

/** Cytoscape's `line-height` for node labels (a multiple of the font size). */
export const LABEL_LINE_HEIGHT = 1.25;
/** Longest line before a label wraps, in pixels at zoom 1 (wider for the one title node). */
export const LABEL_MAX_WIDTH: Readonly<Record<ConceptKind, number>> = {
  title: 220,
  section: 160,
  term: 150,
};
/** Space between the label and the node's border. */
const NODE_PADDING_X = 10;
const NODE_PADDING_Y = 7;

/** Bold glyphs are about 8% wider than regular ones in common sans-serif fonts. */
const BOLD_FACTOR = 1.08;

export interface LabelBox {
  /** The label with `\n` where it wraps. */
  text: string;
  lines: number;
  /** Size of the text block alone. */
  textWidth: number;
  textHeight: number;
  /** Size of the node drawn around it. */
  width: number;
  height: number;
}

/**
 * East Asian Wide and Fullwidth characters (UAX #11, W and F) take a full em; the ranges below
 * cover Hangul Jamo, CJK radicals to Yi, Hangul syllables, compatibility ideographs, vertical
 * and fullwidth forms, emoji, and the supplementary ideograph planes.
 */
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

function isWide(char: string): boolean {
  const code = char.codePointAt(0)!;
  return WIDE_RANGES.some(([from, to]) => code >= from && code <= to);
}

/** Width of one character in em (Latin widths rounded up from DejaVu Sans). */
function charWidthEm(char: string): number {
  if (isWide(char)) return 1;
  if (/\s/u.test(char)) return 0.32;
  if ("il.,:;!|'`".includes(char)) return 0.3;
  if ('fjrtI()[]{}-'.includes(char)) return 0.42;
  if ('mwMW'.includes(char)) return 0.98;
  if (/\p{Lu}/u.test(char)) return 0.74;
  if (/[\p{Ll}\p{N}]/u.test(char)) return 0.64;
  return 0.7;
}

export function textWidthPx(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) em += charWidthEm(char);
  return em * fontSize * (bold ? BOLD_FACTOR : 1);
}

/**
 * Greedy line breaking at spaces and where the script changes between narrow and wide
 * characters (`Kubernetes関連メモ` -> `Kubernetes` / `関連メモ`: UAX #14 allows a break before and
 * after ideographs). A run longer than a line (a long Japanese phrase has no spaces) is broken
 * between characters, so no line is ever wider than `maxWidth`.
 */
export function wrapLabel(label: string, maxWidth: number, measure: (text: string) => number) {
  const units = breakUnits(label.replace(/\s+/gu, ' ').trim());
  const lines: string[] = [];
  let line = '';
  for (const unit of units) {
    const candidate = line + unit;
    if (line === '' || measure(candidate.trimEnd()) <= maxWidth) {
      line = line === '' ? unit.trimStart() : candidate;
      continue;
    }
    lines.push(line.trimEnd());
    line = unit.trimStart();
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines.flatMap((text) => splitOverlong(text, maxWidth, measure));
}

/** Words (with the space before them), split again where narrow and wide characters meet. */
function breakUnits(text: string): string[] {
  const units: string[] = [];
  let word = '';
  let wordIsWide: boolean | null = null;
  for (const char of text) {
    if (char === ' ') {
      if (word) units.push(word);
      word = ' ';
      wordIsWide = null;
      continue;
    }
    const wide = isWide(char);
    if (wordIsWide !== null && wide !== wordIsWide) {
      units.push(word);
      word = '';
    }
    word += char;
    wordIsWide = wide;
  }
  if (word.trim()) units.push(word);
  return units;
}

function splitOverlong(line: string, maxWidth: number, measure: (text: string) => number) {
  if (measure(line) <= maxWidth) return [line];
  const pieces: string[] = [];
  let piece = '';
  for (const char of line) {
    if (piece !== '' && measure(piece + char) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** The wrapped label of a node of this kind and the size of the node drawn around it. */
export function measureLabel(
  label: string,
  kind: ConceptKind,
  font: LabelFont = LABEL_FONT[kind],
): LabelBox {
  const bold = font.weight === 'bold';
  const measure = (text: string) => textWidthPx(text, font.size, bold);
  // Lines wrap at the same number of characters whatever the font size.
  const maxWidth = (LABEL_MAX_WIDTH[kind] * font.size) / LABEL_FONT[kind].size;
  const lines = wrapLabel(label, maxWidth, measure);
  if (lines.length === 0) lines.push('');
  const textWidth = Math.ceil(Math.max(...lines.map(measure)));
  const textHeight = Math.ceil(lines.length * font.size * LABEL_LINE_HEIGHT);
  return {
    text: lines.join('\n'),
    lines: lines.length,
    textWidth,
    textHeight,
    width: Math.max(textWidth + 2 * NODE_PADDING_X, 40),
    height: textHeight + 2 * NODE_PADDING_Y,
  };
}

/**
 * "Name it" hides a concept's name wherever its own text says it: the definition of ReplicaSet
 * ("Podをまとめたもの") keeps Pod but loses ReplicaSet. The matching follows the mention rules
 * (concepts/mentions.ts), so a name is blanked exactly where the map would see a mention:
 *
 * - Japanese has no spaces between words: a Japanese name is blanked anywhere (`ポッド` in
 *   `ポッドを作る`).
 * - A name that starts or ends with a letter of a space-separated script or a digit must sit on
 *   a word boundary there: `Pod` is blanked in `a Pod.` and in `Podの数`, not in `Podcast`.
 *   An English plural ending is the one exception (`Pods` → `___s`): the mention scan may ignore
 *   plurals, but a quiz that leaves `Pods` standing gives its answer away.
 * - Longest name first: with names `Service` and `Service Account`, `Service Account` is one
 *   blank, not a blank followed by ` Account`.
 * - Case and width are ignored (NFKC + lower case): `pod` and `Ｐｏｄ` are blanked for `Pod`.
 *
 * The text is folded one code point at a time, remembering where each folded code point came
 * from, so the blanks fall on the original text and everything around them is kept as written.
 */
import { isSpacedWordChar } from '../concepts/mentions';

/** A run of a text: shown as it is, or hidden (a blank the student fills in). */
export interface TextPart {
  text: string;
  blank: boolean;
}

interface Folded {
  /** The folded code points. */
  codePoints: number[];
  /** Per folded code point: where the original code point it came from starts and ends. */
  from: number[];
  to: number[];
}

function foldByCodePoint(text: string): Folded {
  const folded: Folded = { codePoints: [], from: [], to: [] };
  for (let index = 0; index < text.length;) {
    const codePoint = text.codePointAt(index)!;
    const end = index + (codePoint > 0xffff ? 2 : 1);
    for (const char of String.fromCodePoint(codePoint).normalize('NFKC').toLowerCase()) {
      folded.codePoints.push(char.codePointAt(0)!);
      folded.from.push(index);
      folded.to.push(end);
    }
    index = end;
  }
  return folded;
}

/** `text` in parts, every occurrence of one of `names` a blank part (see the rules above). */
export function blankNames(text: string, names: readonly string[]): TextPart[] {
  const patterns = [...new Set(names.map((name) => name.trim()).filter((name) => name !== ''))]
    .map((name) => foldByCodePoint(name).codePoints)
    .filter((codePoints) => codePoints.length > 0)
    .sort((a, b) => b.length - a.length);
  const folded = foldByCodePoint(text);
  const { codePoints } = folded;

  const parts: TextPart[] = [];
  let shownFrom = 0;
  const push = (end: number, blank: boolean, start: number) => {
    if (end > start) parts.push({ text: text.slice(start, end), blank });
  };

  for (let position = 0; position < codePoints.length;) {
    const length = patterns.find((pattern) => matchesAt(codePoints, position, pattern))?.length;
    if (length === undefined) {
      position += 1;
      continue;
    }
    const start = folded.from[position]!;
    const end = folded.to[position + length - 1]!;
    // A folded code point can come from the middle of an expansion (㌔ → キロ): the blank then
    // covers the whole original character, and never starts inside text already shown.
    const blankStart = Math.max(start, shownFrom);
    push(blankStart, false, shownFrom);
    push(end, true, blankStart);
    shownFrom = Math.max(shownFrom, end);
    position += length;
  }
  push(text.length, false, shownFrom);
  return mergeNeighbours(parts);
}

function matchesAt(text: readonly number[], start: number, pattern: readonly number[]): boolean {
  if (start + pattern.length > text.length) return false;
  for (let i = 0; i < pattern.length; i++) if (text[start + i] !== pattern[i]) return false;
  const first = pattern[0]!;
  const last = pattern[pattern.length - 1]!;
  // A spaced-script name may not start or end in the middle of a word.
  if (isSpacedWordChar(first) && isSpacedWordChar(text[start - 1] ?? -1)) return false;
  if (isSpacedWordChar(last) && !endsWord(text, start + pattern.length)) return false;
  return true;
}

const LOWER_S = 0x73;
const LOWER_E = 0x65;

/** A word ends at `index`, or after a plural `s` / `es` there. */
function endsWord(text: readonly number[], index: number): boolean {
  const at = (offset: number) => text[index + offset] ?? -1;
  if (!isSpacedWordChar(at(0))) return true;
  if (at(0) === LOWER_S && !isSpacedWordChar(at(1))) return true;
  return at(0) === LOWER_E && at(1) === LOWER_S && !isSpacedWordChar(at(2));
}

/** Two blanks side by side (`PodPod`) read as one. */
function mergeNeighbours(parts: TextPart[]): TextPart[] {
  const merged: TextPart[] = [];
  for (const part of parts) {
    const previous = merged.at(-1);
    if (previous && previous.blank === part.blank) previous.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}

/** Whether any of `names` occurs in `text` (the label of a neighbour that gives the answer away). */
export function mentionsAnyName(text: string, names: readonly string[]): boolean {
  return blankNames(text, names).some((part) => part.blank);
}

/**
 * Finds which concepts a text mentions, by name or alias.
 *
 * Rules (issue #2, "mentions"):
 * - Japanese has no spaces between words, so a Japanese name matches anywhere inside Japanese
 *   text (`ユーザ` in `ユーザ名`).
 * - A name that starts or ends with a letter of a space-separated script (Latin, Greek,
 *   Cyrillic) or a digit must sit on a word boundary there: `Helm` is not in `overwhelm`.
 * - Longest match wins, scanning left to right: `Service Account` is one mention of
 *   `Service Account`, not also one of `Service`.
 * - Matching ignores case and width (NFKC + lower case), so `pod` and `Ｐｏｄ` mention `Pod`.
 *
 * A character trie makes the scan linear in the text, with no regular expressions built from
 * user text (no backtracking, nothing to escape). Linear needs bounded names: from each position
 * the scan walks at most MAX_NAME_LENGTH characters, so a name longer than that (a paragraph
 * pasted as a term) is never looked for as a mention. Such a "name" is not something people
 * write in running text anyway.
 */
import { stableCjkTable } from '../cjk-ranges';

export const MAX_NAME_LENGTH = 64;

/*
 * The trie is stored flat, node 0 being the root. Most nodes have one child (the next letter
 * of one name), kept in two arrays; only a node with more children gets a map. Thousands of
 * concepts would otherwise mean thousands of maps to build on every read of the notes.
 */

const SPACED_WORD = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}_]/u;

/** Case- and width-insensitive form of names: NFKC, then lower case. */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/*
 * Text of ASCII and normalisation-stable CJK (cjk-ranges.ts) folds to itself, but for ASCII
 * capitals: the scan lower-cases those as it reads (lowerAscii), which keeps every offset, so the
 * text need not be copied for them either.
 */
const FOLDS_TO_ITSELF = stableCjkTable({ ascii: true });

/** A text as the scan reads it: folded, except that ASCII capitals may be left to lowerAscii. */
function foldForScan(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (FOLDS_TO_ITSELF[text.charCodeAt(i)] === 0) return fold(text);
  }
  return text;
}

/** A-Z -> a-z; every other code point (and -1) as it is. */
function lowerAscii(codePoint: number): number {
  return codePoint >= 0x41 && codePoint <= 0x5a ? codePoint + 0x20 : codePoint;
}

// The boundary test runs at every step of the scan: BMP answers from a table filled on first use
// (0 = not known yet, 1 = no, 2 = yes), astral ones tested once and remembered.
const SPACED_WORD_BMP = new Uint8Array(0x10000);
const spacedWordAstral = new Map<number, boolean>();

/**
 * Whether a code point belongs to a word of a space-separated script (the boundary rule above;
 * study's blanking follows it too). `codePoint` is -1 before the start or after the end of the text.
 */
function isSpacedWordChar(codePoint: number): boolean {
  if (codePoint < 0) return false;
  if (codePoint < 0x10000) {
    let known = SPACED_WORD_BMP[codePoint]!;
    if (known === 0) {
      known = SPACED_WORD.test(String.fromCharCode(codePoint)) ? 2 : 1;
      SPACED_WORD_BMP[codePoint] = known;
    }
    return known === 2;
  }
  let known = spacedWordAstral.get(codePoint);
  if (known === undefined) {
    known = SPACED_WORD.test(String.fromCodePoint(codePoint));
    spacedWordAstral.set(codePoint, known);
  }
  return known;
}

/** The code point that ends just before `index`, or -1 at the start (surrogate pairs whole). */
function codePointBefore(text: string, index: number): number {
  if (index <= 0) return -1;
  const last = text.charCodeAt(index - 1);
  if (last >= 0xdc00 && last <= 0xdfff && index >= 2) {
    const first = text.charCodeAt(index - 2);
    if (first >= 0xd800 && first <= 0xdbff) return text.codePointAt(index - 2)!;
  }
  return last;
}

const unitsOf = (codePoint: number): number => (codePoint > 0xffff ? 2 : 1);

/** Code points in `text` (a lone surrogate counts as one, as Array.from counts it). */
function codePointCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += unitsOf(text.codePointAt(i)!)) count++;
  return count;
}

/**
 * The offset in `text` where its folded form reaches `foldedOffset` (folding can change lengths:
 * `ﬁ` → `fi`, half-width `ｶﾞ` → `ガ`). Only needed for quoting evidence, and only on such text.
 */
function originalOffset(text: string, foldedOffset: number): number {
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (fold(text.slice(0, middle)).length < foldedOffset) low = middle + 1;
    else high = middle;
  }
  return low;
}

export class MentionMatcher<Owner extends string = string> {
  /** Per node: the concepts whose name ends there (null for most nodes: no array each). */
  private readonly owners: (Owner[] | null)[] = [null];
  /** Per node: length in UTF-16 code units of the folded name ending there. */
  private readonly units: number[] = [0];
  /** Per node: its first child's code point (-1: none) and node. */
  private readonly firstCodePoint: number[] = [-1];
  private readonly firstChild: number[] = [0];
  /** Per node: its other children by code point, when it has any. */
  private readonly otherChildren: (Map<number, number> | undefined)[] = [undefined];

  /**
   * One bit per BMP code point: does a name start with it? The scan asks the root at every
   * position of every text, and most of the answers are "no".
   */
  private readonly rootStarts = new Uint8Array(0x10000 >> 3);

  private child(node: number, codePoint: number): number | undefined {
    if (
      node === 0 &&
      codePoint < 0x10000 &&
      !(this.rootStarts[codePoint >> 3]! & (1 << (codePoint & 7)))
    ) {
      return undefined;
    }
    if (this.firstCodePoint[node] === codePoint) return this.firstChild[node];
    return this.otherChildren[node]?.get(codePoint);
  }

  private addChild(node: number, codePoint: number, units: number): number {
    const child = this.owners.length;
    this.owners.push(null);
    this.units.push(units);
    this.firstCodePoint.push(-1);
    this.firstChild.push(0);
    this.otherChildren.push(undefined);
    if (node === 0 && codePoint < 0x10000) this.rootStarts[codePoint >> 3]! |= 1 << (codePoint & 7);
    if (this.firstCodePoint[node] === -1) {
      this.firstCodePoint[node] = codePoint;
      this.firstChild[node] = child;
    } else {
      let others = this.otherChildren[node];
      if (!others) this.otherChildren[node] = others = new Map();
      others.set(codePoint, child);
    }
    return child;
  }

  /** Registers `name` as a way to mention `owner`. Blank names are ignored. */
  add(name: string, owner: Owner): void {
    // Read like a text (foldForScan + lowerAscii), one code point at a time: no array per name.
    const folded = foldForScan(name.trim());
    const length = codePointCount(folded);
    if (length === 0 || length > MAX_NAME_LENGTH) return;
    let node = 0;
    for (let index = 0; index < folded.length;) {
      const codePoint = lowerAscii(folded.codePointAt(index)!);
      const units = unitsOf(codePoint);
      node =
        this.child(node, codePoint) ?? this.addChild(node, codePoint, this.units[node]! + units);
      index += units;
    }
    const owners = this.owners[node];
    if (!owners) this.owners[node] = [owner];
    else if (!owners.includes(owner)) owners.push(owner);
  }

  /**
   * The owners mentioned in `text`, in order of first mention, each once. A name several owners
   * have is a mention of those `choose` keeps (all of them by default).
   */
  mentionedIn(text: string, choose?: (owners: readonly Owner[]) => readonly Owner[]): Owner[] {
    const mentioned = new Set<Owner>();
    this.scan(text, (owners) => {
      for (const owner of owners.length > 1 && choose ? choose(owners) : owners)
        mentioned.add(owner);
    });
    return [...mentioned];
  }

  /**
   * Where each owner (of the `wanted`, when given) is first mentioned in `text`: the start and end
   * of the name as written (offsets into `text`), for quoting the sentence a relation comes from
   * (evidence.ts).
   */
  firstMentionsIn(
    text: string,
    wanted?: ReadonlySet<Owner>,
  ): Map<Owner, { start: number; end: number }> {
    const found = new Map<Owner, { start: number; end: number }>();
    const folded = foldForScan(text);
    const aligned = folded.length === text.length;
    this.scan(text, (owners, start, end) => {
      for (const owner of owners) {
        if (found.has(owner) || (wanted && !wanted.has(owner))) continue;
        found.set(
          owner,
          aligned
            ? { start, end }
            : { start: originalOffset(text, start), end: originalOffset(text, end) },
        );
      }
    });
    return found;
  }

  /** Calls `found` for every longest match, left to right, with its offsets in the folded text. */
  private scan(text: string, found: (owners: Owner[], start: number, end: number) => void): void {
    const folded = foldForScan(text);
    const rootStarts = this.rootStarts;
    let position = 0;
    while (position < folded.length) {
      // Most positions start no name: answer those from the bitmap without walking the trie
      // (a unit that is not a lead surrogate is its own code point).
      const code = lowerAscii(folded.charCodeAt(position));
      if ((code < 0xd800 || code > 0xdbff) && !(rootStarts[code >> 3]! & (1 << (code & 7)))) {
        position += 1;
        continue;
      }
      const match = this.longestMatchAt(folded, position);
      if (match > 0) {
        found(this.owners[match]!, position, position + this.units[match]!);
        position += this.units[match]!;
      } else {
        position += unitsOf(folded.codePointAt(position)!);
      }
    }
  }

  /**
   * Walks the trie from `start` (a code point boundary) and returns the node of the longest
   * bounded name, or -1.
   */
  private longestMatchAt(folded: string, start: number): number {
    let codePoint = lowerAscii(folded.codePointAt(start)!);
    // Most positions start no name at all: look that up before the costlier boundary test.
    let node = this.child(0, codePoint);
    if (node === undefined) return -1;
    // A spaced-script name cannot start in the middle of a word.
    if (
      isSpacedWordChar(codePoint) &&
      isSpacedWordChar(lowerAscii(codePointBefore(folded, start)))
    ) {
      return -1;
    }
    let best = -1;
    let index = start;
    while (node !== undefined) {
      const next = index + unitsOf(codePoint);
      const after = next < folded.length ? lowerAscii(folded.codePointAt(next)!) : -1;
      // A name ends here, and not inside a word (the boundary is tested only then).
      if (this.owners[node] !== null && !(isSpacedWordChar(codePoint) && isSpacedWordChar(after))) {
        best = node;
      }
      if (after < 0) break;
      node = this.child(node, after);
      index = next;
      codePoint = after;
    }
    return best;
  }
}

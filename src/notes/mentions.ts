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

export const MAX_NAME_LENGTH = 64;

interface TrieNode {
  /** Keyed by code point: the scan reads code points from the folded text without copying it. */
  children: Map<number, TrieNode>;
  /** Concepts whose name ends here. */
  owners: string[];
  /** Length in UTF-16 code units of the folded name ending here. */
  units: number;
}

const SPACED_WORD = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}_]/u;

/** Case- and width-insensitive form of names and texts. */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** foldForMatching, one array entry per code point. */
export function foldForMatching(text: string): string[] {
  return Array.from(fold(text));
}

// The boundary test runs at every position that starts a name: ASCII answers from a table,
// others tested once and remembered.
const SPACED_WORD_ASCII = Uint8Array.from({ length: 128 }, (_, code) =>
  SPACED_WORD.test(String.fromCharCode(code)) ? 1 : 0,
);
const spacedWordCache = new Map<number, boolean>();

/** `codePoint` is -1 before the start or after the end of the text. */
function isSpacedWordChar(codePoint: number): boolean {
  if (codePoint < 0) return false;
  if (codePoint < 128) return SPACED_WORD_ASCII[codePoint] === 1;
  let known = spacedWordCache.get(codePoint);
  if (known === undefined) {
    known = SPACED_WORD.test(String.fromCodePoint(codePoint));
    spacedWordCache.set(codePoint, known);
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

export class MentionMatcher<Owner extends string = string> {
  private readonly root: TrieNode = { children: new Map(), owners: [], units: 0 };

  /** Registers `name` as a way to mention `owner`. Blank names are ignored. */
  add(name: string, owner: Owner): void {
    const chars = foldForMatching(name.trim());
    if (chars.length === 0 || chars.length > MAX_NAME_LENGTH) return;
    let node = this.root;
    for (const char of chars) {
      const codePoint = char.codePointAt(0)!;
      let child = node.children.get(codePoint);
      if (!child) {
        child = { children: new Map(), owners: [], units: node.units + char.length };
        node.children.set(codePoint, child);
      }
      node = child;
    }
    if (!node.owners.includes(owner)) node.owners.push(owner);
  }

  /** The owners mentioned in `text`, in order of first mention, each once. */
  mentionedIn(text: string): Owner[] {
    const folded = fold(text);
    const mentioned = new Set<Owner>();
    let position = 0;
    while (position < folded.length) {
      const match = this.longestMatchAt(folded, position);
      if (match) {
        for (const owner of match.owners) mentioned.add(owner as Owner);
        position += match.units;
      } else {
        position += unitsOf(folded.codePointAt(position)!);
      }
    }
    return [...mentioned];
  }

  /** Walks the trie from `start` (a code point boundary) and keeps the longest bounded name. */
  private longestMatchAt(folded: string, start: number): TrieNode | null {
    let codePoint = folded.codePointAt(start)!;
    // Most positions start no name at all: look that up before the costlier boundary test.
    let node = this.root.children.get(codePoint);
    if (!node) return null;
    // A spaced-script name cannot start in the middle of a word.
    if (isSpacedWordChar(codePoint) && isSpacedWordChar(codePointBefore(folded, start))) {
      return null;
    }
    let best: TrieNode | null = null;
    let index = start;
    while (node) {
      const next = index + unitsOf(codePoint);
      const after = next < folded.length ? folded.codePointAt(next)! : -1;
      const endsInsideWord = isSpacedWordChar(codePoint) && isSpacedWordChar(after);
      if (node.owners.length > 0 && !endsInsideWord) best = node;
      if (after < 0) break;
      node = node.children.get(after);
      index = next;
      codePoint = after;
    }
    return best;
  }
}

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
  children: Map<string, TrieNode>;
  /** Concepts whose name ends here. */
  owners: string[];
  /** Length in characters of the name ending here. */
  depth: number;
}

const SPACED_WORD = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}_]/u;

/** Case- and width-insensitive form of names and texts; one array entry per code point. */
export function foldForMatching(text: string): string[] {
  return Array.from(text.normalize('NFKC').toLowerCase());
}

function isSpacedWordChar(char: string | undefined): boolean {
  return char !== undefined && SPACED_WORD.test(char);
}

export class MentionMatcher<Owner extends string = string> {
  private readonly root: TrieNode = { children: new Map(), owners: [], depth: 0 };

  /** Registers `name` as a way to mention `owner`. Blank names are ignored. */
  add(name: string, owner: Owner): void {
    const chars = foldForMatching(name.trim());
    if (chars.length === 0 || chars.length > MAX_NAME_LENGTH) return;
    let node = this.root;
    for (const char of chars) {
      let child = node.children.get(char);
      if (!child) {
        child = { children: new Map(), owners: [], depth: node.depth + 1 };
        node.children.set(char, child);
      }
      node = child;
    }
    if (!node.owners.includes(owner)) node.owners.push(owner);
  }

  /** The owners mentioned in `text`, in order of first mention, each once. */
  mentionedIn(text: string): Owner[] {
    const chars = foldForMatching(text);
    const mentioned = new Set<Owner>();
    let position = 0;
    while (position < chars.length) {
      const match = this.longestMatchAt(chars, position);
      if (match) {
        for (const owner of match.owners) mentioned.add(owner as Owner);
        position += match.depth;
      } else {
        position += 1;
      }
    }
    return [...mentioned];
  }

  private longestMatchAt(chars: readonly string[], start: number): TrieNode | null {
    // Most positions start no name at all: look that up before the costlier boundary test.
    let node = this.root.children.get(chars[start]!);
    if (!node) return null;
    // A spaced-script name cannot start in the middle of a word.
    const startsInsideWord = isSpacedWordChar(chars[start]) && isSpacedWordChar(chars[start - 1]);
    if (startsInsideWord) return null;
    let best: TrieNode | null = null;
    for (let i = start; node; node = node.children.get(chars[++i]!)) {
      const endsInsideWord = isSpacedWordChar(chars[i]) && isSpacedWordChar(chars[i + 1]);
      if (node.owners.length > 0 && !endsInsideWord) best = node;
    }
    return best;
  }
}

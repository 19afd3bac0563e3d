/**
 * Where inline markup ends (docutils' end patterns: Inliner.patterns.emphasis, strong, literal,
 * target, substitution_ref, interpreted_or_phrase_ref). Whether an end-string is valid at a
 * position depends only on the characters around it, so each position is tested at most once
 * per kind of end-string (see find): that is what keeps thousands of unmatched start-strings
 * linear.
 */
import { ESCAPE, isEndSuffix, isNameChar, isNameSeparator, isWhitespace } from './chars';

export type EndKind = 'emphasis' | 'strong' | 'literal' | 'target' | 'substitution' | 'backquote';

/** A valid end-string: where it starts and ends, and (for backquotes) the role or `_`/`__` after it. */
export interface EndString {
  start: number;
  end: number;
  role: string | null;
  refend: '' | '_' | '__';
}

const FIRST_CHAR: Readonly<Record<EndKind, string>> = {
  emphasis: '*',
  strong: '*',
  literal: '`',
  target: '`',
  substitution: '|',
  backquote: '`',
};

export class EndStrings {
  private wordEnds: Int32Array | null = null;

  constructor(private readonly chars: readonly string[]) {}

  /** end_string_suffix: whitespace, closing punctuation, an escape or the end of the text. */
  suffixAt(index: number): boolean {
    return index >= this.chars.length || isEndSuffix(this.chars[index]);
  }

  /** End of the run of simplename word characters starting at `index`. */
  wordEnd(index: number): number {
    if (!this.wordEnds) {
      const ends = new Int32Array(this.chars.length + 1);
      for (let i = this.chars.length - 1; i >= 0; i--) {
        ends[i] = isNameChar(this.chars[i])
          ? isNameChar(this.chars[i + 1])
            ? ends[i + 1]!
            : i + 1
          : i;
      }
      ends[this.chars.length] = this.chars.length;
      this.wordEnds = ends;
    }
    return this.wordEnds[index] ?? index;
  }

  /**
   * Ends of the docutils simplename starting at `index` (words joined by single `-._+:`),
   * longest first: the order in which the regex backtracks.
   */
  simplenameEnds(index: number): number[] {
    const ends: number[] = [];
    let start = index;
    while (isNameChar(this.chars[start])) {
      const end = this.wordEnd(start);
      ends.push(end);
      if (!(isNameSeparator(this.chars[end]) && isNameChar(this.chars[end + 1]))) break;
      start = end + 1;
    }
    return ends.reverse();
  }

  // Plain objects, not maps: an EndStrings is made for every text with markup, and a map is a
  // costlier thing to make than the few entries it would hold.
  private readonly chainTables: Partial<Record<string, Int32Array>> = {};

  /**
   * The longest simplename starting at `index` whose end satisfies `accepts` (the first one the
   * regex would try), as its end index, or -1. Many starts share the tail of one name
   * (`a-a-a-a_`), so the answer for every start is computed once, right to left.
   */
  longestName(index: number, key: string, accepts: (end: number) => boolean): number {
    const chars = this.chars;
    let best = this.chainTables[key];
    if (!best) {
      best = new Int32Array(chars.length + 1).fill(-1);
      for (let i = chars.length - 1; i >= 0; i--) {
        if (!isNameChar(chars[i])) continue;
        if (isNameChar(chars[i + 1])) {
          best[i] = best[i + 1]!;
          continue;
        }
        const end = i + 1;
        const continues = isNameSeparator(chars[end]) && isNameChar(chars[end + 1]);
        const longer = continues ? best[end + 1]! : -1;
        best[i] = longer >= 0 ? longer : accepts(end) ? end : -1;
      }
      this.chainTables[key] = best;
    }
    return index < best.length ? best[index]! : -1;
  }

  private readonly lastFound: Partial<Record<EndKind, { from: number; found: EndString | null }>> =
    {};

  /**
   * The first valid end-string of `kind` at or after `from`, or null. The reader asks with
   * ever larger `from`, so each kind remembers its last answer: a later question that starts
   * no further than that answer gets it again, and otherwise the scan goes on from there.
   * Every position is thus tested at most once per kind, however many start-strings look for
   * an end.
   */
  find(kind: EndKind, from: number): EndString | null {
    const last = this.lastFound[kind];
    if (last && from >= last.from && (last.found === null || from <= last.found.start)) {
      return last.found;
    }
    // Every end-string of a kind starts with the same character: test only where it stands.
    const first = FIRST_CHAR[kind];
    let found: EndString | null = null;
    for (let i = from; i < this.chars.length && !found; i++) {
      if (this.chars[i] === first) found = this.at(kind, i);
    }
    this.lastFound[kind] = { from, found };
    return found;
  }

  /** The end-string of `kind` that the pattern would match at `index`, or null. */
  private at(kind: EndKind, index: number): EndString | null {
    const chars = this.chars;
    const before = chars[index - 1];
    // non_whitespace_escape_before: not after whitespace or an escape mark.
    const cleanBefore = index === 0 || (!isWhitespace(before) && before !== ESCAPE);
    const plain = (end: number): EndString | null =>
      this.suffixAt(end) ? { start: index, end, role: null, refend: '' } : null;
    switch (kind) {
      case 'emphasis':
        return chars[index] === '*' && cleanBefore ? plain(index + 1) : null;
      case 'strong':
        return chars[index] === '*' && chars[index + 1] === '*' && cleanBefore
          ? plain(index + 2)
          : null;
      case 'literal':
        // Literals only need non-whitespace before: a backslash ends a literal (``\``).
        return chars[index] === '`' && chars[index + 1] === '`' && !isWhitespace(before)
          ? plain(index + 2)
          : null;
      case 'target':
        return chars[index] === '`' && cleanBefore ? plain(index + 1) : null;
      case 'substitution': {
        if (chars[index] !== '|' || !cleanBefore) return null;
        // `\|_{0,2}`, greedy: `|x|__` is an anonymous reference to a substitution.
        for (let underscores = 2; underscores >= 0; underscores--) {
          if (
            underscores > 0 &&
            chars.slice(index + 1, index + 1 + underscores).join('') !== '_'.repeat(underscores)
          )
            continue;
          const found = plain(index + 1 + underscores);
          if (found) return found;
        }
        return null;
      }
      case 'backquote':
        return this.backquoteAt(index);
    }
  }

  /**
   * `` ` `` + optional `:role:` + optional `_`/`__`, then a suffix. The backquote may follow an
   * escaped space (docutils' non_unescaped_whitespace_escape_before).
   */
  private backquoteAt(index: number): EndString | null {
    const chars = this.chars;
    if (chars[index] !== '`') return null;
    const before = chars[index - 1];
    if (index > 0 && (isWhitespace(before) || before === ESCAPE) && chars[index - 2] !== ESCAPE) {
      return null;
    }
    const withRefend = (from: number, role: string | null): EndString | null => {
      for (const refend of ['__', '_', ''] as const) {
        if (chars.slice(from, from + refend.length).join('') !== refend) continue;
        if (this.suffixAt(from + refend.length)) {
          return { start: index, end: from + refend.length, role, refend };
        }
      }
      return null;
    };
    if (chars[index + 1] === ':') {
      for (const end of this.simplenameEnds(index + 2)) {
        if (chars[end] !== ':') continue;
        const found = withRefend(end + 1, chars.slice(index + 2, end).join(''));
        if (found) return found;
      }
    }
    return withRefend(index + 1, null);
  }
}

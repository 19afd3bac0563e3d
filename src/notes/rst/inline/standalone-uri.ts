/**
 * Standalone URIs and e-mail addresses (docutils' Inliner.patterns.uri and implicit_inline),
 * written as a scanner rather than docutils' backtracking regex so that the time stays linear:
 * each run of URI characters is measured once, whatever number of candidate starts share it.
 */
import type { Inline } from '../../document/model';
import {
  ESCAPE,
  isEmailChar,
  isEndSuffix,
  isKnownScheme,
  isSchemeChar,
  isSchemeStart,
  isStartPrefix,
  isUriChar,
  isUriLast,
} from './chars';
import { unescape } from './names';

interface UriMatch {
  start: number;
  end: number;
  scheme: string | null;
}

/**
 * Matches docutils' uri pattern inside chars[lo, hi): the text outside is invisible to it, as
 * for docutils, which runs the pattern on a substring.
 */
class UriScanner {
  private readonly runEnds = new Map<number, number>();
  private readonly innerEnds = new Map<number, number>();
  private readonly emailHosts = new Map<number, number>();
  private readonly schemeEnds = new Map<number, number>();
  private readonly nameRuns = new Map<number, { end: number; lastDoubleDot: number }>();

  constructor(
    private readonly chars: readonly string[],
    private readonly hi: number,
  ) {}

  private at(index: number): string | undefined {
    return index < this.hi ? this.chars[index] : undefined;
  }

  /** end_string_suffix: whitespace, closing punctuation or the end of the (sub)string. */
  private suffixAt(index: number): boolean {
    return index >= this.hi || isEndSuffix(this.chars[index]);
  }

  /** End of the run of characters accepted by `accept` that starts at `start`. */
  private runEnd(start: number, accept: (char: string | undefined) => boolean): number {
    let end = start;
    while (end < this.hi && accept(this.chars[end])) end++;
    return end;
  }

  /** `uric* uri_end` from `start`, then what may follow it; the end of the longest match or -1. */
  private uriPart(start: number, stage: 0 | 1 | 2): number {
    let end = this.runEnds.get(start);
    if (end === undefined) {
      end = this.runEnd(start, isUriChar);
      // Every start inside one run shares its end: remember it for all of them.
      for (let i = start; i < end; i++) this.runEnds.set(i, end);
    }
    if (end <= start) return -1;
    if (isUriLast(this.at(end - 1)) || this.at(end) === '>') {
      const after = this.continuation(end, stage);
      if (after >= 0) return after;
    }
    // Backtracking inside the run: the last URI-final character followed by an end-string
    // suffix. Shared by every start in the run, so found once.
    let inner = this.innerEnds.get(end);
    if (inner === undefined) {
      inner = -1;
      for (let k = end - 1; k > 0 && isUriChar(this.chars[k - 1]); k--) {
        if (isUriLast(this.chars[k - 1]) && this.suffixAt(k)) {
          inner = k;
          break;
        }
      }
      this.innerEnds.set(end, inner);
    }
    return inner > start ? inner : -1;
  }

  /** After the hierarchical part: an optional `?query`, an optional `#fragment`, a suffix. */
  private continuation(index: number, stage: 0 | 1 | 2): number {
    if (stage < 1 && this.at(index) === '?') {
      const end = this.uriPart(index + 1, 1);
      if (end >= 0) return end;
    }
    if (stage < 2 && this.at(index) === '#') {
      const end = this.uriPart(index + 1, 2);
      if (end >= 0) return end;
    }
    return this.suffixAt(index) ? index : -1;
  }

  private absoluteAt(start: number): UriMatch | null {
    if (!isSchemeStart(this.at(start))) return null;
    let colon = this.schemeEnds.get(start);
    if (colon === undefined) {
      colon = this.runEnd(start, isSchemeChar);
      for (let i = start; i < colon; i++) this.schemeEnds.set(i, colon);
    }
    if (this.at(colon) !== ':') return null;
    const end = this.uriPart(colon + 1, 0);
    return end < 0 ? null : { start, end, scheme: this.chars.slice(start, colon).join('') };
  }

  /** `emailc+(\.emailc+)*@emailc+(\.emailc*)*uri_end`, then a suffix. */
  private emailAt(start: number): UriMatch | null {
    if (!isEmailChar(this.at(start))) return null;
    let run = this.nameRuns.get(start);
    if (run === undefined) {
      // One scan per run of name characters, shared by every start inside it.
      let end = start;
      let lastDoubleDot = -1;
      while (end < this.hi && (isEmailChar(this.chars[end]) || this.chars[end] === '.')) {
        if (this.chars[end] === '.' && this.chars[end + 1] === '.') lastDoubleDot = end;
        end++;
      }
      run = { end, lastDoubleDot };
      for (let i = start; i < end; i++) this.nameRuns.set(i, run);
    }
    if (run.lastDoubleDot >= start) return null;
    const at = run.end;
    const last = this.chars[at - 1];
    if (this.at(at) !== '@' || last === '.' || last === ESCAPE) return null;
    let end = this.emailHosts.get(at);
    if (end === undefined) {
      end = this.emailHost(at + 1);
      this.emailHosts.set(at, end);
    }
    return end < 0 ? null : { start, end, scheme: null };
  }

  private emailHost(host: number): number {
    if (!isEmailChar(this.at(host))) return -1;
    const runEnd = this.runEnd(host, (char) => isEmailChar(char) || char === '.');
    // A URI character just before `>` may end the address (docutils' uri_end).
    if (isUriChar(this.at(runEnd)) && this.at(runEnd + 1) === '>' && runEnd > host) {
      if (this.suffixAt(runEnd + 1)) return runEnd + 1;
    }
    for (let k = runEnd; k >= host + 2; k--) {
      if (isUriLast(this.chars[k - 1]) && this.suffixAt(k)) return k;
    }
    return -1;
  }

  /** The leftmost match in [lo, hi), as re.search finds it. */
  search(lo: number): UriMatch | null {
    for (let start = lo; start < this.hi; start++) {
      if (start > lo && !isStartPrefix(this.chars[start - 1])) continue;
      const match = this.absoluteAt(start) ?? this.emailAt(start);
      if (match) return match;
    }
    return null;
  }

  /** re.match at `lo`: does the pattern match at the very start? */
  matchAt(lo: number): UriMatch | null {
    return lo < this.hi ? (this.absoluteAt(lo) ?? this.emailAt(lo)) : null;
  }
}

/** The unescaped text of chars[start, end), sliced from `plain` when there is one. */
function textOf(
  chars: readonly string[],
  start: number,
  end: number,
  plain: string | null,
): string {
  return plain !== null ? plain.slice(start, end) : unescape(chars, false, start, end);
}

/** Appends the text of chars[start, end) to `out`, unless it is empty. */
function pushText(
  chars: readonly string[],
  start: number,
  end: number,
  out: Inline[],
  plain: string | null,
): void {
  const text = textOf(chars, start, end, plain);
  if (text) out.push({ type: 'text', text });
}

/** A URI needs the `:` after its scheme, an e-mail address its `@`: most text has neither. */
function mayHoldUri(chars: readonly string[], lo: number, hi: number): boolean {
  for (let i = lo; i < hi; i++) if (chars[i] === ':' || chars[i] === '@') return true;
  return false;
}

/**
 * docutils' implicit_inline: text with its standalone URIs made references, appended to `out`
 * (the inline reader's output: no array per segment). A URI-like match with an unknown scheme
 * (`foo:bar`) makes docutils give up on the rest of the segment, so it does here.
 * `plain` is the text itself when chars[i] is its i-th UTF-16 unit (no escapes, no surrogate
 * pairs), so that segments are sliced from it rather than concatenated character by character.
 */
export function linkStandaloneUris(
  chars: readonly string[],
  lo: number,
  hi: number,
  out: Inline[],
  plain: string | null = null,
  depth = 0,
): void {
  if (!mayHoldUri(chars, lo, hi)) {
    pushText(chars, lo, hi, out, plain);
    return;
  }
  const scanner = new UriScanner(chars, hi);
  let start = lo;
  while (start < hi) {
    const match = scanner.search(start);
    if (!match) break;
    if (match.scheme !== null && !isKnownScheme(match.scheme)) break;
    // docutils re-searches the text before a match as its own string; only a match ending
    // exactly there can appear, and only one level deep in practice.
    if (depth < 8) linkStandaloneUris(chars, start, match.start, out, plain, depth + 1);
    else pushText(chars, start, match.start, out, plain);
    const text = textOf(chars, match.start, match.end, plain);
    out.push({ type: 'reference', text, url: (match.scheme === null ? 'mailto:' : '') + text });
    start = match.end;
  }
  pushText(chars, start, hi, out, plain);
}

/** Does a URI pattern match at the start of `chars` (docutils' patterns.uri.match)? */
export function startsWithUri(chars: readonly string[]): boolean {
  return new UriScanner(chars, chars.length).matchAt(0) !== null;
}

/** docutils' adjust_uri: a bare e-mail address gets `mailto:`. */
export function isEmailAddress(chars: readonly string[]): boolean {
  const match = new UriScanner(chars, chars.length).matchAt(0);
  return match !== null && match.scheme === null && match.end === chars.length;
}

import type { Diagnostic, Inline, Severity } from '../../document/model';
import { isMatchingPair, isWhitespace } from './chars';
import type { InlineContext } from './context';
import { EndStrings } from './end-strings';
import { unescape } from './names';
import { linkStandaloneUris } from './standalone-uri';

/**
 * What the inline rules share while one text block is read: the text as code points, where the
 * search stands, what has been read so far and the problems found. The counterpart of
 * markdown-it's StateInline, over docutils' Inliner.parse loop (parsers/rst/states.py): its
 * `remaining` and `unprocessed` are `remaining` and the start of the pending text here.
 */
export class InlineState {
  /** Where the search for the next construct starts (docutils' `remaining`). */
  remaining = 0;
  /** Start of the plain text not yet emitted (docutils' `unprocessed`). */
  private pending = 0;
  private readonly out: Inline[] = [];
  private readonly found: Diagnostic[] = [];
  /** Where end-strings are, measured once per kind for the whole text. */
  readonly ends: EndStrings;

  constructor(
    /** The text as code points, a backslash-escaped character marked by a NUL before it. */
    readonly chars: readonly string[],
    /** The text itself when chars[i] === text[i] everywhere (no escapes or surrogates), else null. */
    readonly plain: string | null,
    /** Source line of the block's first line: where docutils reports inline problems. */
    readonly line: number,
    /** A reference `name_` needs an underscore: without one, names are not even measured. */
    readonly mayReference: boolean,
    /** The document around the text block: its roles, and where substitution uses are noted. */
    readonly context: InlineContext,
  ) {
    this.ends = new EndStrings(chars);
  }

  /** The unescaped text of chars[start, end); `restoreBackslashes` for literals. */
  text(start: number, end: number, restoreBackslashes = false): string {
    if (this.plain !== null) return this.plain.slice(start, end);
    return unescape(this.chars, restoreBackslashes, start, end);
  }

  startsWith(index: number, literal: string): boolean {
    for (let i = 0; i < literal.length; i++) if (this.chars[index + i] !== literal[i]) return false;
    return true;
  }

  /** `` `(?!`) `` followed by non-whitespace: the start of interpreted text or a phrase reference. */
  isBackquoteStart(index: number): boolean {
    const after = this.chars[index + 1];
    return this.chars[index] === '`' && after !== '`' && !isWhitespace(after);
  }

  /**
   * docutils' quoted_start: `'*'`, `(*)`... are not markup; neither is a start-string that
   * ends the text. The start of the remaining text has nothing before it to quote it.
   */
  isQuoted(start: number, end: number): boolean {
    if (start === this.remaining) return false;
    if (end >= this.chars.length) return true;
    return isMatchingPair(this.chars[start - 1], this.chars[end]);
  }

  private afterLine = -1;

  /** The line after the text block (counted once: a block may hold thousands of roles). */
  lineAfter(): number {
    if (this.afterLine < 0) {
      let breaks = 0;
      for (const char of this.chars) if (char === '\n') breaks++;
      this.afterLine = this.line + breaks + 1;
    }
    return this.afterLine;
  }

  /** A problem of this text block, at its first line. */
  warn(message: string, severity: Severity = 'warning'): void {
    this.found.push({ line: this.line, severity, message });
  }

  report(line: number, severity: Severity, message: string): void {
    this.found.push({ line, severity, message });
  }

  /**
   * A construct was read: the pending text up to `textEnd` goes out first (with its standalone
   * URIs linked, docutils' implicit_inline), then `inlines`; the search goes on at `next`.
   */
  push(textEnd: number, inlines: readonly Inline[], next: number): void {
    if (inlines.length === 0) return this.skip(next);
    linkStandaloneUris(this.chars, this.pending, textEnd, this.out, this.plain);
    for (const inline of inlines) this.out.push(inline);
    this.pending = next;
    this.remaining = next;
  }

  /** A start-string that is not markup after all: it stays in the pending text. */
  skip(next: number): void {
    this.remaining = next;
  }

  /** A start-string without its end-string: docutils warns and keeps it as text. */
  unterminated(start: number, end: number, node: string): void {
    this.warn(`Inline ${node} start-string without end-string.`);
    this.push(start, [{ type: 'text', text: this.text(start, end, true) }], end);
  }

  /** The inlines read, once the rest of the text has gone out as plain text. */
  finish(): Inline[] {
    linkStandaloneUris(this.chars, this.pending, this.chars.length, this.out, this.plain);
    this.pending = this.chars.length;
    return this.out;
  }

  get diagnostics(): Diagnostic[] {
    return this.found;
  }
}

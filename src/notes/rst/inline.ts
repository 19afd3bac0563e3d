import type { Diagnostic, Inline } from '../document/model';
import { ESCAPE, isMatchingPair, isNameChar, isStartPrefix, isWhitespace } from './inline-chars';
import { EndStrings, type EndKind } from './inline-ends';
import { escapeToNull, normalizeName, unescape, whitespaceNormalize } from './inline-names';
import { phraseReference } from './inline-phrase';
import { interpretedText } from './inline-roles';
import { linkStandaloneUris } from './inline-uri';

/**
 * Parses the inline markup of one text block (a paragraph, term, title...). `text` may span
 * several lines; `line` is the source line of its first line. Like docutils, every diagnostic of
 * the block carries that first line (docutils reports inline problems at the block's line).
 * References are returned unresolved (url null) unless they embed their URL.
 *
 * This follows docutils' Inliner.parse (parsers/rst/states.py) step by step: find the leftmost
 * start-string or whole construct, check it, find its end-string, and run the standalone-URI
 * search over the plain text in between. Never throws; linear in the length of the text.
 */
export function parseInlines(
  text: string,
  line: number,
): { content: Inline[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  return { content: readInlines(text, line, diagnostics), diagnostics };
}

/** parseInlines, appending the problems to `diagnostics` (the block reader's list) instead. */
export function readInlines(text: string, line: number, diagnostics: Diagnostic[]): Inline[] {
  if (!MAY_HOLD_MARKUP.test(text) && !text.includes(ESCAPE)) {
    return text ? [{ type: 'text', text }] : [];
  }
  const chars = escapeToNull(text);
  // Without escapes (or NULs) and surrogate pairs, chars[i] is text[i]: the reader may slice
  // the text itself instead of concatenating characters.
  const plain =
    chars.length === text.length && !text.includes('\\') && !text.includes(ESCAPE) ? text : null;
  const reader = new InlineReader(chars, plain, line, text.includes('_'));
  const read = reader.read();
  const content = isMerged(read) ? read : mergeTexts(read);
  for (const diagnostic of reader.diagnostics) diagnostics.push(diagnostic);
  return content;
}

/**
 * Every construct the reader knows needs one of these characters: the start-strings `*` `` ` ``
 * `|` `_` `[` `:` (roles), the `_` that ends a reference, the `:` of a URI scheme, the `@` of an
 * e-mail address, a backslash escape, or a NUL (the reader's own escape mark). Text without any
 * of them reads as itself, so most lines of prose skip the reader entirely.
 */
const MAY_HOLD_MARKUP = /[*`|_[:@\\]/;

/** What a recognised construct turned into: plain text up to `beforeEnd`, then `inlines`. */
interface Outcome {
  beforeEnd: number;
  inlines: Inline[];
  next: number;
}

/** A start-string or whole construct found by docutils' `initial` pattern. */
type Candidate =
  | { kind: 'simple'; start: number; end: number; endKind: EndKind; node: string }
  | { kind: 'reference'; start: number; nameEnd: number; end: number }
  | { kind: 'footnote'; start: number; labelEnd: number }
  | { kind: 'backquote'; start: number; tickStart: number; role: string | null };

const SIMPLE_STARTS: readonly { start: string; endKind: EndKind; node: string }[] = [
  { start: '**', endKind: 'strong', node: 'strong' },
  { start: '*', endKind: 'emphasis', node: 'emphasis' },
  { start: '``', endKind: 'literal', node: 'literal' },
  { start: '_`', endKind: 'target', node: 'target' },
  { start: '|', endKind: 'substitution', node: 'substitution_reference' },
];

class InlineReader {
  private readonly found: Diagnostic[] = [];
  /** Reported by docutils' transforms, after the whole text is parsed: kept for the end. */
  private readonly deferred: Diagnostic[] = [];
  private readonly ends: EndStrings;

  constructor(
    private readonly chars: readonly string[],
    /** The text itself when chars[i] === text[i] everywhere (see readInlines), else null. */
    private readonly plain: string | null,
    private readonly line: number,
    /** A reference `name_` needs an underscore: without one, names are not even measured. */
    private readonly mayReference: boolean,
  ) {
    this.ends = new EndStrings(chars);
  }

  read(): Inline[] {
    const out: Inline[] = [];
    let unprocessed = 0;
    let remaining = 0;
    while (remaining < this.chars.length) {
      const candidate = this.findCandidate(remaining);
      if (!candidate) break;
      const outcome = this.dispatch(candidate, remaining);
      if (outcome.inlines.length > 0) {
        linkStandaloneUris(this.chars, unprocessed, outcome.beforeEnd, out, this.plain);
        out.push(...outcome.inlines);
        unprocessed = outcome.next;
      }
      remaining = outcome.next;
    }
    linkStandaloneUris(this.chars, unprocessed, this.chars.length, out, this.plain);
    return out;
  }

  get diagnostics(): Diagnostic[] {
    return [...this.found, ...this.deferred];
  }

  private warn(message: string, severity: Diagnostic['severity'] = 'warning'): void {
    this.found.push({ line: this.line, severity, message });
  }

  private text(start: number, end: number, restoreBackslashes = false): string {
    if (this.plain !== null) return this.plain.slice(start, end);
    return unescape(this.chars, restoreBackslashes, start, end);
  }

  private startsWith(index: number, literal: string): boolean {
    for (let i = 0; i < literal.length; i++) if (this.chars[index + i] !== literal[i]) return false;
    return true;
  }

  /**
   * The leftmost position, at or after `from`, where docutils' `initial` pattern matches. The
   * remaining text is a fresh string for docutils, so its first character counts as the start
   * of the text (start_string_prefix `^`).
   */
  private findCandidate(from: number): Candidate | null {
    for (let index = from; index < this.chars.length; index++) {
      if (index > from && !isStartPrefix(this.chars[index - 1])) continue;
      const candidate = this.candidateAt(index);
      if (candidate) return candidate;
    }
    return null;
  }

  private candidateAt(index: number): Candidate | null {
    const chars = this.chars;
    for (const simple of SIMPLE_STARTS) {
      const end = index + simple.start.length;
      // `*(?!\*)` and `\|(?!\|)`: one star or bar, not two; then non_whitespace_after.
      if (!this.startsWith(index, simple.start) || isWhitespace(chars[end])) continue;
      if ((simple.start === '*' || simple.start === '|') && chars[end] === simple.start) continue;
      return { kind: 'simple', start: index, end, endKind: simple.endKind, node: simple.node };
    }
    if (this.mayReference && isNameChar(chars[index])) {
      const reference = this.referenceAt(index);
      if (reference) return reference;
    }
    if (chars[index] === '[') {
      const labelEnd = this.footnoteLabelEnd(index + 1);
      if (labelEnd >= 0) return { kind: 'footnote', start: index, labelEnd };
    }
    if (chars[index] === ':') {
      const end = this.ends.longestName(
        index + 1,
        'role',
        (nameEnd) => chars[nameEnd] === ':' && this.isBackquoteStart(nameEnd + 1),
      );
      if (end >= 0) {
        const role = chars.slice(index + 1, end).join('');
        return { kind: 'backquote', start: index, tickStart: end + 1, role };
      }
    }
    if (this.isBackquoteStart(index)) {
      return { kind: 'backquote', start: index, tickStart: index, role: null };
    }
    return null;
  }

  /** `` `(?!`) `` followed by non-whitespace. */
  private isBackquoteStart(index: number): boolean {
    const after = this.chars[index + 1];
    return this.chars[index] === '`' && after !== '`' && !isWhitespace(after);
  }

  /** `simplename__?` followed by an end-string suffix: `name_` and anonymous `name__`. */
  private referenceAt(index: number): Candidate | null {
    const refendLength = (nameEnd: number): number => {
      if (this.chars[nameEnd] !== '_') return 0;
      if (this.chars[nameEnd + 1] === '_' && this.ends.suffixAt(nameEnd + 2)) return 2;
      return this.ends.suffixAt(nameEnd + 1) ? 1 : 0;
    };
    const nameEnd = this.ends.longestName(index, 'reference', (end) => refendLength(end) > 0);
    if (nameEnd < 0) return null;
    return { kind: 'reference', start: index, nameEnd, end: nameEnd + refendLength(nameEnd) };
  }

  /** `[label]_` labels: digits, `#`, `#name`, `*`, or a citation name; -1 if none fits. */
  private footnoteLabelEnd(index: number): number {
    const chars = this.chars;
    const closes = (end: number): boolean =>
      chars[end] === ']' && chars[end + 1] === '_' && this.ends.suffixAt(end + 2);
    let digits = index;
    while (chars[digits] !== undefined && /[0-9]/.test(chars[digits]!)) digits++;
    if (digits > index && closes(digits)) return digits;
    if (chars[index] === '#') {
      for (const end of this.ends.simplenameEnds(index + 1)) if (closes(end)) return end;
      if (closes(index + 1)) return index + 1;
    }
    if (chars[index] === '*' && closes(index + 1)) return index + 1;
    for (const end of this.ends.simplenameEnds(index)) if (closes(end)) return end;
    return -1;
  }

  private dispatch(candidate: Candidate, remaining: number): Outcome {
    switch (candidate.kind) {
      case 'simple':
        return this.simpleMarkup(candidate, remaining);
      case 'reference': {
        const name = this.text(candidate.start, candidate.nameEnd);
        const anonymous = candidate.end - candidate.nameEnd === 2;
        const reference: Inline = anonymous
          ? { type: 'reference', text: name, url: null, anonymous: true }
          : { type: 'reference', text: name, url: null, refname: normalizeName(name) };
        return { beforeEnd: candidate.start, inlines: [reference], next: candidate.end };
      }
      case 'footnote':
        // Footnotes and citations are not part of the model: their label stays as text.
        return {
          beforeEnd: candidate.start,
          inlines: [{ type: 'text', text: this.text(candidate.start, candidate.labelEnd + 2) }],
          next: candidate.labelEnd + 2,
        };
      case 'backquote':
        return this.backquoted(candidate, remaining);
    }
  }

  /**
   * docutils' quoted_start: `'*'`, `(*)`... are not markup; neither is a start-string that
   * ends the text.
   */
  private isQuoted(start: number, end: number, remaining: number): boolean {
    if (start === remaining) return false;
    if (end >= this.chars.length) return true;
    return isMatchingPair(this.chars[start - 1], this.chars[end]);
  }

  /** A problematic start-string: docutils warns and keeps it as text. */
  private unterminated(start: number, end: number, node: string): Outcome {
    this.warn(`Inline ${node} start-string without end-string.`);
    return {
      beforeEnd: start,
      inlines: [{ type: 'text', text: this.text(start, end, true) }],
      next: end,
    };
  }

  /** Emphasis, strong, literal, inline target, substitution reference (docutils' inline_obj). */
  private simpleMarkup(
    candidate: Extract<Candidate, { kind: 'simple' }>,
    remaining: number,
  ): Outcome {
    const { start, end } = candidate;
    if (this.isQuoted(start, end, remaining)) return { beforeEnd: end, inlines: [], next: end };
    const found = this.ends.find(candidate.endKind, end);
    if (!found || found.start === end) return this.unterminated(start, end, candidate.node);
    const next = found.end;
    const inline = this.simpleInline(candidate.endKind, end, found.start, next);
    return { beforeEnd: start, inlines: [inline], next };
  }

  private simpleInline(kind: EndKind, start: number, end: number, next: number): Inline {
    switch (kind) {
      case 'strong':
        return { type: 'strong', text: this.text(start, end) };
      case 'emphasis':
        return { type: 'emphasis', text: this.text(start, end) };
      case 'literal':
        // Backslashes in literals are kept verbatim (restore_backslashes).
        return { type: 'literal', text: this.text(start, end, true) };
      case 'substitution': {
        // No substitution definitions in the model: docutils' Substitutions transform reports
        // the reference and keeps its source as text.
        const name = this.text(start, end);
        this.deferred.push({
          line: this.line,
          severity: 'error',
          message: `Undefined substitution referenced: "${whitespaceNormalize(name)}".`,
        });
        return { type: 'text', text: this.text(start - 1, next, true) };
      }
      default:
        // An inline target `_`name`` shows its name.
        return { type: 'text', text: this.text(start, end) };
    }
  }

  /** docutils' interpreted_or_phrase_ref. */
  private backquoted(
    candidate: Extract<Candidate, { kind: 'backquote' }>,
    remaining: number,
  ): Outcome {
    const { start: roleStart, tickStart } = candidate;
    const textStart = tickStart + 1;
    if (candidate.role === null && this.isQuoted(tickStart, textStart, remaining)) {
      return { beforeEnd: textStart, inlines: [], next: textStart };
    }
    const found = this.ends.find('backquote', textStart);
    if (!found || found.start === textStart) {
      return this.unterminated(tickStart, textStart, 'interpreted text or phrase reference');
    }
    const next = found.end;
    const problem = (message: string): Outcome => {
      this.warn(message);
      return {
        beforeEnd: roleStart,
        inlines: [{ type: 'text', text: this.text(roleStart, next, true) }],
        next,
      };
    };
    if (found.role !== null && candidate.role !== null) {
      return problem(
        'Multiple roles in interpreted text (both prefix and suffix present; only one allowed).',
      );
    }
    const role = found.role ?? candidate.role;
    const position = candidate.role !== null ? 'prefix' : 'suffix';
    const escaped = this.chars.slice(textStart, found.start);
    if (found.refend) {
      if (role !== null) {
        return problem(`Mismatch: both interpreted text role ${position} and reference suffix.`);
      }
      const reference = phraseReference(escaped, found.refend === '__');
      return { beforeEnd: tickStart, inlines: [reference], next };
    }
    const interpreted = interpretedText(role ?? '', escaped, this.text(roleStart, next, true));
    for (const { afterBlock, severity, message } of interpreted.diagnostics) {
      // Reported without a line, docutils places it after the text block.
      const line = afterBlock
        ? this.line + this.chars.filter((c) => c === '\n').length + 1
        : this.line;
      this.found.push({ line, severity, message });
    }
    return { beforeEnd: roleStart, inlines: interpreted.inlines, next };
  }
}

/** No empty text and no two texts in a row: mergeTexts would only copy the list. */
function isMerged(inlines: readonly Inline[]): boolean {
  for (let i = 0; i < inlines.length; i++) {
    const inline = inlines[i]!;
    if (inline.type === 'text' && (!inline.text || inlines[i - 1]?.type === 'text')) return false;
  }
  return true;
}

/**
 * Adjacent text inlines (plain text, kept problematic markup, unresolved references turned
 * back into text) read as one; empty ones are dropped.
 */
export function mergeTexts(inlines: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    const last = out[out.length - 1];
    if (inline.type === 'text' && last?.type === 'text') {
      out[out.length - 1] = { type: 'text', text: last.text + inline.text };
    } else if (inline.type !== 'text' || inline.text) {
      out.push(inline);
    }
  }
  return out;
}

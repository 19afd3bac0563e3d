import { inlines, MAX_NESTING, report, type ReaderContext } from './context';
import { explicitMarkup } from './explicit';
import { pyRstrip } from './lines';
import { bulletList, enumeratedList, fieldList } from './lists';
import type { Block, DefinitionItem, Inline } from '../document/model';
import { classifyLine, isAdornmentLine, isAdornmentChar, isSimpleTableBorder } from './patterns';
import { SectionStack, adornmentLine, underlinedTitle } from './sections';
import {
  getIndented,
  getTextBlock,
  joinLines,
  shift,
  trimBlankEnds,
  type LineView,
} from './source';

/**
 * docutils' Body and Text states over one run of lines: the document (where section titles are
 * allowed) or the inside of a list item, definition, block quote, directive...
 *
 * Every construct method takes the index of its first line and returns the index of the first
 * line it did not consume, always further on, so the loop ends.
 */
export class BodyParser {
  readonly context: ReaderContext;
  readonly lines: readonly LineView[];
  readonly depth: number;
  /** Present only where docutils' match_titles is true (the document level). */
  readonly sections: SectionStack | null;
  private readonly blocks: Block[] = [];

  constructor(
    context: ReaderContext,
    lines: readonly LineView[],
    depth: number,
    sections: SectionStack | null,
  ) {
    this.context = context;
    this.lines = lines;
    this.depth = depth;
    this.sections = sections;
  }

  get source() {
    return this.context.source;
  }

  get matchTitles(): boolean {
    return this.sections !== null;
  }

  emit(block: Block): void {
    if (this.sections) this.sections.current().push(block);
    else this.blocks.push(block);
  }

  /** 1-based source line of lines[at]; past the end, the line after the last one. */
  lineNo(at: number): number {
    const view = this.lines[at] ?? this.lines[this.lines.length - 1];
    if (!view) return 1;
    return view.index + 1 + (at >= this.lines.length ? at - this.lines.length + 1 : 0);
  }

  text(at: number): string {
    return this.source.text(this.lines[at]!);
  }

  isBlank(at: number): boolean {
    return at >= this.lines.length || this.source.isBlank(this.lines[at]!);
  }

  isIndented(at: number): boolean {
    return at < this.lines.length && this.source.isIndented(this.lines[at]!);
  }

  /** The next non-blank line at or after `at` (lists and definition lists skip blank lines). */
  skipBlank(at: number): number {
    let next = at;
    while (next < this.lines.length && this.isBlank(next)) next++;
    return next;
  }

  run(): Block[] {
    let at = 0;
    while (at < this.lines.length) {
      if (this.isBlank(at)) {
        at += 1;
        continue;
      }
      const next = this.bodyLine(at);
      at = next > at ? next : at + 1;
    }
    return this.blocks;
  }

  /** Parses lines as a nested body (docutils' nested_parse, match_titles false). */
  nested(lines: readonly LineView[]): Block[] {
    return parseNested(this.context, lines, this.depth + 1);
  }

  /** Docutils' "<construct> ends without a blank line; unexpected unindent." */
  unindentWarning(construct: string, end: number): void {
    report(
      this.context,
      this.lineNo(end),
      'warning',
      `${construct} ends without a blank line; unexpected unindent.`,
    );
  }

  private bodyLine(at: number): number {
    if (this.isIndented(at)) return this.blockQuote(at);
    const line = classifyLine(this.text(at));
    switch (line.kind) {
      case 'bullet':
        return bulletList(this, at, line.end);
      case 'enumerator':
        return enumeratedList(this, at, line.match);
      case 'field':
        return fieldList(this, at);
      case 'doctest':
        return this.doctest(at);
      case 'lineBlock':
        return this.lineBlock(at);
      case 'gridTable':
      case 'simpleTable':
        return this.table(at, line.kind === 'simpleTable');
      case 'explicit':
      case 'anonymous':
        return explicitMarkup(this, at);
      case 'line':
        return adornmentLine(this, at);
      // Option lists are read as text: a paragraph, or a definition list when indented text follows.
      case 'option':
      case 'text':
        return this.textLine(at);
    }
  }

  /** docutils' Text state: the line after a text line decides what the text is. */
  textLine(at: number): number {
    const next = at + 1;
    if (next >= this.lines.length || this.isBlank(next)) {
      const literalNext = this.paragraph(at, next);
      return literalNext ? this.literalBlock(next, at) : next;
    }
    if (this.isIndented(next)) return this.definitionList(at);
    if (isAdornmentLine(this.text(next))) return underlinedTitle(this, at, next);
    return this.paragraphFrom(at, next);
  }

  /** Text.text: a paragraph of line `at` and the text block from `from` on. */
  paragraphFrom(at: number, from: number): number {
    const block = getTextBlock(this.source, this.lines, from, true);
    const literalNext = this.paragraph(at, block.end);
    if (block.unexpectedIndent) {
      report(this.context, this.lineNo(block.end), 'error', 'Unexpected indentation.');
    }
    return literalNext ? this.literalBlock(block.end, block.end - 1) : block.end;
  }

  /** Emits lines [from, to) as a paragraph; true when it ends with "::" (a literal block follows). */
  paragraph(from: number, to: number): boolean {
    const data = pyRstrip(joinLines(this.source, this.lines, from, to));
    const line = this.lineNo(from);
    let text = data;
    let literalNext = false;
    if (endsWithLiteralMarker(data)) {
      literalNext = true;
      // "Paragraph::" keeps one colon; "Paragraph ::" and a lone "::" keep none.
      if (data.length === 2) return true;
      text = ' \n'.includes(data[data.length - 3]!)
        ? pyRstrip(data.slice(0, -3))
        : data.slice(0, -1);
    }
    this.emit({ type: 'paragraph', line, content: inlines(this.context, text, line) });
    return literalNext;
  }

  /** Emits lines kept only so that nothing is lost (docutils drops them into a system message). */
  keepAsParagraph(from: number, to: number): void {
    const text = joinLines(this.source, this.lines, from, to);
    const line = this.lineNo(from);
    this.emit({ type: 'paragraph', line, content: inlines(this.context, text, line) });
  }

  /**
   * The literal block after "::": the indented lines from `at` on, or else lines quoted with
   * one punctuation character. `last` is the paragraph's last line (where docutils reports a
   * missing block at the end of input).
   */
  literalBlock(at: number, last: number): number {
    if (at >= this.lines.length) {
      report(this.context, this.lineNo(last), 'warning', 'Literal block expected; none found.');
      return at;
    }
    const block = getIndented(this.source, this.lines, at);
    const lines = trimBlankEnds(this.source, block.lines);
    if (lines.length === 0) return this.quotedLiteralBlock(at);
    this.emit({
      type: 'literalBlock',
      line: lines[0]!.index + 1,
      text: joinLines(this.source, lines),
    });
    if (!block.blankFinish) this.unindentWarning('Literal block', block.end);
    return block.end;
  }

  /** docutils' QuotedLiteralBlock state. */
  private quotedLiteralBlock(at: number): number {
    const first = this.skipBlank(at);
    if (first >= this.lines.length || !isAdornmentChar(this.text(first)[0]!)) {
      const line =
        first >= this.lines.length ? this.lineNo(this.lines.length - 1) : this.lineNo(first);
      report(this.context, line, 'warning', 'Literal block expected; none found.');
      return first;
    }
    const quote = this.text(first)[0]!;
    let end = first + 1;
    while (end < this.lines.length && !this.isBlank(end)) {
      if (this.isIndented(end)) {
        report(this.context, this.lineNo(end), 'error', 'Unexpected indentation.');
        break;
      }
      if (this.text(end)[0] !== quote) {
        report(this.context, this.lineNo(end), 'error', 'Inconsistent literal block quoting.');
        break;
      }
      end += 1;
    }
    this.emit({
      type: 'literalBlock',
      line: this.lineNo(first),
      text: joinLines(this.source, this.lines, first, end),
    });
    return end;
  }

  /** Body.indent: one or more block quotes, each with an optional attribution. */
  private blockQuote(at: number): number {
    const block = getIndented(this.source, this.lines, at);
    let rest = block.lines;
    while (rest.length > 0) {
      const split = splitAttribution(this, rest);
      const quote: Block = {
        type: 'blockQuote',
        line: rest[0]!.index + 1,
        blocks: this.nested(split.quote),
      };
      if (split.attribution) {
        const text = joinLines(this.source, split.attribution).trimEnd();
        const line = split.attribution[0]!.index + 1;
        quote.attribution = inlines(this.context, text, line);
      }
      this.emit(quote);
      rest = split.rest;
      let top = 0;
      while (top < rest.length && this.source.isBlank(rest[top]!)) top++;
      rest = rest.slice(top);
    }
    if (!block.blankFinish) this.unindentWarning('Block quote', block.end);
    return block.end;
  }

  /** Text.indent and the DefinitionList state: items while a text line has an indented line under it. */
  private definitionList(at: number): number {
    const items: DefinitionItem[] = [];
    const listLine = this.lineNo(at);
    let term = at;
    let end: number;
    let blankFinish: boolean;
    for (;;) {
      const body = getIndented(this.source, this.lines, term + 1);
      items.push(this.definitionItem(term, body.lines));
      end = body.end;
      blankFinish = body.blankFinish;
      const next = this.skipBlank(end);
      if (
        next + 1 < this.lines.length &&
        !this.isIndented(next) &&
        classifyLine(this.text(next)).kind === 'text' &&
        this.isIndented(next + 1)
      ) {
        term = next;
        continue;
      }
      break;
    }
    this.emit({ type: 'definitionList', line: listLine, items });
    if (!blankFinish) this.unindentWarning('Definition list', end);
    return end;
  }

  private definitionItem(term: number, body: LineView[]): DefinitionItem {
    const line = this.lineNo(term);
    const termText = this.text(term);
    if (termText.endsWith('::')) {
      report(
        this.context,
        line + 1,
        'info',
        'Blank line missing before literal block (after the "::")? Interpreted as a definition list item.',
      );
    }
    const content = trimBlankEnds(this.source, body);
    const endLine = content.length > 0 ? content[content.length - 1]!.index + 1 : line;
    // docutils parses the term's inline markup once the whole item is read, so it reports the
    // term's inline problems at the item's last line; we follow it (conformance compares lines).
    const { term: termContent, classifiers } = splitClassifiers(
      inlines(this.context, termText, endLine),
    );
    return { line, endLine, term: termContent, classifiers, blocks: this.nested(body) };
  }

  /** Doctest blocks (">>>") keep their text as a literal block, as docutils' doctest_block does. */
  private doctest(at: number): number {
    const { end } = getTextBlock(this.source, this.lines, at, false);
    this.emit({
      type: 'literalBlock',
      line: this.lineNo(at),
      text: joinLines(this.source, this.lines, at, end),
    });
    return end;
  }

  /** Line blocks ("| text") become one paragraph with their line breaks. */
  private lineBlock(at: number): number {
    const { end } = getTextBlock(this.source, this.lines, at, false);
    const kept: string[] = [];
    for (let k = at; k < end; k++) {
      const line = classifyLine(this.text(k));
      if (!this.isIndented(k) && line.kind === 'lineBlock') kept.push(this.text(k).slice(line.end));
      else if (kept.length > 0) kept[kept.length - 1] += ' ' + this.text(k).trim();
      else kept.push(this.text(k).trim());
    }
    const line = this.lineNo(at);
    this.emit({ type: 'paragraph', line, content: inlines(this.context, kept.join('\n'), line) });
    return end;
  }

  /** Tables are not interpreted: their text is kept as a literal block. */
  private table(at: number, simple: boolean): number {
    let end = getTextBlock(this.source, this.lines, at, false).end;
    if (simple) {
      // A simple table may contain blank lines; it ends at a border followed by a blank line.
      for (let k = at + 1; k < this.lines.length; k++) {
        if (
          !this.isIndented(k) &&
          !this.isBlank(k) &&
          isSimpleTableBorder(this.text(k)) &&
          this.isBlank(k + 1)
        ) {
          end = k + 1;
          break;
        }
      }
    }
    this.emit({
      type: 'literalBlock',
      line: this.lineNo(at),
      text: joinLines(this.source, this.lines, at, end),
    });
    report(
      this.context,
      this.lineNo(at),
      'info',
      'Tables are not interpreted; kept as literal text.',
    );
    return end;
  }
}

/** Parses nested lines; past MAX_NESTING the lines are kept as literal text instead. */
export function parseNested(
  context: ReaderContext,
  lines: readonly LineView[],
  depth: number,
): Block[] {
  if (depth <= MAX_NESTING) return new BodyParser(context, lines, depth, null).run();
  const kept = trimBlankEnds(context.source, [...lines]);
  if (kept.length === 0) return [];
  const line = kept[0]!.index + 1;
  report(
    context,
    line,
    'warning',
    `Nesting deeper than ${MAX_NESTING} levels; kept as literal text.`,
  );
  return [{ type: 'literalBlock', line, text: joinLines(context.source, kept) }];
}

/** `(?<!\\)(\\\\)*::$`: the text ends with "::" not escaped by a backslash. */
function endsWithLiteralMarker(data: string): boolean {
  if (!data.endsWith('::')) return false;
  let backslashes = 0;
  for (let k = data.length - 3; k >= 0 && data[k] === '\\'; k--) backslashes++;
  return backslashes % 2 === 0;
}

/** Term and classifiers: text nodes split on " : " (docutils' classifier_delimiter ` +: +`). */
export function splitClassifiers(content: Inline[]): { term: Inline[]; classifiers: Inline[][] } {
  // Most terms have no " : " at all: then the term is the content as it is (inline texts are
  // never empty, so nothing would be dropped either).
  if (!content.some((inline) => inline.type === 'text' && inline.text.includes(' :'))) {
    return { term: content, classifiers: [] };
  }
  const parts: Inline[][] = [[]];
  for (const inline of content) {
    if (inline.type !== 'text') {
      parts[parts.length - 1]!.push(inline);
      continue;
    }
    const pieces = splitOnDelimiter(inline.text);
    pieces.forEach((piece, k) => {
      if (k > 0) parts.push([]);
      const text = k === 0 && pieces.length > 1 ? piece.trimEnd() : piece;
      if (text) parts[parts.length - 1]!.push({ type: 'text', text });
    });
  }
  const [term, ...classifiers] = parts;
  return { term: term!, classifiers };
}

/** Splits on ` +: +` without a backtracking regular expression. */
function splitOnDelimiter(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  let at = 0;
  while (at < text.length) {
    if (text[at] === ' ') {
      let colon = at;
      while (text[colon] === ' ') colon++;
      if (text[colon] === ':' && text[colon + 1] === ' ') {
        let after = colon + 1;
        while (text[after] === ' ') after++;
        pieces.push(text.slice(start, at));
        start = after;
        at = after;
        continue;
      }
      at = colon;
      continue;
    }
    at++;
  }
  pieces.push(text.slice(start));
  return pieces;
}

interface AttributionSplit {
  quote: LineView[];
  attribution: LineView[] | null;
  rest: LineView[];
}

/** `(---?(?!-)|\u2014) *(?=[^ \n])`: an attribution's dash and the spaces after it. */
function attributionStart(text: string): number {
  let at: number;
  if (text.startsWith('\u2014')) at = 1;
  else if (text.startsWith('---') && text[3] !== '-') at = 3;
  else if (text.startsWith('--') && text[2] !== '-') at = 2;
  else return -1;
  while (text[at] === ' ') at++;
  return at < text.length ? at : -1;
}

/** docutils' Body.split_attribution and check_attribution. */
function splitAttribution(parser: BodyParser, lines: LineView[]): AttributionSplit {
  const source = parser.source;
  let blank = -2;
  let nonblankSeen = false;
  for (let k = 0; k < lines.length; k++) {
    if (source.isBlank(lines[k]!)) {
      blank = k;
      continue;
    }
    if (nonblankSeen && blank === k - 1) {
      const dashEnd = attributionStart(source.text(lines[k]!));
      if (dashEnd !== -1) {
        let indent: number | null = null;
        let end = k + 1;
        let consistent = true;
        for (; end < lines.length; end++) {
          const line = lines[end]!;
          if (source.isBlank(line)) break;
          const lineIndent = source.indentOf(line);
          if (indent === null) indent = lineIndent;
          else if (lineIndent !== indent) {
            consistent = false;
            break;
          }
        }
        if (consistent) {
          const attribution = lines
            .slice(k, end)
            .map((line, m) => (m === 0 ? shift(line, dashEnd) : shift(line, indent ?? 0)));
          return { quote: lines.slice(0, k), attribution, rest: lines.slice(end) };
        }
      }
    }
    nonblankSeen = true;
  }
  return { quote: lines, attribution: null, rest: [] };
}

import { isPyWhitespace } from './lines';

/**
 * A line as a nested construct sees it: source line `index` read from column `start` on.
 * docutils slices strings to strip indentation at every nesting level; a view only moves
 * `start`, so deep nesting costs no copying.
 */
export interface LineView {
  readonly index: number;
  readonly start: number;
}

/**
 * The document's lines (tabs expanded, trailing whitespace stripped) and their indentation, and
 * lines cut out of them that a nested construct reads on their own (a table cell: the part of
 * each line between two `|`), which keep the line numbers they came from.
 */
export class Source {
  private readonly raw: string[];
  /** Leading whitespace (Python's notion) of each line: the indentation docutils measures. */
  private readonly lead: number[];
  /** The document's own lines come first; the line numbers of lines added after them. */
  private readonly documentLines: number;
  private readonly addedLineNumbers: number[] = [];

  constructor(raw: readonly string[]) {
    this.raw = [...raw];
    this.documentLines = raw.length;
    this.lead = raw.map(leadingWhitespace);
  }

  /** Views of every line of the document from column 0. */
  all(): LineView[] {
    return Array.from({ length: this.documentLines }, (_, index) => ({ index, start: 0 }));
  }

  /**
   * Lines cut out of the notes, to be read as a body of their own: `lineNumbers[k]` is the
   * source line `texts[k]` came from (diagnostics and blocks point there).
   */
  addLines(texts: readonly string[], lineNumbers: readonly number[]): LineView[] {
    return texts.map((text, k) => {
      const index = this.raw.length;
      const kept = text.trimEnd();
      this.raw.push(kept);
      this.lead.push(leadingWhitespace(kept));
      this.addedLineNumbers.push(lineNumbers[k]!);
      return { index, start: 0 };
    });
  }

  text(view: LineView): string {
    return view.start === 0 ? this.raw[view.index]! : this.raw[view.index]!.slice(view.start);
  }

  /** Lines are right-stripped, so a view is blank exactly when nothing is left after `start`. */
  isBlank(view: LineView): boolean {
    return view.start >= this.raw[view.index]!.length;
  }

  charAt(view: LineView, offset = 0): string {
    return this.raw[view.index]!.charAt(view.start + offset);
  }

  /** docutils' Body "indent" transition: the line starts with a space. */
  isIndented(view: LineView): boolean {
    return this.charAt(view) === ' ';
  }

  /** len(line) - len(line.lstrip()). */
  indentOf(view: LineView): number {
    const lead = this.lead[view.index]!;
    if (view.start <= lead) return lead - view.start;
    const line = this.raw[view.index]!;
    let end = view.start;
    while (end < line.length && isPyWhitespace(line.charCodeAt(end))) end++;
    return end - view.start;
  }

  /** The 1-based line of the notes a view shows. */
  lineNumber(view: LineView): number {
    return view.index < this.documentLines
      ? view.index + 1
      : this.addedLineNumbers[view.index - this.documentLines]!;
  }
}

function leadingWhitespace(line: string): number {
  let lead = 0;
  while (lead < line.length && isPyWhitespace(line.charCodeAt(lead))) lead++;
  return lead;
}

export function shift(view: LineView, columns: number): LineView {
  return columns === 0 ? view : { index: view.index, start: view.start + columns };
}

export interface IndentedBlock {
  lines: LineView[];
  indent: number;
  /** Index (into the scanned lines) just past the block. */
  end: number;
  /** The block ended with a blank line or the end of input (docutils' blank_finish). */
  blankFinish: boolean;
}

export interface IndentOptions {
  untilBlank?: boolean;
  stripIndent?: boolean;
  /** Indentation every line must have (docutils' block_indent). */
  blockIndent?: number;
  /** Columns of the first line to strip, e.g. a list marker (docutils' first_indent). */
  firstIndent?: number;
  /** Drop blank lines at the top (default true). */
  stripTop?: boolean;
}

/**
 * docutils' StringList.get_indented() plus the state machine's wrapper: the indented lines from
 * `start`, with their common (or known) indentation removed.
 */
export function getIndented(
  source: Source,
  lines: readonly LineView[],
  start: number,
  options: IndentOptions = {},
): IndentedBlock {
  const { untilBlank = false, stripIndent = true, blockIndent, stripTop = true } = options;
  const firstIndent = options.firstIndent ?? blockIndent;
  let indent = blockIndent;
  let end = start;
  if (firstIndent !== undefined) end += 1;
  let blankFinish = true;
  while (end < lines.length) {
    const line = lines[end]!;
    const blank = source.isBlank(line);
    if (
      !blank &&
      // line[:block_indent].strip() is non-empty exactly when the indentation is short.
      (!source.isIndented(line) ||
        (blockIndent !== undefined && source.indentOf(line) < blockIndent))
    ) {
      // Finished properly only if the last line taken was blank.
      blankFinish = end > start && source.isBlank(lines[end - 1]!);
      break;
    }
    if (blank) {
      if (untilBlank) {
        blankFinish = true;
        break;
      }
    } else if (blockIndent === undefined) {
      const lineIndent = source.indentOf(line);
      indent = indent === undefined ? lineIndent : Math.min(indent, lineIndent);
    }
    end += 1;
  }
  // One array for the block: the first line loses firstIndent columns, the others the common
  // indentation, and blank lines at the top are dropped (not slice, map and slice again).
  const stop = Math.min(end, lines.length);
  const strip = stripIndent && indent ? indent : 0;
  const block: LineView[] = [];
  for (let k = start; k < stop; k++) {
    const columns = k === start && firstIndent !== undefined ? firstIndent : strip;
    const line = shift(lines[k]!, columns);
    if (stripTop && block.length === 0 && source.isBlank(line)) continue;
    block.push(line);
  }
  return { lines: block, indent: indent ?? 0, end: stop, blankFinish };
}

/** docutils' get_text_block(): lines up to a blank one; with flushLeft, also up to an indented one. */
export function getTextBlock(
  source: Source,
  lines: readonly LineView[],
  start: number,
  flushLeft: boolean,
): { end: number; unexpectedIndent: boolean } {
  let end = start;
  while (end < lines.length) {
    const line = lines[end]!;
    if (source.isBlank(line)) break;
    if (flushLeft && source.isIndented(line)) return { end, unexpectedIndent: true };
    end += 1;
  }
  return { end, unexpectedIndent: false };
}

export function trimBlankEnds(source: Source, lines: LineView[]): LineView[] {
  let top = 0;
  let bottom = lines.length;
  while (top < bottom && source.isBlank(lines[top]!)) top++;
  while (bottom > top && source.isBlank(lines[bottom - 1]!)) bottom--;
  return top === 0 && bottom === lines.length ? lines : lines.slice(top, bottom);
}

/** The text of lines[from, to) joined by line breaks, without an intermediate array. */
export function joinLines(
  source: Source,
  lines: readonly LineView[],
  from = 0,
  to = lines.length,
): string {
  if (from >= to) return '';
  let text = source.text(lines[from]!);
  for (let k = from + 1; k < to; k++) text += '\n' + source.text(lines[k]!);
  return text;
}

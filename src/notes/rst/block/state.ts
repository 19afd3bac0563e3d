import type { Block, Inline, Severity } from '../../document/model';
import { readInlines } from '../inline/parser';
import type { LineView, Source } from '../source/source';
import type { ReaderContext } from './context';
import type { SectionStack } from './section-stack';

/**
 * The state the block rules share over one run of lines: the document (where section titles
 * are allowed) or the inside of a list item, definition, block quote, directive... (docutils'
 * Body state and its state machine; markdown-it's StateBlock). Rules read lines by index into
 * `lines`, emit blocks, and move `line` past what they read.
 */
export class BlockState {
  /** The first line not read yet (docutils' line_offset; markdown-it's state.line). */
  line = 0;
  private readonly blocks: Block[] = [];
  private textAt = -1;
  private lastText = '';

  constructor(
    readonly context: ReaderContext,
    readonly lines: readonly LineView[],
    /** How deep this body is nested (0 = the document). */
    readonly depth: number,
    /** Present only where docutils' match_titles is true (the document level). */
    readonly sections: SectionStack | null,
  ) {}

  get source(): Source {
    return this.context.source;
  }

  get matchTitles(): boolean {
    return this.sections !== null;
  }

  /** The blocks emitted here (at the document level they go into the open sections instead). */
  get emitted(): Block[] {
    return this.blocks;
  }

  emit(block: Block): void {
    if (this.sections) this.sections.current().push(block);
    else this.blocks.push(block);
  }

  /** 1-based source line of lines[at]; past the end, the line after the last one. */
  lineNo(at: number): number {
    const view = this.lines[at] ?? this.lines[this.lines.length - 1];
    if (!view) return 1;
    return (
      this.source.lineNumber(view) + (at >= this.lines.length ? at - this.lines.length + 1 : 0)
    );
  }

  /**
   * The text of lines[at]. Every rule looks at the line it is tried on, and a nested line's
   * text is a new string each time it is cut out: the last one is kept.
   */
  text(at: number): string {
    if (at !== this.textAt) {
      this.textAt = at;
      this.lastText = this.source.text(this.lines[at]!);
    }
    return this.lastText;
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

  /** Reads lines as a nested body (docutils' nested_parse, match_titles false). */
  nested(lines: readonly LineView[]): Block[] {
    return this.context.readNested(this.context, lines, this.depth + 1);
  }

  report(line: number, severity: Severity, message: string): void {
    this.context.diagnostics.push({ line, severity, message });
  }

  /** Inline markup of one text block; its problems join the document's diagnostics. */
  inlines(text: string, line: number): Inline[] {
    return readInlines(text, line, this.context);
  }

  /** Docutils' "<construct> ends without a blank line; unexpected unindent." */
  unindentWarning(construct: string, end: number): void {
    this.report(
      this.lineNo(end),
      'warning',
      `${construct} ends without a blank line; unexpected unindent.`,
    );
  }
}

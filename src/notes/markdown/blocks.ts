/**
 * markdown-it's block tokens → the model's blocks, one reader per construct. Headings at the top
 * of the document are returned as marks for sections.ts to nest; a heading inside a list or a
 * quote cannot open a section (docutils allows sections only at the top), so it is a rubric.
 *
 * Nesting is capped at MAX_NESTING levels (model.ts): deeper content is kept as its source lines
 * in a literal block, with a warning, as the reST reader does.
 */
import type { Token } from 'markdown-it';
import type {
  Block,
  DefinitionItem,
  Diagnostic,
  Inline,
  ListItem,
  TableRow,
} from '../document/model';
import { MAX_NESTING } from '../document/limits';
import { boldLead } from './bold-terms';
import { inlineContent, paragraphBlocks, type InlineContext } from './inlines';

/** A heading at the top of the document, before sections are nested. */
export interface HeadingMark {
  type: 'heading';
  /** 1 for `#`, 6 for `######`; setext `===` is 1 and `---` is 2. */
  depth: number;
  line: number;
  title: Inline[];
}

export interface BlockContext extends InlineContext {
  /** The source lines (newlines normalised), for literal blocks kept as written. */
  lines: readonly string[];
  diagnostics: Diagnostic[];
  /** `[label]: url` definitions markdown-it collected, by normalised label. */
  references: Record<string, { href: string; title: string }>;
}

type ListBlock = Extract<Block, { type: 'bulletList' | 'enumeratedList' }>;

export class BlockReader {
  private next = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly context: BlockContext,
    start = 0,
  ) {
    this.next = start;
  }

  /** The document's top level: blocks and heading marks, in order. */
  readTop(): (Block | HeadingMark)[] {
    return this.readBlocks(0, true);
  }

  /**
   * Blocks at `depth` until the closing token of the container (or the end). One loop for every
   * level: the recursion into containers is as deep as the model, which is capped.
   */
  private readBlocks(depth: number, top: true): (Block | HeadingMark)[];
  private readBlocks(depth: number, top: false): Block[];
  private readBlocks(depth: number, top: boolean): (Block | HeadingMark)[] {
    const blocks: (Block | HeadingMark)[] = [];
    while (this.next < this.tokens.length) {
      const token = this.tokens[this.next]!;
      if (token.nesting === -1) {
        // The container's end; at the top there is none, so a stray one is stepped over.
        if (!top) break;
        this.next++;
        continue;
      }
      this.next++;
      blocks.push(...this.readBlock(token, depth, top));
      if (this.context.pendingNotes.length > 0) {
        blocks.push(...this.context.pendingNotes);
        this.context.pendingNotes.length = 0;
      }
    }
    return blocks;
  }

  private readBlock(token: Token, depth: number, top: boolean): (Block | HeadingMark)[] {
    const line = lineOf(token);
    switch (token.type) {
      case 'paragraph_open': {
        const inline = this.take();
        this.close();
        return paragraphBlocks(inline.children ?? [], line, this.context);
      }
      case 'heading_open': {
        const inline = this.take();
        this.close();
        const title = inlineContent(inline.children ?? [], line, this.context);
        if (!title.some((part) => part.text.trim() !== '')) {
          this.warn(
            line,
            'This heading has no text, so it starts no section; write its title after the #.',
          );
          return [];
        }
        if (!top) return [{ type: 'rubric', line, content: title }];
        return [{ type: 'heading', depth: Number(token.tag.slice(1)) || 1, line, title }];
      }
      case 'bullet_list_open':
      case 'ordered_list_open':
        return this.readList(token, depth);
      case 'blockquote_open':
        return [{ type: 'blockQuote', line, blocks: this.readInside(token, depth) }];
      case 'fence': {
        const language = token.info.trim().split(/\s+/)[0];
        return [
          {
            type: 'literalBlock',
            line,
            text: withoutFinalNewline(token.content),
            ...(language ? { language } : {}),
          },
        ];
      }
      case 'code_block':
        return [{ type: 'literalBlock', line, text: withoutFinalNewline(token.content) }];
      case 'html_block':
        return [htmlBlock(token.content, line)];
      case 'hr':
        return [{ type: 'transition', line }];
      case 'table_open':
        return [this.readTable(token)];
      case 'dl_open':
        return [this.readDefinitionList(token, depth)];
      case 'footnote_reference_open':
        return [this.readFootnote(token, depth)];
      case 'reference_definition': {
        const label = String(token.meta?.label ?? '');
        return [
          {
            type: 'target',
            line,
            name: label.toLowerCase(),
            anonymous: false,
            url: this.context.references[label]?.href ?? null,
          },
        ];
      }
      default: {
        // A construct this reader does not know (a future plugin): keep its source lines.
        if (token.nesting === 1) this.skipToClose();
        const text = this.sourceOf(token);
        return text === '' ? [] : [{ type: 'literalBlock', line, text }];
      }
    }
  }

  /** The blocks inside a container whose opening token was just read, at one level deeper. */
  private readInside(open: Token, depth: number): Block[] {
    // Top-level blocks are at depth 0 here and level 1 in the model, so the children read here
    // would be at level depth + 2; the literal that stands for them is at most MAX_NESTING deep.
    if (depth + 2 >= MAX_NESTING) {
      this.skipToClose();
      this.warn(lineOf(open), `Nesting deeper than ${MAX_NESTING} levels; kept as literal text.`);
      const text = this.sourceOf(open);
      return text === '' ? [] : [{ type: 'literalBlock', line: lineOf(open), text }];
    }
    const blocks = this.readBlocks(depth + 1, false);
    this.close();
    return blocks;
  }

  /**
   * A list, with bold-led items read as definition terms (bold-terms.ts): runs of term items
   * become definition lists and runs of other items stay lists, in order.
   */
  private readList(open: Token, depth: number): Block[] {
    const ordered = open.type === 'ordered_list_open';
    const start = ordered ? Number(open.attrGet('start') ?? 1) : 1;
    const make = (items: ListItem[], first: number): ListBlock =>
      ordered
        ? {
            type: 'enumeratedList',
            line: items[0]!.line,
            enumtype: 'arabic',
            start: start + first,
            items,
          }
        : { type: 'bulletList', line: items[0]!.line, bullet: open.markup || '-', items };

    const blocks: Block[] = [];
    let plain: ListItem[] = [];
    let plainFrom = 0;
    let terms: DefinitionItem[] = [];
    const flushPlain = () => {
      if (plain.length > 0) blocks.push(make(plain, plainFrom));
      plain = [];
    };
    const flushTerms = () => {
      if (terms.length > 0)
        blocks.push({ type: 'definitionList', line: terms[0]!.line, items: terms });
      terms = [];
    };

    let index = 0;
    while (this.tokens[this.next]?.type === 'list_item_open') {
      const item = this.tokens[this.next++]!;
      const line = lineOf(item);
      const lead = this.boldLeadOf(item);
      const blocks = this.readInside(item, depth);
      if (lead) {
        flushPlain();
        terms.push({ line, endLine: this.endLineOf(item), term: lead, classifiers: [], blocks });
      } else {
        flushTerms();
        if (plain.length === 0) plainFrom = index;
        plain.push({ line, blocks });
      }
      index++;
    }
    flushPlain();
    flushTerms();
    this.close();
    return blocks;
  }

  /**
   * The term of a bold-led item, read before the item itself: the item's first paragraph is left
   * holding only what follows the term and its separator.
   */
  private boldLeadOf(item: Token): Inline[] | null {
    const paragraph = this.tokens[this.next];
    const inline = this.tokens[this.next + 1];
    if (paragraph?.type !== 'paragraph_open' || inline?.type !== 'inline') return null;
    const lead = boldLead(inline.children ?? []);
    if (!lead) return null;
    inline.children = lead.rest;
    if (paragraph.map && lead.linesBefore > 0) {
      paragraph.map = [paragraph.map[0] + lead.linesBefore, paragraph.map[1]];
    }
    return inlineContent(lead.term, lineOf(item), this.context);
  }

  private readTable(open: Token): Block {
    const header: TableRow[] = [];
    const body: TableRow[] = [];
    let rows = header;
    let row: TableRow | null = null;
    while (this.next < this.tokens.length) {
      const token = this.tokens[this.next++]!;
      if (token.type === 'table_close') break;
      if (token.type === 'tbody_open') rows = body;
      else if (token.type === 'tr_open') {
        row = { line: token.map ? lineOf(token) : lineOf(open), cells: [] };
        rows.push(row);
      } else if (token.type === 'inline' && row) {
        row.cells.push({ blocks: paragraphBlocks(token.children ?? [], row.line, this.context) });
      }
    }
    return { type: 'table', line: lineOf(open), title: null, header, body };
  }

  private readDefinitionList(open: Token, depth: number): Block {
    const items: DefinitionItem[] = [];
    while (this.next < this.tokens.length) {
      const token = this.tokens[this.next++]!;
      if (token.type === 'dl_close') break;
      if (token.type === 'dt_open') {
        const inline = this.take();
        this.close();
        const line = lineOf(token);
        items.push({
          line,
          endLine: line,
          term: inlineContent(inline.children ?? [], line, this.context),
          classifiers: [],
          blocks: [],
        });
      } else if (token.type === 'dd_open') {
        const item = items[items.length - 1];
        const blocks = this.readInside(token, depth);
        if (item) {
          item.blocks.push(...blocks);
          item.endLine = Math.max(item.endLine, this.endLineOf(token));
        }
      }
    }
    return { type: 'definitionList', line: lineOf(open), items };
  }

  private readFootnote(open: Token, depth: number): Block {
    const label = String(open.meta?.label ?? '');
    const id = this.context.footnotes.refs?.[`:${label}`];
    return {
      type: 'footnote',
      line: lineOf(open),
      label,
      // Referenced footnotes show their number; one never referenced shows its label.
      number: id !== undefined && id >= 0 ? String(id + 1) : label,
      citation: false,
      blocks: this.readInside(open, depth),
    };
  }

  private take(): Token {
    return this.tokens[this.next++]!;
  }

  /** Steps over the closing token of the container being read. */
  private close(): void {
    if (this.tokens[this.next]?.nesting === -1) this.next++;
  }

  /** Past the closing token matching an opening token just read. */
  private skipToClose(): void {
    for (let open = 1; this.next < this.tokens.length && open > 0; this.next++) {
      open += this.tokens[this.next]!.nesting;
    }
  }

  private sourceOf(token: Token): string {
    if (!token.map) return token.content;
    const [from, to] = token.map;
    return this.context.lines.slice(from, trimBlankEnd(this.context.lines, from, to)).join('\n');
  }

  /** The last line of a token's source, trailing blank lines left out (1-based). */
  private endLineOf(token: Token): number {
    if (!token.map) return 1;
    return Math.max(token.map[0] + 1, trimBlankEnd(this.context.lines, token.map[0], token.map[1]));
  }

  private warn(line: number, message: string): void {
    this.context.diagnostics.push({ line, severity: 'warning', message });
  }
}

/** The 1-based line a token starts on (markdown-it's maps are 0-based). */
function lineOf(token: Token): number {
  return (token.map?.[0] ?? 0) + 1;
}

/** The end (exclusive, 0-based; = last line 1-based) of lines[from, to) without blank lines. */
export function trimBlankEnd(lines: readonly string[], from: number, to: number): number {
  let end = Math.min(to, lines.length);
  while (end > from + 1 && lines[end - 1]!.trim() === '') end--;
  return end;
}

function withoutFinalNewline(text: string): string {
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

/**
 * Raw HTML is never HTML: a block of it is kept as literal text, so the words stay visible and
 * nothing runs. An HTML comment is what reST calls a comment: kept, but not shown as text.
 */
function htmlBlock(content: string, line: number): Block {
  const text = withoutFinalNewline(content);
  const trimmed = text.trim();
  if (
    trimmed.startsWith('<!--') &&
    trimmed.endsWith('-->') &&
    !trimmed.slice(4, -3).includes('-->')
  ) {
    return { type: 'comment', line, text: trimmed.slice(4, -3).trim() };
  }
  return { type: 'literalBlock', line, text, language: 'html' };
}

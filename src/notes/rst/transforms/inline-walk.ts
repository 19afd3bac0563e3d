/**
 * A document-order walk over every inline list of a document, rebuilding the blocks around the
 * lists the visitor returns (the input is never modified). Used by the transforms that replace
 * inlines (substitutions, references), which must see them in the order docutils numbers them.
 *
 * A block whose inline lists all come back unchanged is kept as it is, not copied: most notes
 * have few references, so resolving them copies only the few blocks that hold one. The switch
 * is exhaustive: a new block kind fails the type check here until its inlines are walked.
 */
import type { Block, Inline, NotesDocument, TableRow } from '../../document/model';
import { unreachable } from '../../document/visit';

export interface InlineVisitor {
  /** An inline list and the line docutils reports its problems at (its block's first line). */
  inlines(content: Inline[], line: number): Inline[];
  /** A block, before its own inline lists; `next` is the block after it, same level. */
  block?(block: Block, next: Block | undefined): void;
  /**
   * A block once its inline lists are walked (`walked` is `original` or its rebuilt copy): what
   * to put in its place. For transforms that change blocks themselves (a footnote's number).
   */
  leave?(original: Block, walked: Block): Block;
}

export function walkDocument(doc: NotesDocument, visitor: InlineVisitor): NotesDocument {
  const title = doc.title && visitor.inlines(doc.title, doc.titleLine ?? 1);
  const subtitle = doc.subtitle && visitor.inlines(doc.subtitle, doc.subtitleLine ?? 1);
  const blocks = walkBlocks(doc.blocks, visitor);
  return title === doc.title && subtitle === doc.subtitle && blocks === doc.blocks
    ? doc
    : { ...doc, title, subtitle, blocks };
}

/**
 * The same document-order visit as walkDocument, for visitors that only look: what `inlines`
 * returns is ignored. (It is walkDocument itself: a visitor that returns its input rebuilds
 * nothing, and one walk keeps the two orders the same.)
 */
export function visitDocument(doc: NotesDocument, visitor: InlineVisitor): void {
  walkDocument(doc, {
    inlines: (content, line) => {
      visitor.inlines(content, line);
      return content;
    },
    block: visitor.block,
  });
}

/** `items` mapped by `walk`, or `items` itself when every element came back unchanged. */
function mapShared<T>(items: T[], walk: (item: T, index: number) => T): T[] {
  let out: T[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const walked = walk(item, i);
    if (out) out.push(walked);
    else if (walked !== item) out = [...items.slice(0, i), walked];
  }
  return out ?? items;
}

function walkBlocks(blocks: Block[], visitor: InlineVisitor): Block[] {
  return mapShared(blocks, (block, index) => {
    visitor.block?.(block, blocks[index + 1]);
    const walked = walkBlock(block, visitor);
    return visitor.leave ? visitor.leave(block, walked) : walked;
  });
}

/** An inline list that may be absent (an image without caption, a table without title). */
function walkOptional(
  content: Inline[] | null,
  line: number,
  visitor: InlineVisitor,
): Inline[] | null {
  return content && visitor.inlines(content, line);
}

function walkRows(rows: TableRow[], visitor: InlineVisitor): TableRow[] {
  return mapShared(rows, (row) => {
    const cells = mapShared(row.cells, (cell) => {
      const blocks = walkBlocks(cell.blocks, visitor);
      return blocks === cell.blocks ? cell : { ...cell, blocks };
    });
    return cells === row.cells ? row : { ...row, cells };
  });
}

function walkBlock(block: Block, visitor: InlineVisitor): Block {
  switch (block.type) {
    case 'paragraph':
    case 'parsedLiteral':
    case 'rubric': {
      const content = visitor.inlines(block.content, block.line);
      return content === block.content ? block : { ...block, content };
    }
    case 'bulletList':
    case 'enumeratedList': {
      const items = mapShared(block.items, (item) => {
        const blocks = walkBlocks(item.blocks, visitor);
        return blocks === item.blocks ? item : { ...item, blocks };
      });
      return items === block.items ? block : { ...block, items };
    }
    case 'definitionList': {
      const items = mapShared(block.items, (item) => {
        // docutils reports a term's problems at the last line of its definition.
        const term = visitor.inlines(item.term, item.endLine);
        const classifiers = mapShared(item.classifiers, (classifier) =>
          visitor.inlines(classifier, item.endLine),
        );
        const blocks = walkBlocks(item.blocks, visitor);
        return term === item.term && classifiers === item.classifiers && blocks === item.blocks
          ? item
          : { ...item, term, classifiers, blocks };
      });
      return items === block.items ? block : { ...block, items };
    }
    case 'fieldList': {
      const fields = mapShared(block.fields, (field) => {
        const name = visitor.inlines(field.name, field.line);
        const blocks = walkBlocks(field.blocks, visitor);
        return name === field.name && blocks === field.blocks ? field : { ...field, name, blocks };
      });
      return fields === block.fields ? block : { ...block, fields };
    }
    case 'blockQuote': {
      const blocks = walkBlocks(block.blocks, visitor);
      if (!block.attribution) return blocks === block.blocks ? block : { ...block, blocks };
      const lastLine = blocks.length > 0 ? lastLineOf(blocks[blocks.length - 1]!) : block.line;
      const attribution = visitor.inlines(block.attribution, lastLine);
      return blocks === block.blocks && attribution === block.attribution
        ? block
        : { ...block, blocks, attribution };
    }
    case 'admonition':
    case 'section': {
      const title = visitor.inlines(block.title, block.line);
      const blocks = walkBlocks(block.blocks, visitor);
      return title === block.title && blocks === block.blocks ? block : { ...block, title, blocks };
    }
    case 'table': {
      const title = walkOptional(block.title, block.line, visitor);
      const header = walkRows(block.header, visitor);
      const body = walkRows(block.body, visitor);
      return title === block.title && header === block.header && body === block.body
        ? block
        : { ...block, title, header, body };
    }
    case 'image': {
      const caption = walkOptional(block.caption, block.line, visitor);
      const legend = walkBlocks(block.legend, visitor);
      return caption === block.caption && legend === block.legend
        ? block
        : { ...block, caption, legend };
    }
    case 'footnote':
    case 'objectDescription': {
      const blocks = walkBlocks(block.blocks, visitor);
      return blocks === block.blocks ? block : { ...block, blocks };
    }
    case 'toctree': {
      const caption = walkOptional(block.caption, block.line, visitor);
      const entries = mapShared(block.entries, (entry) => {
        const title = walkOptional(entry.title, entry.line, visitor);
        return title === entry.title ? entry : { ...entry, title };
      });
      return caption === block.caption && entries === block.entries
        ? block
        : { ...block, caption, entries };
    }
    case 'literalBlock':
    case 'comment':
    case 'target':
    case 'transition':
    case 'include':
      return block;
    default:
      return unreachable(block);
  }
}

function lastLineOf(block: Block): number {
  return 'endLine' in block ? block.endLine : block.line;
}

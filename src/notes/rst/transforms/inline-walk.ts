/**
 * A document-order walk over every inline list of a document, rebuilding the blocks around the
 * lists the visitor returns (the input is never modified). Used by reference resolution, which
 * must see references and targets in the order docutils numbers them.
 *
 * A block whose inline lists all come back unchanged is kept as it is, not copied: most notes
 * have few references, so resolving them copies only the few blocks that hold one.
 */
import type { Block, Inline, NotesDocument } from '../../document/model';

export interface InlineVisitor {
  /** An inline list and the line docutils reports its problems at (its block's first line). */
  inlines(content: Inline[], line: number): Inline[];
  /** A block, before its own inline lists; `next` is the block after it, same level. */
  block?(block: Block, next: Block | undefined): void;
}

export function walkDocument(doc: NotesDocument, visitor: InlineVisitor): NotesDocument {
  const title = doc.title && visitor.inlines(doc.title, doc.titleLine ?? 1);
  const subtitle = doc.subtitle && visitor.inlines(doc.subtitle, doc.subtitleLine ?? 1);
  return { ...doc, title, subtitle, blocks: walkBlocks(doc.blocks, visitor) };
}

/**
 * The same document-order visit as walkDocument, for visitors that only look: nothing is
 * rebuilt, and what `inlines` returns is ignored.
 */
export function visitDocument(doc: NotesDocument, visitor: InlineVisitor): void {
  if (doc.title) visitor.inlines(doc.title, doc.titleLine ?? 1);
  if (doc.subtitle) visitor.inlines(doc.subtitle, doc.subtitleLine ?? 1);
  visitBlocks(doc.blocks, visitor);
}

function visitBlocks(blocks: readonly Block[], visitor: InlineVisitor): void {
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    visitor.block?.(block, blocks[index + 1]);
    visitBlock(block, visitor);
  }
}

/** walkBlock's order exactly: the lines reported depend on it. */
function visitBlock(block: Block, visitor: InlineVisitor): void {
  switch (block.type) {
    case 'paragraph':
      visitor.inlines(block.content, block.line);
      return;
    case 'bulletList':
    case 'enumeratedList':
      for (const item of block.items) visitBlocks(item.blocks, visitor);
      return;
    case 'definitionList':
      for (const item of block.items) {
        visitor.inlines(item.term, item.endLine);
        for (const classifier of item.classifiers) visitor.inlines(classifier, item.endLine);
        visitBlocks(item.blocks, visitor);
      }
      return;
    case 'fieldList':
      for (const field of block.fields) {
        visitor.inlines(field.name, field.line);
        visitBlocks(field.blocks, visitor);
      }
      return;
    case 'blockQuote':
      visitBlocks(block.blocks, visitor);
      if (block.attribution) {
        const last = block.blocks[block.blocks.length - 1];
        visitor.inlines(block.attribution, last ? lastLineOf(last) : block.line);
      }
      return;
    case 'admonition':
    case 'section':
      visitor.inlines(block.title, block.line);
      visitBlocks(block.blocks, visitor);
      return;
    default:
      return;
  }
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
    return walkBlock(block, visitor);
  });
}

function walkBlock(block: Block, visitor: InlineVisitor): Block {
  switch (block.type) {
    case 'paragraph': {
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
      const lastLine = blocks.length > 0 ? lastLineOf(blocks[blocks.length - 1]!) : block.line;
      if (!block.attribution) return blocks === block.blocks ? block : { ...block, blocks };
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
    default:
      return block;
  }
}

function lastLineOf(block: Block): number {
  return 'endLine' in block ? block.endLine : block.line;
}

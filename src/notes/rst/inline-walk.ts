/**
 * A document-order walk over every inline list of a document, rebuilding the blocks around the
 * lists the visitor returns (the input is never modified). Used by reference resolution, which
 * must see references and targets in the order docutils numbers them.
 */
import type { Block, Inline, RstDocument } from './model';

export interface InlineVisitor {
  /** An inline list and the line docutils reports its problems at (its block's first line). */
  inlines(content: Inline[], line: number): Inline[];
  /** A block, before its own inline lists; `following` are the blocks after it, same level. */
  block?(block: Block, following: readonly Block[]): void;
}

export function walkDocument(doc: RstDocument, visitor: InlineVisitor): RstDocument {
  const title = doc.title && visitor.inlines(doc.title, doc.titleLine ?? 1);
  const subtitle = doc.subtitle && visitor.inlines(doc.subtitle, doc.subtitleLine ?? 1);
  return { ...doc, title, subtitle, blocks: walkBlocks(doc.blocks, visitor) };
}

function walkBlocks(blocks: readonly Block[], visitor: InlineVisitor): Block[] {
  return blocks.map((block, index) => {
    visitor.block?.(block, blocks.slice(index + 1));
    return walkBlock(block, visitor);
  });
}

function walkBlock(block: Block, visitor: InlineVisitor): Block {
  switch (block.type) {
    case 'paragraph':
      return { ...block, content: visitor.inlines(block.content, block.line) };
    case 'bulletList':
    case 'enumeratedList':
      return {
        ...block,
        items: block.items.map((item) => ({ ...item, blocks: walkBlocks(item.blocks, visitor) })),
      };
    case 'definitionList':
      return {
        ...block,
        items: block.items.map((item) => ({
          ...item,
          // docutils reports a term's problems at the last line of its definition.
          term: visitor.inlines(item.term, item.endLine),
          classifiers: item.classifiers.map((classifier) =>
            visitor.inlines(classifier, item.endLine),
          ),
          blocks: walkBlocks(item.blocks, visitor),
        })),
      };
    case 'fieldList':
      return {
        ...block,
        fields: block.fields.map((field) => ({
          ...field,
          name: visitor.inlines(field.name, field.line),
          blocks: walkBlocks(field.blocks, visitor),
        })),
      };
    case 'blockQuote': {
      const blocks = walkBlocks(block.blocks, visitor);
      const lastLine = blocks.length > 0 ? lastLineOf(blocks[blocks.length - 1]!) : block.line;
      return block.attribution
        ? { ...block, blocks, attribution: visitor.inlines(block.attribution, lastLine) }
        : { ...block, blocks };
    }
    case 'admonition':
      return {
        ...block,
        title: visitor.inlines(block.title, block.line),
        blocks: walkBlocks(block.blocks, visitor),
      };
    case 'section':
      return {
        ...block,
        title: visitor.inlines(block.title, block.line),
        blocks: walkBlocks(block.blocks, visitor),
      };
    default:
      return block;
  }
}

function lastLineOf(block: Block): number {
  return 'endLine' in block ? block.endLine : block.line;
}

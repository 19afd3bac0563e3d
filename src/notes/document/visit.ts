/**
 * The one way to walk the document model (issue 8: the block tree was walked by hand seven
 * times, and `default:` branches skipped new block kinds silently). `forEachPart` lists what a
 * block directly holds, inline runs and nested block lists, in document order; its switch is
 * exhaustive, so adding a block kind to model.ts fails the type check here until it is handled.
 *
 * Recursion is safe: readers cap nesting at MAX_NESTING (100) levels (model.ts).
 */
import type { Block, Inline } from './model';

/** What a block holds directly, in the order a reader meets it. */
export interface PartVisitor {
  /** A run of inline content (a paragraph, a title, a term, a table cell's caption...). */
  inlines(content: readonly Inline[], line: number): void;
  /** A nested list of blocks (a list item, a definition, a table cell, a section's body...). */
  blocks(blocks: readonly Block[]): void;
}

export function forEachPart(block: Block, visit: PartVisitor): void {
  switch (block.type) {
    case 'paragraph':
    case 'parsedLiteral':
    case 'rubric':
      visit.inlines(block.content, block.line);
      return;
    case 'bulletList':
    case 'enumeratedList':
      for (const item of block.items) visit.blocks(item.blocks);
      return;
    case 'definitionList':
      for (const item of block.items) {
        visit.inlines(item.term, item.line);
        for (const classifier of item.classifiers) visit.inlines(classifier, item.line);
        visit.blocks(item.blocks);
      }
      return;
    case 'fieldList':
      for (const field of block.fields) {
        visit.inlines(field.name, field.line);
        visit.blocks(field.blocks);
      }
      return;
    case 'blockQuote':
      visit.blocks(block.blocks);
      if (block.attribution) visit.inlines(block.attribution, block.line);
      return;
    case 'admonition':
      visit.inlines(block.title, block.line);
      visit.blocks(block.blocks);
      return;
    case 'section':
      visit.inlines(block.title, block.line);
      visit.blocks(block.blocks);
      return;
    case 'table':
      if (block.title) visit.inlines(block.title, block.line);
      for (const row of [...block.header, ...block.body]) {
        for (const cell of row.cells) visit.blocks(cell.blocks);
      }
      return;
    case 'image':
      if (block.caption) visit.inlines(block.caption, block.line);
      visit.blocks(block.legend);
      return;
    case 'footnote':
      visit.blocks(block.blocks);
      return;
    case 'toctree':
      if (block.caption) visit.inlines(block.caption, block.line);
      for (const entry of block.entries) if (entry.title) visit.inlines(entry.title, entry.line);
      return;
    case 'objectDescription':
      visit.blocks(block.blocks);
      return;
    case 'literalBlock':
    case 'comment':
    case 'target':
    case 'transition':
    case 'include':
      return;
    default:
      return unreachable(block);
  }
}

/** Every block in `blocks` and below, in document order (a block before what it holds). */
export function forEachBlock(blocks: readonly Block[], visit: (block: Block) => void): void {
  const walker: PartVisitor = {
    inlines: () => {},
    blocks: (inner) => {
      for (const block of inner) {
        visit(block);
        forEachPart(block, walker);
      }
    },
  };
  walker.blocks(blocks);
}

/** Every inline in `blocks` and below, in document order, with the line of its run. */
export function forEachInline(
  blocks: readonly Block[],
  visit: (inline: Inline, line: number) => void,
): void {
  const walker: PartVisitor = {
    inlines: (content, line) => {
      for (const inline of content) visit(inline, line);
    },
    blocks: (inner) => {
      for (const block of inner) forEachPart(block, walker);
    },
  };
  walker.blocks(blocks);
}

/** For the `default:` branch of an exhaustive switch: a new kind fails the type check. */
export function unreachable(value: never): never {
  throw new Error(`Unhandled element ${JSON.stringify(value)}`);
}

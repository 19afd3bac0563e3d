import type { Block, Inline, TableRow } from './model';
import { forEachPart, unreachable, type PartVisitor } from './visit';

/** The text a reader sees of inline content (docutils `astext()`). */
export function inlineText(content: readonly Inline[]): string {
  if (content.length === 1) return content[0]!.text;
  let text = '';
  for (let i = 0; i < content.length; i++) text += content[i]!.text;
  return text;
}

/**
 * Plain text of blocks as docutils' `astext()` gives it: every child element's text joined by a
 * blank line, line breaks inside a paragraph kept. Comments are dropped, as rst_oracle.py drops
 * them; elements without text (targets, transitions) still count as an empty child, as in
 * docutils ("a", target, "b" reads "a\n\n\n\nb").
 */
export function blocksText(blocks: readonly Block[]): string {
  let text: string | null = null;
  for (const block of blocks) text = joinChild(text, blockText(block));
  return text ?? '';
}

/**
 * One more child's text after the ones so far (null: none yet / no element). Built by
 * concatenation rather than arrays joined per level: the graph builder asks for the text of
 * every concept.
 */
function joinChild(sofar: string | null, text: string | null): string | null {
  if (text === null) return sofar;
  return sofar === null ? text : `${sofar}\n\n${text}`;
}

function blockText(block: Block): string | null {
  switch (block.type) {
    case 'paragraph':
      return inlineText(block.content);
    case 'bulletList':
    case 'enumeratedList': {
      let text: string | null = null;
      for (const item of block.items) text = joinChild(text, blocksText(item.blocks));
      return text ?? '';
    }
    case 'definitionList': {
      let text: string | null = null;
      for (const item of block.items) {
        let itemText = inlineText(item.term);
        for (const classifier of item.classifiers) {
          itemText = `${itemText}\n\n${inlineText(classifier)}`;
        }
        text = joinChild(text, `${itemText}\n\n${blocksText(item.blocks)}`);
      }
      return text ?? '';
    }
    case 'fieldList': {
      let text: string | null = null;
      for (const field of block.fields) {
        text = joinChild(text, `${inlineText(field.name)}\n\n${blocksText(field.blocks)}`);
      }
      return text ?? '';
    }
    case 'blockQuote': {
      let text: string | null = null;
      for (const inner of block.blocks) text = joinChild(text, blockText(inner));
      if (block.attribution) text = joinChild(text, inlineText(block.attribution));
      return text ?? '';
    }
    case 'literalBlock':
      return block.text;
    case 'admonition': {
      // Specific admonitions (note, tip...) have no title element; the generic one has.
      let text = block.title.length > 0 ? inlineText(block.title) : null;
      for (const inner of block.blocks) text = joinChild(text, blockText(inner));
      return text ?? '';
    }
    case 'section': {
      let text: string | null = inlineText(block.title);
      for (const inner of block.blocks) text = joinChild(text, blockText(inner));
      return text;
    }
    case 'parsedLiteral':
    case 'rubric':
      return inlineText(block.content);
    case 'table': {
      let text: string | null = block.title ? inlineText(block.title) : null;
      text = joinChild(text, rowsText(block.header));
      return joinChild(text, rowsText(block.body)) ?? '';
    }
    case 'image': {
      // docutils' image.astext() is its alt text; a figure adds its caption and legend.
      let text: string | null = block.alt;
      if (block.caption) text = joinChild(text, inlineText(block.caption));
      for (const inner of block.legend) text = joinChild(text, blockText(inner));
      return text ?? '';
    }
    case 'footnote': {
      let text: string | null = block.label;
      for (const inner of block.blocks) text = joinChild(text, blockText(inner));
      return text;
    }
    case 'toctree': {
      let text: string | null = block.caption ? inlineText(block.caption) : null;
      for (const entry of block.entries) {
        text = joinChild(text, entry.title ? inlineText(entry.title) : entry.target);
      }
      return text ?? '';
    }
    case 'objectDescription': {
      let text: string | null = block.signature;
      for (const inner of block.blocks) text = joinChild(text, blockText(inner));
      return text;
    }
    case 'comment':
      return null;
    case 'target':
    case 'transition':
    case 'include':
      return '';
    default:
      return unreachable(block);
  }
}

function rowsText(rows: readonly TableRow[]): string | null {
  let text: string | null = null;
  for (const row of rows) {
    for (const cell of row.cells) text = joinChild(text, blocksText(cell.blocks));
  }
  return text;
}

/**
 * Every piece of text in `blocks` with the source line it starts on, in document order: each run
 * of inline content (a paragraph, a title, a term, a cell...) and each literal block. The same
 * text blocksText joins, in pieces a search can point back into the notes from (evidence.ts).
 */
export function forEachTextPiece(
  blocks: readonly Block[],
  visit: (text: string, line: number) => void,
): void {
  const walker: PartVisitor = {
    inlines: (content, line) => visit(inlineText(content), line),
    blocks: (inner) => {
      for (const block of inner) {
        if (block.type === 'literalBlock') visit(block.text, block.line);
        else forEachPart(block, walker);
      }
    },
  };
  walker.blocks(blocks);
}

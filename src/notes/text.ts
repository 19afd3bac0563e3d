import type { Block, Inline } from './rst/model';

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
    case 'comment':
      return null;
    case 'target':
    case 'transition':
      return '';
  }
}

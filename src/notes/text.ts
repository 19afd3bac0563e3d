import type { Block, Inline } from './rst/model';

/** The text a reader sees of inline content (docutils `astext()`). */
export function inlineText(content: readonly Inline[]): string {
  return content.map((inline) => inline.text).join('');
}

/**
 * Plain text of blocks as docutils' `astext()` gives it: every child element's text joined by a
 * blank line, line breaks inside a paragraph kept. Comments are dropped, as rst_oracle.py drops
 * them; elements without text (targets, transitions) still count as an empty child, as in
 * docutils ("a", target, "b" reads "a\n\n\n\nb").
 */
export function blocksText(blocks: readonly Block[]): string {
  return joinChildren(blocks.map(blockText));
}

function joinChildren(texts: readonly (string | null)[]): string {
  return texts.filter((text) => text !== null).join('\n\n');
}

function blockText(block: Block): string | null {
  switch (block.type) {
    case 'paragraph':
      return inlineText(block.content);
    case 'bulletList':
    case 'enumeratedList':
      return joinChildren(block.items.map((item) => blocksText(item.blocks)));
    case 'definitionList':
      return joinChildren(
        block.items.map((item) =>
          joinChildren([
            inlineText(item.term),
            ...item.classifiers.map(inlineText),
            blocksText(item.blocks),
          ]),
        ),
      );
    case 'fieldList':
      return joinChildren(
        block.fields.map((field) =>
          joinChildren([inlineText(field.name), blocksText(field.blocks)]),
        ),
      );
    case 'blockQuote':
      return joinChildren([
        ...block.blocks.map(blockText),
        block.attribution ? inlineText(block.attribution) : null,
      ]);
    case 'literalBlock':
      return block.text;
    case 'admonition':
      // Specific admonitions (note, tip...) have no title element; the generic one has.
      return joinChildren([
        block.title.length > 0 ? inlineText(block.title) : null,
        ...block.blocks.map(blockText),
      ]);
    case 'section':
      return joinChildren([inlineText(block.title), ...block.blocks.map(blockText)]);
    case 'comment':
      return null;
    case 'target':
    case 'transition':
      return '';
  }
}

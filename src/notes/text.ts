import type { Block, Inline } from './rst/model';

/** The text a reader sees of inline content (docutils `astext()`). */
export function inlineText(content: readonly Inline[]): string {
  return content.map((inline) => inline.text).join('');
}

/**
 * Plain text of blocks as docutils' `astext()` gives it: blocks joined by a blank line, line
 * breaks inside a paragraph kept. Comments are dropped, as rst_oracle.py drops them.
 */
export function blocksText(blocks: readonly Block[]): string {
  return blocks
    .map(blockText)
    .filter((text) => text !== null)
    .join('\n\n');
}

function blockText(block: Block): string | null {
  switch (block.type) {
    case 'paragraph':
      return inlineText(block.content);
    case 'bulletList':
    case 'enumeratedList':
      return block.items.map((item) => blocksText(item.blocks)).join('\n\n');
    case 'definitionList':
      return block.items
        .map((item) =>
          [
            [inlineText(item.term), ...item.classifiers.map(inlineText)].join('\n\n'),
            blocksText(item.blocks),
          ]
            .filter(Boolean)
            .join('\n\n'),
        )
        .join('\n\n');
    case 'fieldList':
      return block.fields
        .map((field) =>
          [inlineText(field.name), blocksText(field.blocks)].filter(Boolean).join('\n\n'),
        )
        .join('\n\n');
    case 'blockQuote':
      return [blocksText(block.blocks), block.attribution ? inlineText(block.attribution) : '']
        .filter(Boolean)
        .join('\n\n');
    case 'literalBlock':
      return block.text;
    case 'admonition':
      return [inlineText(block.title), blocksText(block.blocks)].filter(Boolean).join('\n\n');
    case 'section':
      return [inlineText(block.title), blocksText(block.blocks)].filter(Boolean).join('\n\n');
    case 'comment':
    case 'target':
    case 'transition':
      return null;
  }
}

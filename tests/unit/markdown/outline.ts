/**
 * A compact, readable outline of a document model, for table-driven tests: what a reader of the
 * map would see of each block and inline, one string per document.
 *
 *   title "Foo" | p["a " em"b" code"c"] | section 1 "Bar" { ul- { item { p["x"] } } }
 */
import type { Block, Inline, NotesDocument } from '../../../src/notes/document/model';

export function outline(doc: NotesDocument): string {
  const parts: string[] = [];
  if (doc.title) parts.push(`title ${inlines(doc.title)}`);
  if (doc.blocks.length > 0) parts.push(blocks(doc.blocks));
  return parts.join(' | ');
}

function blocks(list: readonly Block[]): string {
  return list.map(block).join(' ');
}

function nested(list: readonly Block[]): string {
  return list.length === 0 ? '{}' : `{ ${blocks(list)} }`;
}

function block(b: Block): string {
  switch (b.type) {
    case 'paragraph':
      return `p${inlines(b.content)}`;
    case 'section':
      return `section ${b.level} ${inlines(b.title)} ${nested(b.blocks)}`;
    case 'bulletList':
      return `ul${b.bullet} { ${b.items.map((i) => `item ${nested(i.blocks)}`).join(' ')} }`;
    case 'enumeratedList':
      return `ol${b.start} { ${b.items.map((i) => `item ${nested(i.blocks)}`).join(' ')} }`;
    case 'definitionList':
      return `dl { ${b.items.map((i) => `term ${inlines(i.term)} ${nested(i.blocks)}`).join(' ')} }`;
    case 'blockQuote':
      return `quote ${nested(b.blocks)}`;
    case 'literalBlock':
      return `code${b.language ? `(${b.language})` : ''}${JSON.stringify(b.text)}`;
    case 'transition':
      return 'hr';
    case 'image':
      return `img(${JSON.stringify(b.alt)} ${b.uri}${b.target ? ` -> ${b.target}` : ''})`;
    case 'rubric':
      return `rubric${inlines(b.content)}`;
    case 'table':
      return `table { ${[...b.header.map((r) => `th ${row(r.cells)}`), ...b.body.map((r) => `tr ${row(r.cells)}`)].join(' ')} }`;
    case 'footnote':
      return `footnote[${b.label}=${b.number}] ${nested(b.blocks)}`;
    case 'target':
      return `target(${b.name} ${b.url})`;
    case 'comment':
      return `comment${JSON.stringify(b.text)}`;
    case 'fieldList':
      return `fields { ${b.fields.map((f) => `${inlines(f.name)}: ${nested(f.blocks)}`).join(' ')} }`;
    case 'admonition':
      return `admonition(${b.name}) ${inlines(b.title)} ${nested(b.blocks)}`;
    default:
      return b.type;
  }
}

function row(cells: readonly { blocks: Block[] }[]): string {
  return cells.map((cell) => nested(cell.blocks)).join(' ');
}

function inlines(content: readonly Inline[]): string {
  return `[${content.map(inline).join(' ')}]`;
}

function inline(i: Inline): string {
  switch (i.type) {
    case 'text':
      return JSON.stringify(i.text);
    case 'emphasis':
      return `em${JSON.stringify(i.text)}`;
    case 'strong':
      return `strong${JSON.stringify(i.text)}`;
    case 'literal':
      return `code${JSON.stringify(i.text)}`;
    case 'reference':
      return `href${JSON.stringify(i.text)}->${i.url}`;
    case 'crossReference':
      return `${i.via}:${JSON.stringify(i.text)}->${i.target}${i.anchor !== undefined ? `#${i.anchor}` : ''}${i.explicitTitle ? '' : '(as written)'}`;
    case 'tag':
      return `tag:${i.name}`;
    case 'footnoteReference':
      return `fn${i.text}:${i.label}`;
    default:
      return `${i.type}${JSON.stringify(i.text)}`;
  }
}

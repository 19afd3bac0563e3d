import type { Block, Inline, NotesDocument, TableRow } from '../../../src/notes/document/model';
import { inlineText } from '../../../src/notes/document/text';
import { unreachable } from '../../../src/notes/document/visit';

/*
 * A compact, hand-writable picture of a document, for the Sphinx-behaviour fixtures
 * (tests/fixtures/rst/sphinx/NAME.sphinx.json): where docutils alone is not the judge, the
 * expected rendering is written down in this shape, checked against a Sphinx build.
 *
 * An inline is one string: `text`, `code(py:func):limit()`, `ref→refill-rules:refill-rules`
 * (cross-reference: via, target, shown text), `link→url:text`, `kbd:Ctrl+C`, `abbr(title):X`,
 * `ui:Cancel`, `em:x`, `strong:x`, `role(name):x`, `target(name):x`, `note[1]`.
 */

export type SphinxShape = (string | { [key: string]: unknown })[];

function inlineShape(inline: Inline): string {
  switch (inline.type) {
    case 'text':
      return inline.text;
    case 'literal':
      return inline.role ? `code(${inline.role}):${inline.text}` : `code:${inline.text}`;
    case 'emphasis':
      return `em:${inline.text}`;
    case 'strong':
      return `strong:${inline.text}`;
    case 'keyboard':
      return `kbd:${inline.text}`;
    case 'abbreviation':
      return inline.title === null ? `abbr:${inline.text}` : `abbr(${inline.title}):${inline.text}`;
    case 'uiLabel':
      return `ui:${inline.text}`;
    case 'interpreted':
      return `role(${inline.role}):${inline.text}`;
    case 'reference':
      return `link→${inline.url ?? '?'}:${inline.text}`;
    case 'crossReference':
      return `${inline.via}→${inline.target}:${inline.text}`;
    case 'footnoteReference':
      return `note[${inline.text}]`;
    case 'target':
      return `target(${inline.name}):${inline.text}`;
    case 'tag':
      return `tag:${inline.name}`;
    default:
      return unreachable(inline);
  }
}

/** Inline content as its pieces; plain text between them is kept as it stands. */
function inlinesShape(content: readonly Inline[]): string[] {
  return content.map(inlineShape);
}

function rows(table: readonly TableRow[]): string[][][] {
  return table.map((row) => row.cells.map((cell) => blocksShape(cell.blocks) as string[]));
}

function blocksShape(blocks: readonly Block[]): SphinxShape {
  const out: SphinxShape = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
        out.push(
          ...inlinesShape(block.content).map((piece, index) =>
            index === 0 ? `¶ ${piece}` : piece,
          ),
        );
        break;
      case 'section':
        out.push({ section: inlineText(block.title), blocks: blocksShape(block.blocks) });
        break;
      case 'literalBlock':
        out.push({ code: block.language ?? null, text: block.text });
        break;
      case 'parsedLiteral':
        out.push({ parsedLiteral: inlinesShape(block.content) });
        break;
      case 'rubric':
        out.push({ rubric: inlinesShape(block.content) });
        break;
      case 'admonition':
        out.push({
          admonition: block.name,
          title: inlineText(block.title),
          blocks: blocksShape(block.blocks),
        });
        break;
      case 'definitionList':
        out.push({
          [block.glossary ? 'glossary' : 'definitions']: block.items.map((item) => ({
            term: inlinesShape(item.term),
            blocks: blocksShape(item.blocks),
          })),
        });
        break;
      case 'objectDescription':
        out.push({
          object: `${block.domain}:${block.objectType}`,
          name: block.name,
          signature: block.signature,
          blocks: blocksShape(block.blocks),
        });
        break;
      case 'toctree':
        out.push({
          toctree: block.entries.map((entry) =>
            entry.title ? `${inlineText(entry.title)} <${entry.target}>` : entry.target,
          ),
          caption: block.caption ? inlineText(block.caption) : null,
        });
        break;
      case 'bulletList':
      case 'enumeratedList':
        out.push({ list: block.items.map((item) => blocksShape(item.blocks)) });
        break;
      case 'fieldList':
        out.push({
          fields: block.fields.map((field) => ({
            name: inlineText(field.name),
            blocks: blocksShape(field.blocks),
          })),
        });
        break;
      case 'blockQuote':
        out.push({ quote: blocksShape(block.blocks) });
        break;
      case 'table':
        out.push({
          table: block.title ? inlineText(block.title) : null,
          header: rows(block.header),
          body: rows(block.body),
        });
        break;
      case 'image':
        out.push({ image: block.uri, alt: block.alt, target: block.target });
        break;
      case 'footnote':
        out.push({ footnote: block.number, blocks: blocksShape(block.blocks) });
        break;
      case 'target':
        out.push({ target: block.name, url: block.url });
        break;
      case 'include':
        out.push({ include: block.path });
        break;
      case 'comment':
        out.push({ comment: block.text });
        break;
      case 'transition':
        out.push('---');
        break;
      default:
        unreachable(block);
    }
  }
  return out;
}

/** The document (title and blocks) and its problems as `line severity: message`. */
export function sphinxShape(doc: NotesDocument): {
  title: string | null;
  blocks: SphinxShape;
  problems: string[];
} {
  return {
    title: doc.title ? inlineText(doc.title) : null,
    blocks: blocksShape(doc.blocks),
    problems: doc.diagnostics.map((d) => `${d.line} ${d.severity}: ${d.message}`),
  };
}

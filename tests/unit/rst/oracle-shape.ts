import type {
  Block,
  DefinitionItem,
  Inline,
  NotesDocument,
  TableRow,
} from '../../../src/notes/document/model';
import { blocksText, inlineText } from '../../../src/notes/document/text';
import { unreachable } from '../../../src/notes/document/visit';

/*
 * A NotesDocument in the JSON shape of scripts/rst_oracle.py (docutils' reading), so golden
 * files can be compared field by field. The walk visits elements in docutils' document order
 * (its findall() pre-order), which fixes the order of links, inlines, bullets, tables...
 */

interface OracleTerm {
  term: string;
  classifiers: string[];
  section_path: string[];
  body_text: string;
  nested_terms: OracleTerm[];
}

type Place = { section_path: string[]; term: string | null };

export interface OracleShape {
  title: string | null;
  subtitle: string | null;
  sections: { title: string; level: number; path: string[] }[];
  terms: OracleTerm[];
  links: ({ text: string; url: string | null } & Place)[];
  inlines: ({ type: string; text: string } & Place)[];
  bullets: ({ text: string; depth: number } & Place)[];
  tables: {
    title: string | null;
    head: [string, number, number][][];
    body: [string, number, number][][];
    section_path: string[];
  }[];
  images: {
    uri: string;
    alt: string;
    target: string | null;
    caption: string | null;
    legend: string;
    section_path: string[];
  }[];
  footnotes: { label: string | null; citation: boolean; text: string }[];
  footnote_refs: string[];
  literal_blocks: { text: string; parsed: boolean }[];
  rubrics: string[];
  warnings: { line: number | null; level: number; message?: string }[];
}

const LEVELS = { info: 1, warning: 2, error: 3, severe: 4 } as const;

interface Where {
  path: string[];
  term: string | null;
  bulletDepth: number;
}

/** docutils writes a section's number before its title, then three no-break spaces. */
function sectionTitle(section: Extract<Block, { type: 'section' }>): string {
  const title = inlineText(section.title);
  return section.number === undefined ? title : `${section.number}\u00a0\u00a0\u00a0${title}`;
}

export function toOracleShape(doc: NotesDocument): OracleShape {
  const shape: OracleShape = {
    title: doc.title ? inlineText(doc.title) : null,
    subtitle: doc.subtitle ? inlineText(doc.subtitle) : null,
    sections: [],
    terms: [],
    links: [],
    inlines: [],
    bullets: [],
    tables: [],
    images: [],
    footnotes: [],
    footnote_refs: [],
    literal_blocks: [],
    rubrics: [],
    warnings: doc.diagnostics.map((d) => ({
      line: d.line,
      level: LEVELS[d.severity],
      message: d.message,
    })),
  };
  // docutils lists bullet-list items list by list, lists in document order.
  const bulletLists: { items: string[]; where: Where }[] = [];

  const visitInlines = (content: readonly Inline[], where: Where) => {
    for (const inline of content) {
      const place = { section_path: where.path, term: where.term };
      switch (inline.type) {
        case 'reference':
          shape.links.push({ text: inline.text, url: inline.url, ...place });
          break;
        case 'literal':
          // Sphinx's code roles (`:func:`...) are not docutils' literals (a docutils golden
          // file has them as unknown roles).
          if (inline.role === undefined) {
            shape.inlines.push({ type: 'literal', text: inline.text, ...place });
          }
          break;
        case 'emphasis':
        case 'strong':
          shape.inlines.push({ type: inline.type, text: inline.text, ...place });
          break;
        case 'footnoteReference':
          shape.footnote_refs.push(inline.text);
          break;
        case 'text':
        case 'keyboard':
        case 'abbreviation':
        case 'uiLabel':
        case 'interpreted':
        case 'crossReference':
        case 'target':
        case 'tag':
          break;
        default:
          unreachable(inline);
      }
    }
  };

  const termEntry = (item: DefinitionItem, where: Where): OracleTerm => {
    const term = inlineText(item.term);
    const inner: Where = { ...where, term };
    visitInlines(item.term, inner);
    item.classifiers.forEach((classifier) => visitInlines(classifier, inner));
    const nested: OracleTerm[] = [];
    visitBlocks(item.blocks, inner, nested);
    return {
      term,
      classifiers: item.classifiers.map(inlineText),
      section_path: where.path,
      body_text: blocksText(item.blocks),
      nested_terms: nested,
    };
  };

  const cells = (rows: readonly TableRow[]): [string, number, number][][] =>
    rows.map((row) =>
      row.cells.map((cell): [string, number, number] => [
        blocksText(cell.blocks),
        (cell.rowspan ?? 1) - 1,
        (cell.colspan ?? 1) - 1,
      ]),
    );

  /** `terms` receives the definition items met here that no other item encloses. */
  const visitBlocks = (blocks: readonly Block[], where: Where, terms: OracleTerm[]) => {
    for (const block of blocks) {
      switch (block.type) {
        case 'paragraph':
          visitInlines(block.content, where);
          break;
        case 'section': {
          const title = sectionTitle(block);
          shape.sections.push({ title, level: where.path.length + 1, path: where.path });
          const inner = { ...where, path: [...where.path, title] };
          visitInlines(block.title, inner);
          visitBlocks(block.blocks, inner, terms);
          break;
        }
        case 'bulletList': {
          const inner = { ...where, bulletDepth: where.bulletDepth + 1 };
          bulletLists.push({
            items: block.items.map((item) => blocksText(item.blocks)),
            where: inner,
          });
          block.items.forEach((item) => visitBlocks(item.blocks, inner, terms));
          break;
        }
        case 'enumeratedList':
          block.items.forEach((item) => visitBlocks(item.blocks, where, terms));
          break;
        case 'definitionList':
          block.items.forEach((item) => terms.push(termEntry(item, where)));
          break;
        case 'fieldList':
          block.fields.forEach((field) => {
            visitInlines(field.name, where);
            visitBlocks(field.blocks, where, terms);
          });
          break;
        case 'blockQuote':
          visitBlocks(block.blocks, where, terms);
          if (block.attribution) visitInlines(block.attribution, where);
          break;
        case 'admonition':
          visitInlines(block.title, where);
          visitBlocks(block.blocks, where, terms);
          break;
        case 'table':
          shape.tables.push({
            title: block.title ? inlineText(block.title) : null,
            head: cells(block.header),
            body: cells(block.body),
            section_path: where.path,
          });
          if (block.title) visitInlines(block.title, where);
          for (const row of [...block.header, ...block.body]) {
            for (const cell of row.cells) visitBlocks(cell.blocks, where, terms);
          }
          break;
        case 'image':
          // docutils puts an image with a target inside a reference: a link showing its alt.
          if (block.target !== null) {
            shape.links.push({
              text: block.alt,
              url: block.target,
              section_path: where.path,
              term: where.term,
            });
          }
          shape.images.push({
            uri: block.uri,
            alt: block.alt,
            target: block.target,
            caption: block.caption ? inlineText(block.caption) : null,
            legend: blocksText(block.legend),
            section_path: where.path,
          });
          if (block.caption) visitInlines(block.caption, where);
          visitBlocks(block.legend, where, terms);
          break;
        case 'footnote':
          shape.footnotes.push({
            label: block.number,
            citation: block.citation,
            text: blocksText(block.blocks),
          });
          visitBlocks(block.blocks, where, terms);
          break;
        case 'literalBlock':
          // docutils' math directive makes math blocks, not literal blocks.
          if (block.language !== 'latex') {
            shape.literal_blocks.push({ text: block.text, parsed: false });
          }
          break;
        case 'parsedLiteral':
          shape.literal_blocks.push({
            text: inlineText(block.content),
            parsed: block.content.some((inline) => inline.type !== 'text'),
          });
          visitInlines(block.content, where);
          break;
        case 'rubric':
          shape.rubrics.push(inlineText(block.content));
          visitInlines(block.content, where);
          break;
        case 'toctree':
          if (block.caption) visitInlines(block.caption, where);
          break;
        case 'objectDescription':
          visitBlocks(block.blocks, where, terms);
          break;
        case 'comment':
        case 'target':
        case 'transition':
        case 'include':
          break;
        default:
          unreachable(block);
      }
    }
  };

  const top: Where = { path: [], term: null, bulletDepth: 0 };
  if (doc.title) visitInlines(doc.title, top);
  if (doc.subtitle) visitInlines(doc.subtitle, top);
  visitBlocks(doc.blocks, top, shape.terms);
  for (const list of bulletLists) {
    for (const text of list.items) {
      shape.bullets.push({
        text,
        depth: list.where.bulletDepth,
        section_path: list.where.path,
        term: list.where.term,
      });
    }
  }
  return shape;
}

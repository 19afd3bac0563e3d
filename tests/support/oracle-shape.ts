import type { Block, Inline, NotesDocument } from '../../src/notes/document/model';
import { blocksText, inlineText } from '../../src/notes/document/text';

/*
 * An NotesDocument in the JSON shape of /work/shared/tools/rst_oracle.py (docutils' reading), so
 * golden files can be compared field by field. The walk visits elements in docutils' document
 * order (its findall() pre-order), which fixes the order of links, inlines and bullets.
 */

export interface OracleTerm {
  term: string;
  classifiers: string[];
  section_path: string[];
  body_text: string;
  nested_terms: OracleTerm[];
}

export interface OracleShape {
  title: string | null;
  subtitle: string | null;
  sections: { title: string; level: number; path: string[] }[];
  terms: OracleTerm[];
  links: { text: string; url: string | null; section_path: string[]; term: string | null }[];
  inlines: { type: string; text: string; section_path: string[]; term: string | null }[];
  bullets: { text: string; depth: number; section_path: string[]; term: string | null }[];
  warnings: { line: number | null; level: number }[];
}

const LEVELS = { info: 1, warning: 2, error: 3, severe: 4 } as const;

interface Where {
  path: string[];
  term: string | null;
  bulletDepth: number;
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
    warnings: doc.diagnostics.map((d) => ({ line: d.line, level: LEVELS[d.severity] })),
  };
  // docutils lists bullet-list items list by list, lists in document order.
  const bulletLists: { items: string[]; where: Where }[] = [];

  const visitInlines = (content: readonly Inline[], where: Where) => {
    for (const inline of content) {
      const place = { section_path: where.path, term: where.term };
      if (inline.type === 'reference') {
        shape.links.push({ text: inline.text, url: inline.url, ...place });
      } else if (
        inline.type === 'literal' ||
        inline.type === 'emphasis' ||
        inline.type === 'strong'
      ) {
        shape.inlines.push({ type: inline.type, text: inline.text, ...place });
      }
    }
  };

  const termEntry = (
    item: Extract<Block, { type: 'definitionList' }>['items'][number],
    where: Where,
  ): OracleTerm => {
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

  /** `terms` receives the definition items met here that no other item encloses. */
  const visitBlocks = (blocks: readonly Block[], where: Where, terms: OracleTerm[]) => {
    for (const block of blocks) {
      switch (block.type) {
        case 'paragraph':
          visitInlines(block.content, where);
          break;
        case 'section': {
          const title = inlineText(block.title);
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
        case 'literalBlock':
        case 'comment':
        case 'target':
        case 'transition':
          break;
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

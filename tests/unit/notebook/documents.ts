/**
 * Documents written directly in the document model, for the notebook tests: the Sphinx parts of
 * reStructuredText (`:doc:`, `:ref:`, `toctree`, `.. include::`) are read by another branch's
 * reader, so these tests build what it produces, and run the notebook stages on it as buildMap
 * does (resolveIncludes, then buildConceptGraph).
 */
import { buildConceptGraph } from '../../../src/notes/concepts/build-graph';
import type { ConceptGraph, ConceptNode } from '../../../src/notes/concepts/model';
import type { Block, Inline, NotesDocument } from '../../../src/notes/document/model';
import { forEachInline } from '../../../src/notes/document/visit';
import { resolveIncludes, type ReadIncluded } from '../../../src/notes/notebook/includes';
import { parseRst } from '../../../src/notes/rst';

const text = (value: string): Inline => ({ type: 'text', text: value });

export function paragraph(line: number, ...content: (Inline | string)[]): Block {
  return {
    type: 'paragraph',
    line,
    content: content.map((part) => (typeof part === 'string' ? text(part) : part)),
  };
}

type Via = Extract<Inline, { type: 'crossReference' }>['via'];

/** `:doc:`sky``, `:ref:`label``, `[[Note#heading]]`...: what the readers make of them. */
export function reference(via: Via, target: string, anchor?: string): Inline {
  return {
    type: 'crossReference',
    text: target,
    via,
    target,
    ...(anchor ? { anchor } : {}),
    explicitTitle: false,
  };
}

export function section(line: number, title: string, endLine: number, ...blocks: Block[]): Block {
  return { type: 'section', line, endLine, level: 1, title: [text(title)], blocks };
}

/** A definition list of `term: definition` items, one line each, from `line` on. */
export function terms(line: number, ...items: [string, string][]): Block {
  return {
    type: 'definitionList',
    line,
    items: items.map(([term, definition], index) => ({
      line: line + 2 * index,
      endLine: line + 2 * index + 1,
      term: [text(term)],
      classifiers: [],
      blocks: [paragraph(line + 2 * index + 1, definition)],
    })),
  };
}

/** `.. _name:` */
export function label(line: number, name: string): Block {
  return { type: 'target', line, name, anonymous: false, url: null };
}

export function toctree(line: number, ...targets: string[]): Block {
  return {
    type: 'toctree',
    line,
    caption: null,
    entries: targets.map((target, index) => ({ line: line + 2 + index, target, title: null })),
  };
}

export function include(line: number, path: string): Block {
  return { type: 'include', line, path };
}

export function document(
  title: string | null,
  blocks: Block[],
  lineCount = 40,
  titleLine = 1,
): NotesDocument {
  return {
    title: title === null ? null : [text(title)],
    titleLine: title === null ? null : titleLine,
    subtitle: null,
    subtitleLine: null,
    blocks,
    lineCount,
    diagnostics: [],
  };
}

export interface Notebook {
  /** Path in the notebook → document. */
  files: Record<string, NotesDocument>;
  /** Other files of the folder, for includes: path → reST text. */
  others?: Record<string, string>;
}

const FOLDER = 'data/notebook';

/** The notebook's graph, as buildMap builds it from read documents. */
export function notebookGraph(notebook: Notebook, folder: string | null = FOLDER): ConceptGraph {
  const read = Object.entries(notebook.files).map(([path, doc]) => ({
    file: folder === null ? path : `${folder}/${path}`,
    document: doc,
  }));
  const readIncluded: ReadIncluded = (path) => {
    const found = notebook.others?.[path];
    return found === undefined
      ? { problem: 'no such file in the notebook folder' }
      : { text: found };
  };
  const { documents, diagnostics } = resolveIncludes(read, {
    ...(folder === null ? {} : { folder, readIncluded }),
    read: (_file, source) => parseRst(source),
  });
  const graph = buildConceptGraph(documents, {
    mapId: 'notebook',
    ...(folder === null ? {} : { folder }),
  });
  return { ...graph, diagnostics: [...graph.diagnostics, ...diagnostics] };
}

export function nodeOf(graph: ConceptGraph, label: string, file?: string): ConceptNode {
  const found = graph.nodes.filter(
    (node) =>
      node.label === label &&
      (file === undefined || node.occurrences.some((o) => o.file.endsWith(`/${file}`))),
  );
  if (found.length !== 1) throw new Error(`${found.length} nodes labelled "${label}"`);
  return found[0]!;
}

export function edgeIds(graph: ConceptGraph, kind?: string): string[] {
  return graph.edges.filter((e) => kind === undefined || e.kind === kind).map((e) => e.id);
}

/** Every crossReference inline in a node's own text, with the concept it was resolved to. */
export function resolvedReferences(node: ConceptNode): [string, string | undefined][] {
  const found: [string, string | undefined][] = [];
  for (const occurrence of node.occurrences) {
    forEachInline(occurrence.blocks, (inline) => {
      if (inline.type === 'crossReference') found.push([inline.text, inline.concept]);
    });
  }
  return found;
}

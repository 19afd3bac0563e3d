/**
 * References by name (`crossReference` inlines) resolved to concepts of the map: the inline gets
 * the `concept` it names (the panel links to it) and the map a `links` relation A → B, read "B
 * builds on A", from the concept named (A) to the concept whose text refers to it (B), as for
 * mentions. What each kind of reference names:
 *
 * | via | names | resolved to |
 * | --- | --- | --- |
 * | `doc` (Sphinx) | a document by path, relative to the file or `/`-rooted | its file's concept |
 * | `ref`, `numref` (Sphinx) | a label (`.. _name:`), labels.ts | the labelled concept; else a heading of that name (autosectionlabel) |
 * | `term` (Sphinx) | a glossary term | the concept of that name, a term preferred |
 * | `wikilink`, `embed` (Obsidian) | a note by name, `#heading` in it | the note's concept or that heading's; else a concept of that name or alias |
 * | `link` (Markdown) | a note by path, `#heading` in it | the note's concept or that heading's |
 *
 * A reference that names nothing of the map stays text. Sphinx's roles are then reported with a
 * warning, as Sphinx warns; Markdown links and wikilinks are not, since links to notes not yet
 * written are how an Obsidian vault grows (Obsidian shows them as unresolved, not as mistakes).
 * An anchor that names no heading leads to the note itself.
 */
import type { Block, Inline } from '../document/model';
import { rewriteBlocks } from '../document/rewrite';
import type { DocumentIndex } from '../notebook/document-index';
import { sentenceAround } from './evidence';
import { conceptId } from './ids';
import { normaliseLabel } from './labels';
import type { Evidence, GraphDiagnostic, NodeId } from './model';
import type { RawOccurrence } from './occurrences';

type CrossReference = Extract<Inline, { type: 'crossReference' }>;

export interface ReferenceEdge {
  /** The concept named. */
  source: NodeId;
  /** The concept whose text names it. */
  target: NodeId;
  evidence: Evidence;
}

export interface ReferenceContext {
  occurrences: readonly RawOccurrence[];
  ids: readonly NodeId[];
  /** Per occurrence index: the document (index) it belongs to. */
  documentOf: readonly number[];
  /** Per document index: its path in the notebook, and its own concept's occurrence. */
  paths: readonly string[];
  titleOf: readonly (number | null)[];
  index: DocumentIndex;
  labels: ReadonlyMap<string, number>;
  /** Extra names per concept (the companion file's aliases). */
  aliases?: ReadonlyMap<NodeId, readonly string[]>;
}

/**
 * Gives each occurrence its blocks with every cross-reference resolved (a copy where something
 * changed; the reader's document is left as it is), and returns the relations they make.
 */
export function resolveCrossReferences(
  context: ReferenceContext,
  diagnostics: GraphDiagnostic[],
): { blocks: Block[][]; edges: ReferenceEdge[] } {
  const { occurrences, ids } = context;
  const lookup = new Lookup(context);
  const edges: ReferenceEdge[] = [];
  const blocks = occurrences.map((occurrence) =>
    rewriteBlocks(occurrence.blocks, {
      inline: (inline, line, run, at) => {
        if (inline.type !== 'crossReference') return inline;
        const found = lookup.resolve(inline, context.documentOf[occurrence.index]!);
        if (found.problem) diagnostics.push({ file: occurrence.file, line, ...found.problem });
        if (found.concept === null) return inline;
        const here = ids[occurrence.index]!;
        if (found.concept !== here) {
          edges.push({
            source: found.concept,
            target: here,
            evidence: { text: sentenceOf(run, at), line, file: occurrence.file },
          });
        }
        return inline.concept === found.concept ? inline : { ...inline, concept: found.concept };
      },
    }),
  );
  return { blocks, edges };
}

/** The concept named (null: none), and what to tell the author about it. */
interface Resolution {
  concept: NodeId | null;
  problem?: { severity: 'warning'; message: string };
}

interface Named {
  id: NodeId;
  term: boolean;
  document: number;
}

class Lookup {
  /** Slug of a name or alias → the concepts of that name. */
  private readonly names = new Map<string, Named[]>();
  /** Per document: slug of a heading (or its title) → its concept. */
  private readonly headings: Map<string, NodeId>[];

  constructor(private readonly context: ReferenceContext) {
    const { occurrences, ids, documentOf } = context;
    this.headings = context.paths.map(() => new Map());
    for (const o of occurrences) {
      const id = ids[o.index]!;
      const document = documentOf[o.index]!;
      this.name(o.label, { id, term: o.kind === 'term', document });
      for (const alias of o.aliases ?? []) this.name(alias, { id, term: false, document });
      if (o.kind !== 'term') {
        const headings = this.headings[document]!;
        const key = conceptId(o.label);
        if (!headings.has(key)) headings.set(key, id);
      }
    }
    const known = new Set(ids);
    for (const [id, names] of context.aliases ?? []) {
      if (!known.has(id)) continue;
      for (const name of names) this.name(name, { id, term: false, document: -1 });
    }
  }

  private name(name: string, named: Named): void {
    const key = conceptId(name);
    const list = this.names.get(key);
    if (!list) this.names.set(key, [named]);
    else if (!list.some((n) => n.id === named.id)) list.push(named);
  }

  resolve(reference: CrossReference, from: number): Resolution {
    const { target } = reference;
    // As the notes write it, for the warnings (only Sphinx's roles are warned about).
    const written = `:${reference.via}:\`${target}\``;
    switch (reference.via) {
      case 'doc': {
        const document = this.context.index.byPath(target, this.context.paths[from]!);
        const concept = document === null ? null : this.fileConcept(document);
        return concept
          ? { concept }
          : warning(
              `${written} names no document of the notebook (a path without the extension, relative to this file); it is shown as text.`,
            );
      }
      case 'ref':
      case 'numref': {
        const labelled = this.context.labels.get(normaliseLabel(target));
        const concept =
          labelled !== undefined ? this.context.ids[labelled]! : this.byName(target, from, false);
        return concept
          ? { concept }
          : warning(
              `${written} names no label of the notebook (".. _${target}:" before a heading); it is shown as text.`,
            );
      }
      case 'term': {
        const concept = this.byName(target, from, true);
        return concept
          ? { concept }
          : warning(
              `${written} names a term defined nowhere in the notebook (in a glossary or a definition list); it is shown as text.`,
            );
      }
      case 'wikilink':
      case 'embed': {
        const document =
          target === '' ? from : this.context.index.byNote(target, this.context.paths[from]!);
        if (document !== null) return this.inDocument(document, reference);
        return { concept: this.byName(target, from, false) };
      }
      case 'link': {
        const document =
          target === '' ? from : this.context.index.byPath(target, this.context.paths[from]!);
        return document !== null ? this.inDocument(document, reference) : { concept: null };
      }
    }
  }

  /** The note's concept, or its heading's when the reference has an anchor that names one. */
  private inDocument(document: number, reference: CrossReference): Resolution {
    const anchor = reference.anchor;
    if (anchor && !anchor.startsWith('^')) {
      // `[[note#h1#h2]]` is a heading path: the last heading is the one it leads to.
      const heading = anchor.slice(anchor.lastIndexOf('#') + 1);
      const concept = this.headings[document]!.get(conceptId(heading));
      if (concept) return { concept };
    }
    return { concept: this.fileConcept(document) };
  }

  private fileConcept(document: number): NodeId | null {
    const title = this.context.titleOf[document];
    return title === null || title === undefined ? null : this.context.ids[title]!;
  }

  /** A concept of that name or alias: the one in the same document, else a term, else the first. */
  private byName(name: string, from: number, preferTerm: boolean): NodeId | null {
    const named = this.names.get(conceptId(name));
    if (!named) return null;
    return (
      named.find((n) => n.document === from)?.id ??
      (preferTerm ? named.find((n) => n.term)?.id : undefined) ??
      named[0]!.id
    );
  }
}

function warning(message: string): Resolution {
  return { concept: null, problem: { severity: 'warning', message } };
}

/** The sentence of the run around `run[at]`, for the relation's evidence. */
function sentenceOf(run: readonly Inline[], at: number): string {
  let text = '';
  let start = 0;
  for (let i = 0; i < run.length; i++) {
    if (i === at) start = text.length;
    text += run[i]!.text;
  }
  return sentenceAround(text, start, start + run[at]!.text.length);
}

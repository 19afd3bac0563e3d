/**
 * The documents of a map → ConceptGraph, in named steps read top to bottom in buildConceptGraph():
 * reading order (toctrees) → occurrences (occurrences.ts) → ids (identity.ts) → labels and
 * cross-references (labels.ts, cross-references.ts) → concepts (merged by id) → nesting edges →
 * reference edges → mention edges. A single notes file is a notebook of one document: the same
 * steps, and the same graph as before notebooks.
 */
import { collectLinks } from './links';
import { resolveCrossReferences, type ReferenceEdge } from './cross-references';
import { occurrenceIds } from './identity';
import { collectLabels } from './labels';
import { MentionMatcher } from './mentions';
import type {
  ConceptEdge,
  ConceptGraph,
  ConceptKind,
  ConceptNode,
  ConceptOccurrence,
  Evidence,
  GraphDiagnostic,
  NodeId,
} from './model';
import { collectEvidence } from './evidence';
import { collectOccurrences, type RawOccurrence } from './occurrences';
import { RELATION_LABELS, type RelationKind } from './relations';
import type { Block } from '../document/model';
import { blocksText, inlineText } from '../document/text';
import { forEachInline } from '../document/visit';
import { DocumentIndex } from '../notebook/document-index';
import type { NotebookDocument } from '../notebook/documents';
import { pathInNotebook } from '../notebook/paths';
import { readingOrder, rootDocument } from '../notebook/reading-order';
import { notesStem } from '../readers';

export interface BuildGraphOptions {
  /** Map id: the notes file's stem, or the notebook folder's name. */
  mapId: string;
  /**
   * The notebook folder, as the documents' files are named (`data/cryptography`): paths in the
   * notes (`:doc:`, links, toctrees) are read relative to it. Absent for a single notes file.
   */
  folder?: string;
  /** Extra names per concept (from the companion file), used for mentions and search. */
  aliases?: ReadonlyMap<NodeId, readonly string[]>;
}

export function buildConceptGraph(
  documents: readonly NotebookDocument[],
  options: BuildGraphOptions,
): ConceptGraph {
  const { mapId, folder } = options;
  const diagnostics: GraphDiagnostic[] = documents.flatMap(({ file, document }) =>
    document.diagnostics.map((d) => ({ ...d, file })),
  );
  const paths = documents.map((d) => pathInNotebook(d.file, folder));
  const index = new DocumentIndex(paths);

  const { order, parent } = readingOrder(documents, paths, index, diagnostics);
  const occurrences: RawOccurrence[] = [];
  const documentOf: number[] = [];
  const titleOf: (number | null)[] = documents.map(() => null);
  for (const d of order) {
    const { file, document, included } = documents[d]!;
    const up = parent[d];
    titleOf[d] = collectOccurrences(
      {
        file,
        document,
        ...(included ? { included } : {}),
        fallbackTitle: notesStem(paths[d]!),
        alwaysTitled: documents.length > 1,
        parent: up === null || up === undefined ? null : titleOf[up]!,
      },
      occurrences,
    );
    while (documentOf.length < occurrences.length) documentOf.push(d);
  }

  const pathOfFile = new Map(documents.map((d, i) => [d.file, paths[i]!]));
  const ids = occurrenceIds(
    occurrences,
    (file) => pathOfFile.get(file) ?? pathInNotebook(file, folder),
    diagnostics,
  );
  const labels = collectLabels(documents, occurrences, titleOf, diagnostics);
  const references = resolveCrossReferences(
    {
      occurrences,
      ids,
      documentOf,
      paths,
      titleOf,
      index,
      labels,
      ...(options.aliases ? { aliases: options.aliases } : {}),
    },
    diagnostics,
  );
  // The occurrences are this build's own objects: from here on they carry the resolved blocks.
  occurrences.forEach((o, i) => (o.blocks = references.blocks[i]!));

  const { nodes, ownerOf } = mergeConcepts(occurrences, ids, options.aliases, diagnostics);
  const nesting = nestingEdges(occurrences, ownerOf, ids);
  const links = referenceEdges(references.edges, nesting);
  const mentions = mentionEdges(nodes, [...nesting, ...links]);

  // A single document's subtitle is the map's (a notebook's pages each have their own).
  const root = documents.length === 1 ? documents[0]!.document : null;
  const subtitle = root?.subtitle ? inlineText(root.subtitle).trim() : '';
  return {
    mapId,
    title: mapTitle(documents, paths, mapId),
    ...(subtitle && { subtitle }),
    nodes,
    edges: [...nesting, ...links, ...mentions],
    tours: [],
    diagnostics: diagnostics.sort(byFileAndLine),
  };
}

/**
 * The map's title: the title of its root document (a single file; a notebook's `index` or
 * `README`), else the map id.
 */
function mapTitle(
  documents: readonly NotebookDocument[],
  paths: readonly string[],
  mapId: string,
): string {
  const root = documents.length === 1 ? 0 : rootDocument(paths);
  const title = root === null ? null : documents[root]!.document.title;
  return title ? inlineText(title).trim() || mapId : mapId;
}

/** By file (in name order), then by line; a single file's diagnostics simply by line. */
function byFileAndLine(a: GraphDiagnostic, b: GraphDiagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line;
}

/**
 * Occurrences with the same id are one concept (the seed defines Envoy under Istio and again as
 * a section of its own). A section that only lists links and shares its title with a concept
 * written elsewhere (the seed's リンク › Istio) gives that concept its links instead of standing
 * as a second, empty node: `ownerOf` sends it to the concept, and it adds no nesting edge.
 */
function mergeConcepts(
  occurrences: readonly RawOccurrence[],
  ids: readonly NodeId[],
  aliasesById: ReadonlyMap<NodeId, readonly string[]> | undefined,
  diagnostics: GraphDiagnostic[],
): { nodes: ConceptNode[]; ownerOf: (NodeId | null)[] } {
  const ownerOf: (NodeId | null)[] = [...ids];
  // The concept an occurrence is written inside (a parent is never a lending link list).
  const parentOf = (o: RawOccurrence): NodeId | null => (o.parent === null ? null : ids[o.parent]!);
  // Groups in order of first occurrence, kept in parallel arrays: iterating a map's entries
  // would make an [id, group] pair per concept.
  const groupOf = new Map<NodeId, RawOccurrence[]>();
  const groupIds: NodeId[] = [];
  const groups: RawOccurrence[][] = [];
  for (const occurrence of occurrences) {
    const id = ownerOf[occurrence.index]!;
    const group = groupOf.get(id);
    if (group) group.push(occurrence);
    else {
      const created = [occurrence];
      groupOf.set(id, created);
      groupIds.push(id);
      groups.push(created);
    }
  }

  const nodes: ConceptNode[] = [];
  for (let g = 0; g < groups.length; g++) {
    const id = groupIds[g]!;
    const group = groups[g]!;
    const extra = aliasesById?.get(id);
    if (group.length === 1) {
      // Most concepts are written once: the general case below, without its sets and copies.
      const only = group[0]!;
      const named = only.aliases ? [...only.aliases, ...(extra ?? [])] : extra;
      const aliases = named ? named.filter((alias) => alias !== only.label) : [];
      nodes.push({
        id,
        label: only.label,
        aliases: aliases.length === 0 ? [] : [...new Set(aliases)],
        kind: only.kind,
        path: only.path,
        pathIds: pathIds(only, occurrences, ids),
        occurrences: [toOccurrence(only, parentOf(only))],
        text: occurrenceText(only),
        links: collectLinks(only.blocks, only.file, diagnostics),
        lines: [only.line],
        tags: tagsOf(group),
        order: only.index,
      });
      continue;
    }
    const written = group.filter((o) => !isLinkList(o));
    const primary = written[0] ?? group[0]!;
    // Link lists that lend their links to a written concept are not places it sits in: they
    // add no nesting edge, and they come after the concept's own text.
    const lending = written.length > 0 ? group.filter((o) => isLinkList(o)) : [];
    for (const o of lending) ownerOf[o.index] = null;
    const ordered = written.length > 0 ? [...written, ...lending] : group;

    const texts = ordered.map(occurrenceText).filter(Boolean);
    const links =
      ordered.length === 1
        ? collectLinks(ordered[0]!.blocks, ordered[0]!.file, diagnostics)
        : ordered.flatMap((o) => collectLinks(o.blocks, o.file, diagnostics));
    const names = new Set(ordered.map((o) => o.label));
    const own = ordered.flatMap((o) => o.aliases ?? []);
    const aliases = [...own, ...(extra ?? [])].filter((alias) => !names.has(alias));

    nodes.push({
      id,
      label: primary.label,
      aliases:
        names.size === 1 && aliases.length === 0
          ? []
          : [...new Set([...[...names].filter((n) => n !== primary.label), ...aliases])],
      kind: primary.kind,
      path: primary.path,
      pathIds: pathIds(primary, occurrences, ids),
      occurrences: ordered.map((o) => toOccurrence(o, parentOf(o))),
      text: texts.join('\n\n'),
      links,
      lines: ordered.map((o) => o.line),
      tags: tagsOf(ordered),
      // Groups fill in reading order, so the first occurrence is the earliest.
      order: group[0]!.index,
    });
  }

  nodes.sort((a, b) => a.order - b.order);
  nodes.forEach((node, order) => (node.order = order));
  return { nodes, ownerOf };
}

/**
 * The ids of the sections on an occurrence's path, outermost first: its enclosing sections, found
 * through the occurrences it is nested in (terms and the file's own concept are not on a path).
 */
function pathIds(
  occurrence: RawOccurrence,
  occurrences: readonly RawOccurrence[],
  ids: readonly NodeId[],
): (NodeId | null)[] {
  if (occurrence.path.length === 0) return [];
  const found: NodeId[] = [];
  for (let up = occurrence.parent; up !== null; up = occurrences[up]!.parent) {
    const enclosing = occurrences[up]!;
    if (enclosing.kind === 'title') break;
    if (enclosing.kind === 'section') found.push(ids[up]!);
  }
  found.reverse();
  return found.length === occurrence.path.length ? found : occurrence.path.map(() => null);
}

/** The frontmatter tags of a file's own concept, then the `#tags` in the text, each once. */
function tagsOf(occurrences: readonly RawOccurrence[]): string[] {
  const tags = new Set<string>();
  for (const o of occurrences) {
    for (const tag of o.tags ?? []) tags.add(tag);
    forEachInline(o.blocks, (inline) => {
      if (inline.type === 'tag') tags.add(inline.name);
    });
  }
  return [...tags];
}

/**
 * A section that holds only lists whose items are nothing but links, and no subsections or
 * terms. Judged by structure, never by the heading's wording ("リンク", "Links", ...).
 */
function isLinkList(occurrence: RawOccurrence): boolean {
  if (occurrence.kind !== 'section') return false;
  let links = 0;
  for (const block of occurrence.blocks) {
    if (block.type === 'target' || block.type === 'comment') continue;
    if (block.type !== 'bulletList' && block.type !== 'enumeratedList') return false;
    for (const item of block.items) {
      if (item.blocks.length !== 1 || item.blocks[0]!.type !== 'paragraph') return false;
      for (const inline of item.blocks[0]!.content) {
        if (inline.type === 'reference') links++;
        else if (inline.type !== 'text' || inline.text.trim() !== '') return false;
      }
    }
  }
  return links > 0;
}

function occurrenceText(occurrence: RawOccurrence): string {
  const body = blocksText(occurrence.blocks);
  if (occurrence.classifiers.length === 0) return body;
  const classifiers = occurrence.classifiers.map(inlineText).join(' : ');
  return [classifiers, body].filter(Boolean).join('\n\n');
}

function toOccurrence(o: RawOccurrence, parent: NodeId | null): ConceptOccurrence {
  return {
    kind: o.kind as ConceptKind,
    file: o.file,
    path: o.path,
    parent,
    blocks: o.blocks as Block[],
    classifiers: o.classifiers,
    line: o.line,
    endLine: o.endLine,
  };
}

/**
 * parent → child for every concept nested in another (a term in a section, a sub-term, a file
 * listed by another file's toctree...).
 */
function nestingEdges(
  occurrences: readonly RawOccurrence[],
  ownerOf: readonly (NodeId | null)[],
  ids: readonly NodeId[],
): ConceptEdge[] {
  const edges = new EdgeList();
  for (const occurrence of occurrences) {
    const child = ownerOf[occurrence.index];
    if (occurrence.parent === null || !child) continue;
    const parent = ownerOf[occurrence.parent] ?? ids[occurrence.parent]!;
    edges.add(parent, child, 'nesting');
  }
  return edges.list;
}

/** Joined by an edge A → B, of any kind: a second edge in the same direction says nothing new. */
function joinedPairs(edges: readonly ConceptEdge[]): Map<NodeId, Set<NodeId>> {
  const joined = new Map<NodeId, Set<NodeId>>();
  for (const { source, target } of edges) {
    const targets = joined.get(source);
    if (targets) targets.add(target);
    else joined.set(source, new Set([target]));
  }
  return joined;
}

/**
 * A → B when B's text refers to A by a cross-reference. A pair already joined by nesting in the
 * same direction gets no second edge; the first reference's sentence is the evidence.
 */
function referenceEdges(
  references: readonly ReferenceEdge[],
  nesting: readonly ConceptEdge[],
): ConceptEdge[] {
  const nestedUnder = joinedPairs(nesting);
  const edges = new EdgeList();
  for (const { source, target, evidence } of references) {
    if (!nestedUnder.get(source)?.has(target)) edges.add(source, target, 'links', evidence);
  }
  return edges.list;
}

/**
 * A → B when B's own text mentions A's label or an alias. A pair already joined by nesting or a
 * cross-reference in the same direction gets no second, parallel edge: the nesting already says
 * B is part of A, the reference that B builds on A.
 */
function mentionEdges(
  nodes: readonly ConceptNode[],
  joined: readonly ConceptEdge[],
): ConceptEdge[] {
  const matcher = new MentionMatcher<NodeId>();
  for (const node of nodes) {
    matcher.add(node.label, node.id);
    for (const alias of node.aliases) matcher.add(alias, node.id);
  }
  const joinedTo = joinedPairs(joined);
  // A name that several concepts of a notebook have (each note's "Examples" heading) is not a
  // mention of all of them: only of those written in the file that names it.
  const inFile = new Map<string, NodeId[]>();
  for (const node of nodes) {
    for (const file of new Set(node.occurrences.map((o) => o.file))) {
      const ids = inFile.get(file);
      if (ids) ids.push(node.id);
      else inFile.set(file, [node.id]);
    }
  }
  // The trie hands out one array per name: its set is made once.
  const ownerSets = new WeakMap<readonly NodeId[], Set<NodeId>>();
  const edges = new EdgeList();
  for (const node of nodes) {
    const files = new Set(node.occurrences.map((o) => o.file));
    const sameFile = (owners: readonly NodeId[]) => {
      let named = ownerSets.get(owners);
      if (!named) ownerSets.set(owners, (named = new Set(owners)));
      const chosen: NodeId[] = [];
      for (const file of files)
        for (const id of inFile.get(file)!) if (named.has(id)) chosen.push(id);
      return chosen;
    };
    const mentioned = matcher
      .mentionedIn(node.text, sameFile)
      .filter((id) => id !== node.id && !joinedTo.get(id)?.has(node.id));
    if (mentioned.length === 0) continue;
    // Why each relation exists: where the text names the other concept (evidence.ts).
    const evidence = collectEvidence(node.occurrences, matcher, new Set(mentioned));
    for (const id of mentioned) edges.add(id, node.id, 'mentions', evidence.get(id));
  }
  return edges.list;
}

/** Edges without self-loops or duplicates, with stable ids. */
class EdgeList {
  readonly list: ConceptEdge[] = [];
  private readonly seen = new Set<string>();

  add(source: NodeId, target: NodeId, kind: RelationKind, evidence?: Evidence): void {
    const id = `${kind}:${source}->${target}`;
    if (source === target || this.seen.has(id)) return;
    this.seen.add(id);
    const edge: ConceptEdge = { id, source, target, kind, label: RELATION_LABELS[kind] };
    if (evidence) edge.evidence = evidence;
    this.list.push(edge);
  }
}

/**
 * NotesDocument → ConceptGraph, in named steps read top to bottom in buildConceptGraph():
 * occurrences (occurrences.ts) → concepts (merged by id) → nesting edges → mention edges.
 */
import { conceptId } from './ids';
import { collectLinks } from './links';
import { MentionMatcher } from './mentions';
import type {
  ConceptEdge,
  ConceptGraph,
  ConceptKind,
  ConceptNode,
  ConceptOccurrence,
  GraphDiagnostic,
  NodeId,
} from './model';
import { collectOccurrences, type RawOccurrence } from './occurrences';
import { RELATION_LABELS, type RelationKind } from './relations';
import type { Block, NotesDocument } from '../document/model';
import { blocksText, inlineText } from '../document/text';

export interface BuildGraphOptions {
  /** Map id: the notes file's stem. */
  mapId: string;
  /** The notes file, relative to the project (for diagnostics). */
  file: string;
  /** Extra names per concept (from the companion file), used for mentions and search. */
  aliases?: ReadonlyMap<NodeId, readonly string[]>;
}

export function buildConceptGraph(doc: NotesDocument, options: BuildGraphOptions): ConceptGraph {
  const { mapId, file } = options;
  const diagnostics: GraphDiagnostic[] = doc.diagnostics.map((d) => ({ ...d, file }));
  const title = doc.title ? inlineText(doc.title).trim() || mapId : mapId;

  const occurrences = collectOccurrences(doc, title);
  // Every term's path repeats its section titles: slug each distinct name once.
  const idOf = memoisedConceptId();
  const { nodes, ownerOf } = mergeConcepts(occurrences, options.aliases, file, diagnostics, idOf);
  const nesting = nestingEdges(occurrences, ownerOf, idOf);
  const mentions = mentionEdges(nodes, nesting);

  const subtitle = doc.subtitle ? inlineText(doc.subtitle).trim() : '';
  return {
    mapId,
    title,
    ...(subtitle && { subtitle }),
    nodes,
    edges: [...nesting, ...mentions],
    tours: [],
    diagnostics: diagnostics.sort((a, b) => a.line - b.line),
  };
}

function memoisedConceptId(): (name: string) => NodeId {
  const ids = new Map<string, NodeId>();
  return (name) => {
    let id = ids.get(name);
    if (id === undefined) {
      id = conceptId(name);
      ids.set(name, id);
    }
    return id;
  };
}

/**
 * Occurrences with the same id are one concept (the seed defines Envoy under Istio and again as
 * a section of its own). A section that only lists links and shares its title with a concept
 * written elsewhere (the seed's リンク › Istio) gives that concept its links instead of standing
 * as a second, empty node: `ownerOf` sends it to the concept, and it adds no nesting edge.
 */
function mergeConcepts(
  occurrences: readonly RawOccurrence[],
  aliasesById: ReadonlyMap<NodeId, readonly string[]> | undefined,
  file: string,
  diagnostics: GraphDiagnostic[],
  idOf: (name: string) => NodeId,
): { nodes: ConceptNode[]; ownerOf: (NodeId | null)[] } {
  const ownerOf: (NodeId | null)[] = occurrences.map((o) => idOf(o.label));
  // The concept an occurrence is written inside (a parent is never a lending link list).
  const parentOf = (o: RawOccurrence): NodeId | null =>
    o.parent === null ? null : idOf(occurrences[o.parent]!.label);
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
      const aliases = extra ? extra.filter((alias) => alias !== only.label) : [];
      nodes.push({
        id,
        label: only.label,
        aliases: aliases.length === 0 ? [] : [...new Set(aliases)],
        kind: only.kind,
        path: only.path,
        pathIds: [],
        occurrences: [toOccurrence(only, parentOf(only))],
        text: occurrenceText(only),
        links: collectLinks(only.blocks, file, diagnostics),
        lines: [only.line],
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
        ? collectLinks(ordered[0]!.blocks, file, diagnostics)
        : ordered.flatMap((o) => collectLinks(o.blocks, file, diagnostics));
    const names = new Set(ordered.map((o) => o.label));
    const aliases = extra ? extra.filter((alias) => !names.has(alias)) : [];

    nodes.push({
      id,
      label: primary.label,
      aliases:
        names.size === 1 && aliases.length === 0
          ? []
          : [...new Set([...[...names].filter((n) => n !== primary.label), ...aliases])],
      kind: primary.kind,
      path: primary.path,
      pathIds: [],
      occurrences: ordered.map((o) => toOccurrence(o, parentOf(o))),
      text: texts.join('\n\n'),
      links,
      lines: ordered.map((o) => o.line),
      // Groups fill in document order, so the first occurrence is the earliest.
      order: group[0]!.index,
    });
  }

  nodes.sort((a, b) => a.order - b.order);
  nodes.forEach((node, order) => (node.order = order));
  const known = new Set(nodes.map((n) => n.id));
  for (const node of nodes) {
    node.pathIds = node.path.map((title) => {
      const id = idOf(title);
      return known.has(id) ? id : null;
    });
  }
  return { nodes, ownerOf };
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
    path: o.path,
    parent,
    blocks: o.blocks as Block[],
    classifiers: o.classifiers,
    line: o.line,
    endLine: o.endLine,
  };
}

/** parent → child for every concept nested in another (a term in a section, a sub-term...). */
function nestingEdges(
  occurrences: readonly RawOccurrence[],
  ownerOf: readonly (NodeId | null)[],
  idOf: (name: string) => NodeId,
): ConceptEdge[] {
  const edges = new EdgeList();
  for (const occurrence of occurrences) {
    const child = ownerOf[occurrence.index];
    if (occurrence.parent === null || !child) continue;
    const parent = ownerOf[occurrence.parent] ?? idOf(occurrences[occurrence.parent]!.label);
    edges.add(parent, child, 'nesting');
  }
  return edges.list;
}

/**
 * A → B when B's own text mentions A's label or an alias. A pair already joined by nesting in
 * the same direction gets no second, parallel edge: the nesting already says B is part of A.
 */
function mentionEdges(
  nodes: readonly ConceptNode[],
  nesting: readonly ConceptEdge[],
): ConceptEdge[] {
  const matcher = new MentionMatcher<NodeId>();
  for (const node of nodes) {
    matcher.add(node.label, node.id);
    for (const alias of node.aliases) matcher.add(alias, node.id);
  }
  const nestedUnder = new Map<NodeId, Set<NodeId>>();
  for (const { source, target } of nesting) {
    const children = nestedUnder.get(source);
    if (children) children.add(target);
    else nestedUnder.set(source, new Set([target]));
  }
  const edges = new EdgeList();
  for (const node of nodes) {
    for (const mentioned of matcher.mentionedIn(node.text)) {
      if (!nestedUnder.get(mentioned)?.has(node.id)) edges.add(mentioned, node.id, 'mentions');
    }
  }
  return edges.list;
}

/** Edges without self-loops or duplicates, with stable ids. */
class EdgeList {
  readonly list: ConceptEdge[] = [];
  private readonly seen = new Set<string>();

  add(source: NodeId, target: NodeId, kind: RelationKind): void {
    const id = `${kind}:${source}->${target}`;
    if (source === target || this.seen.has(id)) return;
    this.seen.add(id);
    this.list.push({ id, source, target, kind, label: RELATION_LABELS[kind] });
  }
}

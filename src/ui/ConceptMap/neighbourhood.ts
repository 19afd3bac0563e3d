import type { ConceptEdge, ConceptGraph, NodeId } from '../../notes/concepts/model';
import type { RelationKind } from '../../notes/concepts/relations';
import { hasFilters, type Depth, type MapFilters } from '../../routes/depth';

/**
 * The nodes within `depth` edges of `center`, edges read in both directions (a part and its
 * whole are both "near"). `all` — or no centre — means no filter: null, as setVisible() takes it.
 */
export function neighbourhood(
  edges: readonly ConceptEdge[],
  center: NodeId | null,
  depth: Depth,
): Set<NodeId> | null {
  if (center === null || depth === 'all') return null;
  const adjacent = new Map<NodeId, NodeId[]>();
  for (const edge of edges) {
    link(adjacent, edge.source, edge.target);
    link(adjacent, edge.target, edge.source);
  }
  const reached = new Set<NodeId>([center]);
  let frontier: NodeId[] = [center];
  for (let step = 0; step < depth; step++) {
    const next: NodeId[] = [];
    for (const id of frontier) {
      for (const neighbour of adjacent.get(id) ?? []) {
        if (reached.has(neighbour)) continue;
        reached.add(neighbour);
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  return reached;
}

function link(adjacent: Map<NodeId, NodeId[]>, from: NodeId, to: NodeId): void {
  const list = adjacent.get(from);
  if (list) list.push(to);
  else adjacent.set(from, [to]);
}

/**
 * The concepts the map shows: those within `depth` of the selection, less what the filters hide
 * (issue 9): concepts of hidden sections (a section hides with everything inside it), concepts
 * that no shown relation joins to another, when asked. The selection itself is always shown.
 * Null: everything is shown.
 */
export function visibleConcepts(
  graph: ConceptGraph,
  selected: NodeId | null,
  depth: Depth,
  filters: MapFilters,
): Set<NodeId> | null {
  const hiddenKinds = new Set<RelationKind>(filters.hiddenRelations);
  const edges =
    hiddenKinds.size === 0
      ? graph.edges
      : graph.edges.filter((edge) => !hiddenKinds.has(edge.kind));
  const near = neighbourhood(edges, selected, depth);
  if (!hasFilters(filters)) return near;

  const hiddenSections = new Set(filters.hiddenSections);
  const parentOf = new Map(
    graph.nodes.map((node) => [node.id, node.occurrences[0]?.parent ?? null]),
  );
  const inHiddenSection = (id: NodeId): boolean => {
    let current: NodeId | null = id;
    for (let steps = 0; current !== null && steps <= parentOf.size; steps++) {
      if (hiddenSections.has(current)) return true;
      current = parentOf.get(current) ?? null;
    }
    return false;
  };
  const related = new Set<NodeId>();
  for (const edge of edges) {
    if (edge.kind === 'nesting') continue;
    related.add(edge.source);
    related.add(edge.target);
  }
  const shown = new Set<NodeId>();
  for (const node of graph.nodes) {
    if (near && !near.has(node.id)) continue;
    if (node.id !== selected) {
      if (inHiddenSection(node.id)) continue;
      if (filters.hideIsolated && !related.has(node.id)) continue;
    }
    shown.add(node.id);
  }
  return shown;
}

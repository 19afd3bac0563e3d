import type { ConceptEdge, NodeId } from '../../notes/concepts/model';
import type { Depth } from '../../routes/depth';

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

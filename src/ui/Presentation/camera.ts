import type { ConceptEdge, NodeId } from '../../notes/concepts/model';

/**
 * What the camera frames for a step: the concept and its direct relations, only those the room
 * can see (with progressive reveal, unreached neighbours are hidden and must not pull the frame).
 */
export function stepFrame(
  edges: readonly ConceptEdge[],
  id: NodeId,
  visible: ReadonlySet<NodeId> | null,
): NodeId[] {
  const frame = new Set<NodeId>([id]);
  for (const edge of edges) {
    const other = edge.source === id ? edge.target : edge.target === id ? edge.source : null;
    if (other !== null && (visible === null || visible.has(other))) frame.add(other);
  }
  return [...frame];
}

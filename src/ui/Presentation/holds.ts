import type { ConceptEdge, ConceptNode, NodeId } from '../../notes/concepts/model';

/**
 * The concepts a concept holds (a section's terms and subsections: the map draws them inside
 * it), in the notes' order. A section that only holds others has no text of its own; the stage
 * shows what it holds instead of an empty card.
 */
export function heldConcepts(
  nodesById: ReadonlyMap<NodeId, ConceptNode>,
  edges: readonly ConceptEdge[],
  id: NodeId,
): ConceptNode[] {
  const held: ConceptNode[] = [];
  for (const edge of edges) {
    if (edge.kind !== 'nesting' || edge.source !== id) continue;
    const node = nodesById.get(edge.target);
    if (node && !held.includes(node)) held.push(node);
  }
  return held.sort((a, b) => a.order - b.order);
}

/** Whether a concept has text of its own (or, for older bundles, plain text). */
export function hasOwnText(node: ConceptNode): boolean {
  return (
    node.occurrences.some((occurrence) => occurrence.blocks.length > 0) || node.text.trim() !== ''
  );
}

/**
 * "Study this section": a session on the concepts one container holds. A concept is inside the
 * container its first occurrence is written in (the map draws it there, ConceptOccurrence.parent),
 * and inside every container around that one.
 */
import type { ConceptGraph, ConceptNode, NodeId } from '../concepts/model';
import type { StudyCard } from './cards';

/** The concept a node is drawn inside, or null at the top. */
function parentOf(node: ConceptNode): NodeId | null {
  const first = node.occurrences[0];
  if (first) return first.parent;
  // Hand-made graphs without occurrences: the innermost section of the path that is a concept.
  return node.pathIds.findLast((id) => id !== null) ?? null;
}

/** The container and every concept inside it, at any depth. */
function conceptsInside(graph: ConceptGraph, containerId: NodeId): ReadonlySet<NodeId> {
  const children = new Map<NodeId, NodeId[]>();
  for (const node of graph.nodes) {
    const parent = parentOf(node);
    if (parent !== null && parent !== node.id) {
      children.set(parent, [...(children.get(parent) ?? []), node.id]);
    }
  }
  const inside = new Set<NodeId>([containerId]);
  const queue = [containerId];
  while (queue.length > 0) {
    for (const child of children.get(queue.pop()!) ?? []) {
      // A graph is a tree by construction; the check keeps a malformed one from looping.
      if (inside.has(child)) continue;
      inside.add(child);
      queue.push(child);
    }
  }
  return inside;
}

/** The cards of a session: all of them, or those inside the container `scope`. */
export function cardsInScope(
  graph: ConceptGraph,
  cards: readonly StudyCard[],
  scope: NodeId | null,
): StudyCard[] {
  if (scope === null) return [...cards];
  const inside = conceptsInside(graph, scope);
  return cards.filter((card) => inside.has(card.id));
}

import type { Positions } from '../../graph/concept-map-handle';
import type { ConceptEdge, ConceptNode, NodeId } from '../../notes/concepts/model';
import { reachedSteps, type ResolvedTour } from '../../notes/concepts/tour';
import { hasOwnText, heldConcepts } from './holds';

/**
 * What the room sees of the map at a step (progressive reveal): the concepts reached so far,
 * and, when the step's concept has no text of its own and its card shows what it holds, those
 * concepts too, so that the card and the map show the same thing.
 */
export function revealedAt(
  tour: ResolvedTour,
  index: number,
  nodesById: ReadonlyMap<NodeId, ConceptNode>,
  edges: readonly ConceptEdge[],
): ReadonlySet<NodeId> {
  const seen = new Set(reachedSteps(tour, index));
  const node = nodesById.get(tour.steps[index]!);
  if (node && !hasOwnText(node)) {
    for (const held of heldConcepts(nodesById, edges, node.id)) seen.add(held.id);
  }
  return seen;
}

/**
 * What the camera frames for a step: the concept and its direct relations, only those the room
 * can see (with progressive reveal, unreached neighbours are hidden and must not pull the frame).
 * The concept it is written in counts as seen: the map draws a container around whatever it
 * holds that is shown, reached or not.
 */
export function stepFrame(
  edges: readonly ConceptEdge[],
  id: NodeId,
  visible: ReadonlySet<NodeId> | null,
): NodeId[] {
  const frame = new Set<NodeId>([id]);
  for (const edge of edges) {
    const other = edge.source === id ? edge.target : edge.target === id ? edge.source : null;
    if (other === null) continue;
    const holdsIt = edge.kind === 'nesting' && edge.target === id;
    if (visible === null || visible.has(other) || holdsIt) frame.add(other);
  }
  return [...frame];
}

/**
 * Room a concept takes around its position in the map's coordinates (its box and label), and
 * the label size most concepts are drawn at: enough for an estimate of what fits.
 */
const NODE_ROOM = { width: 200, height: 70 };
const TYPICAL_LABEL = 14;

/**
 * The step's frame, widened to everything the room has seen so far while that still fits the
 * free part of the screen with labels of `minLabelPx`: a map that is being built up is shown
 * whole, with no concept cut by an edge, until it grows too large; then the camera comes close
 * to the step and its relations (stepFrame).
 */
export function stageFrame(
  edges: readonly ConceptEdge[],
  positions: Positions,
  id: NodeId,
  visible: ReadonlySet<NodeId> | null,
  free: { width: number; height: number },
  minLabelPx: number,
): NodeId[] {
  const local = stepFrame(edges, id, visible);
  if (visible === null) return local;
  const placed = [...visible].filter((seen) => positions[seen] !== undefined);
  if (placed.every((seen) => local.includes(seen))) return local;
  const xs = placed.map((seen) => positions[seen]!.x);
  const ys = placed.map((seen) => positions[seen]!.y);
  const width = Math.max(...xs) - Math.min(...xs) + NODE_ROOM.width;
  const height = Math.max(...ys) - Math.min(...ys) + NODE_ROOM.height;
  const zoom = Math.min(free.width / width, free.height / height);
  return zoom * TYPICAL_LABEL < minLabelPx ? local : [...new Set([...local, ...placed])];
}

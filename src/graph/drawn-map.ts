/**
 * What the map draws of a concept graph (issue 9, "sections are places, not hubs"): nesting is
 * shown by containment, not arrows. A section, or a term that holds other terms, is a container
 * drawn around what it holds; a concept is drawn once, inside the concept its first occurrence
 * is written in (the seed's Envoy sits in Istio, where it is first defined). The notes' title is
 * the map's heading rather than a box around everything. The graph itself keeps its nesting
 * edges (the panel, the outline and the CLI read them); only the picture leaves them out.
 *
 * Pure: used by the build-time layout and by the map in the browser, so both see one picture.
 */
import type { ConceptEdge, ConceptGraph, ConceptNode, NodeId } from '../notes/concepts/model';

export interface DrawnNode {
  node: ConceptNode;
  /** The container it is drawn in, or null at the top level of the map. */
  parent: NodeId | null;
  /** True when other concepts are drawn inside it. */
  isContainer: boolean;
  /** Containers around it: 0 at the top level. */
  depth: number;
}

export interface DrawnMap {
  /** In the notes' reading order, so every container comes before what it holds. */
  nodes: DrawnNode[];
  /** The relations drawn as edges (see drawnEdges). */
  edges: ConceptEdge[];
  /** The concept that is the map's heading instead of a node (the notes' title), if any. */
  heading: NodeId | null;
}

export function drawnMap(graph: ConceptGraph): DrawnMap {
  const ordered = [...graph.nodes].sort((a, b) => a.order - b.order);
  const heading = headingOf(ordered);
  const drawn = ordered.filter((node) => node.id !== heading);
  const known = new Set<NodeId>(drawn.map((node) => node.id));

  // Parents are assigned in reading order, each only if it does not close a loop (a concept
  // merged from two places can be written inside something that is written inside it).
  const parentOf = new Map<NodeId, NodeId | null>();
  for (const node of drawn) {
    const wanted = node.occurrences[0]?.parent ?? null;
    const parent = wanted !== null && known.has(wanted) && wanted !== node.id ? wanted : null;
    parentOf.set(node.id, parent !== null && isAncestor(node.id, parent, parentOf) ? null : parent);
  }

  const containers = new Set<NodeId>();
  for (const parent of parentOf.values()) if (parent !== null) containers.add(parent);

  const depthOf = new Map<NodeId, number>();
  const nodes = drawn.map((node): DrawnNode => {
    const parent = parentOf.get(node.id) ?? null;
    const depth = parent === null ? 0 : (depthOf.get(parent) ?? 0) + 1;
    depthOf.set(node.id, depth);
    return { node, parent, isContainer: containers.has(node.id), depth };
  });
  return { nodes, edges: drawnEdges(graph.edges, parentOf), heading };
}

/**
 * The notes' title is the heading of a map of one document; a notebook (several documents,
 * issue 14) draws each document's title as the container of that document.
 */
function headingOf(nodes: readonly ConceptNode[]): NodeId | null {
  const titles = nodes.filter((node) => node.kind === 'title');
  return titles.length === 1 ? titles[0]!.id : null;
}

/** Whether `candidate` is `node` or one of the containers around it. */
function isAncestor(
  candidate: NodeId,
  node: NodeId,
  parentOf: ReadonlyMap<NodeId, NodeId | null>,
): boolean {
  let current: NodeId | null = node;
  // Bounded by the number of concepts: parents form a forest (loops are never created).
  for (let steps = 0; current !== null && steps <= parentOf.size; steps++) {
    if (current === candidate) return true;
    current = parentOf.get(current) ?? null;
  }
  return false;
}

/**
 * Every relation but nesting, between drawn concepts, except between a concept and a container
 * around it: the containment already shows that they belong together.
 */
function drawnEdges(
  edges: readonly ConceptEdge[],
  parentOf: ReadonlyMap<NodeId, NodeId | null>,
): ConceptEdge[] {
  return edges.filter(
    (edge) =>
      edge.kind !== 'nesting' &&
      parentOf.has(edge.source) &&
      parentOf.has(edge.target) &&
      !isAncestor(edge.source, edge.target, parentOf) &&
      !isAncestor(edge.target, edge.source, parentOf),
  );
}

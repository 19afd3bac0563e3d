/**
 * ConceptGraph -> Cytoscape element definitions (STYLE.md "Data flow": `toElements`). Pure, and
 * used both by the build-time layout (layout.ts) and by the map in the browser, so both see the
 * same nodes with the same sizes in the same order.
 */
import type { ElementDefinition } from 'cytoscape';
import type { ConceptEdge, ConceptGraph, ConceptKind, ConceptNode } from '../notes/concepts/model';
import type { RelationKind } from '../notes/concepts/relations';
import type { Positions } from './concept-map-handle';
import { measureLabel } from './label-metrics';

interface NodeData {
  id: string;
  /** The concept's name as written in the notes. */
  label: string;
  /** The label with line breaks where it wraps (label-metrics.ts); what the map draws. */
  wrapped: string;
  kind: ConceptKind;
  width: number;
  height: number;
}

interface EdgeData {
  id: string;
  source: string;
  target: string;
  kind: RelationKind;
  label: string;
}

export interface MapElements {
  nodes: (ElementDefinition & { data: NodeData })[];
  edges: (ElementDefinition & { data: EdgeData })[];
}

/**
 * Nodes in the notes' reading order, edges by the reading order of their ends: deterministic for
 * given notes, and the order the layered layout keeps when it breaks cycles (layout.ts), so chains
 * read the way the notes introduce them. Edges whose ends are missing are left out (Cytoscape
 * refuses them), as are repeated ids.
 */
export function toElements(graph: ConceptGraph, positions: Positions): MapElements {
  const nodes = uniqueBy([...graph.nodes].sort(byReadingOrder), (node) => node.id);
  const rank = new Map<string, number>(nodes.map((node, index) => [node.id, index]));
  const edges = uniqueBy(
    graph.edges.filter((edge) => rank.has(edge.source) && rank.has(edge.target)),
    (edge) => edge.id,
  ).sort((a, b) => compareEdges(a, b, rank));

  return {
    nodes: nodes.map((node) => {
      const box = measureLabel(node.label, node.kind);
      const position = positions[node.id];
      return {
        group: 'nodes' as const,
        data: {
          id: node.id,
          label: node.label,
          wrapped: box.text,
          kind: node.kind,
          width: box.width,
          height: box.height,
        },
        ...(position ? { position: { x: position.x, y: position.y } } : {}),
      };
    }),
    edges: edges.map((edge) => ({
      group: 'edges' as const,
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        kind: edge.kind,
        label: edge.label,
      },
    })),
  };
}

/** Nodes then edges, as one array for `cytoscape({ elements })`. */
export function allElements(elements: MapElements): ElementDefinition[] {
  return [...elements.nodes, ...elements.edges];
}

function byReadingOrder(a: ConceptNode, b: ConceptNode): number {
  return a.order - b.order || compareStrings(a.id, b.id);
}

function compareEdges(a: ConceptEdge, b: ConceptEdge, rank: ReadonlyMap<string, number>): number {
  return (
    rank.get(a.source)! - rank.get(b.source)! ||
    rank.get(a.target)! - rank.get(b.target)! ||
    compareStrings(a.kind, b.kind) ||
    compareStrings(a.id, b.id)
  );
}

/** Code-unit order, the same in every locale (localeCompare is not). */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const id = key(item);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

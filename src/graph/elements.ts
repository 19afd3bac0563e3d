/**
 * ConceptGraph -> Cytoscape element definitions (STYLE.md "Data flow": `toElements`). Pure, and
 * used both by the build-time layout (layout/) and by the map in the browser, so both see the
 * same nodes with the same sizes in the same order.
 *
 * What is drawn comes from drawn-map.ts: containers are Cytoscape compound nodes (a concept's
 * `parent`), nesting is containment rather than edges. Labels are sized by importance (issue 9):
 * a concept many others relate to, and a container, reads larger than a leaf term.
 */
import type { ElementDefinition } from 'cytoscape';
import type { ConceptEdge, ConceptKind } from '../notes/concepts/model';
import type { RelationKind } from '../notes/concepts/relations';
import type { ConceptGraph } from '../notes/concepts/model';
import type { Positions } from './concept-map-handle';
import { drawnMap, type DrawnNode } from './drawn-map';
import { LABEL_FONT, measureLabel, type LabelFont } from './label-metrics';

export interface NodeData {
  id: string;
  /** The concept's name as written in the notes. */
  label: string;
  /** The label with line breaks where it wraps (label-metrics.ts); what the map draws. */
  wrapped: string;
  kind: ConceptKind;
  /** The container it is drawn in (Cytoscape's compound parent); absent at the top level. */
  parent?: string;
  /** Label font, by importance. */
  fontSize: number;
  fontWeight: LabelFont['weight'];
  /** Size of a leaf's box (a container's box is the box around what it holds). */
  width: number;
  height: number;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  kind: RelationKind;
  label: string;
  /**
   * The id of the same kind of relation the other way (B → A beside A → B), drawn as this one
   * line with an arrow at each end: two concepts that name each other.
   */
  reverse?: string;
}

export interface MapElements {
  nodes: (ElementDefinition & { data: NodeData })[];
  edges: (ElementDefinition & { data: EdgeData })[];
}

/** How many relations make a concept a hub, drawn larger. */
const HUB_DEGREE = 6;

/**
 * What the map draws of a graph, before any label is measured: the drawn concepts (drawn-map.ts),
 * their relations as edges, and each concept's element made on demand. A big map draws only part
 * of itself at a time (overview.ts), so it measures only the labels it draws.
 */
export interface DrawnElements {
  /** Drawn concepts in reading order (containers before what they hold). */
  nodes: readonly DrawnNode[];
  edges: (ElementDefinition & { data: EdgeData })[];
  /** The element of drawn concept `id` (measured once, then remembered), at `position`. */
  node(id: string, position?: { x: number; y: number }): ElementDefinition & { data: NodeData };
}

export function drawnElements(graph: ConceptGraph): DrawnElements {
  const drawn = drawnMap(uniqueNodes(graph));
  const rank = new Map<string, number>(drawn.nodes.map(({ node }, index) => [node.id, index]));
  const byId = new Map<string, DrawnNode>(drawn.nodes.map((node) => [node.node.id, node]));
  const edges = uniqueBy(drawn.edges, (edge) => edge.id).sort((a, b) => compareEdges(a, b, rank));
  const reverseOf = pairUp(edges);
  const degree = new Map<string, number>();
  for (const edge of edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  const measured = new Map<string, NodeData>();

  const dataOf = (drawnNode: DrawnNode): NodeData => {
    const { node, parent } = drawnNode;
    const known = measured.get(node.id);
    if (known) return known;
    const font = labelFont(drawnNode, degree.get(node.id) ?? 0);
    const box = measureLabel(node.label, node.kind, font);
    const data: NodeData = {
      id: node.id,
      label: node.label,
      wrapped: box.text,
      kind: node.kind,
      ...(parent === null ? {} : { parent }),
      fontSize: font.size,
      fontWeight: font.weight,
      width: box.width,
      height: box.height,
    };
    measured.set(node.id, data);
    return data;
  };

  return {
    nodes: drawn.nodes,
    edges: edges
      .filter((edge) => !reverseOf.has(edge.id) || reverseOf.get(edge.id)!.first)
      .map((edge) => {
        const reverse = reverseOf.get(edge.id);
        return {
          group: 'edges' as const,
          data: {
            id: edge.id,
            source: edge.source,
            target: edge.target,
            kind: edge.kind,
            label: edge.label,
            ...(reverse ? { reverse: reverse.other } : {}),
          },
        };
      }),
    node(id, position) {
      const drawnNode = byId.get(id);
      if (!drawnNode) throw new Error(`no drawn concept "${id}"`);
      return {
        group: 'nodes' as const,
        data: { ...dataOf(drawnNode) },
        ...(position ? { position: { x: position.x, y: position.y } } : {}),
      };
    },
  };
}

/**
 * Nodes in the notes' reading order (containers before what they hold, as Cytoscape needs),
 * edges by the reading order of their ends: deterministic for given notes. Edges whose ends are
 * missing are left out (Cytoscape refuses them), as are repeated ids.
 */
export function toElements(graph: ConceptGraph, positions: Positions): MapElements {
  const drawn = drawnElements(graph);
  return {
    nodes: drawn.nodes.map(({ node, isContainer }) =>
      drawn.node(node.id, isContainer ? undefined : positions[node.id]),
    ),
    edges: drawn.edges,
  };
}

/**
 * Relations of one kind both ways between two concepts: the first of each pair (in drawing order)
 * is drawn, with arrows at both ends; the other is not drawn separately.
 */
function pairUp(edges: readonly ConceptEdge[]): Map<string, { other: string; first: boolean }> {
  const byEnds = new Map<string, ConceptEdge>();
  for (const edge of edges)
    byEnds.set(`${edge.kind}\u0000${edge.source}\u0000${edge.target}`, edge);
  const pairs = new Map<string, { other: string; first: boolean }>();
  for (const edge of edges) {
    if (pairs.has(edge.id)) continue;
    const back = byEnds.get(`${edge.kind}\u0000${edge.target}\u0000${edge.source}`);
    if (!back) continue;
    pairs.set(edge.id, { other: back.id, first: true });
    pairs.set(back.id, { other: edge.id, first: false });
  }
  return pairs;
}

/** Nodes then edges, as one array for `cytoscape({ elements })`. */
export function allElements(elements: MapElements): ElementDefinition[] {
  return [...elements.nodes, ...elements.edges];
}

/**
 * Containers read as the names of places (larger at the top level), hubs as landmarks; every
 * other concept keeps its kind's font.
 */
function labelFont({ node, isContainer, depth }: DrawnNode, degree: number): LabelFont {
  const base = LABEL_FONT[node.kind];
  if (isContainer) return { size: depth === 0 ? 18 : 16, weight: 'bold' };
  if (degree >= HUB_DEGREE) return { size: base.size + 2, weight: 'bold' };
  return base;
}

/** The graph with each concept id once (the first wins): Cytoscape refuses repeated ids. */
function uniqueNodes(graph: ConceptGraph): ConceptGraph {
  const nodes = uniqueBy(graph.nodes, (node) => node.id);
  return nodes.length === graph.nodes.length ? graph : { ...graph, nodes };
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

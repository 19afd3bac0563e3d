import type { ConceptEdge, NodeId } from '../../notes/concepts/model';
import { RELATION_KINDS, type RelationKind } from '../../notes/concepts/relations';

/**
 * How an edge reads from one of its ends. Every edge `A → B` reads "B builds on A"
 * (relations.ts), so from B it is `incoming` ("Builds on A") and from A outgoing ("Used by B");
 * `extra` edges carry their own label from the companion file.
 */
export interface RelationReading {
  kind: RelationKind;
  incoming: boolean;
  /** The companion file's label of an `extra` edge. */
  label?: string;
}

export interface RelationGroup {
  /** Stable key: kind and direction, plus the label for extra relations. */
  key: string;
  relation: RelationReading;
  nodes: NodeId[];
  /** The edge to each of `nodes`, in the same order (its evidence says why it exists). */
  edges: ConceptEdge[];
}

/** The node's relations grouped by kind and direction, in the order of RELATION_KINDS. */
export function groupRelations(id: NodeId, edges: readonly ConceptEdge[]): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  for (const edge of edges) {
    if (edge.source !== id && edge.target !== id) continue;
    const incoming = edge.target === id;
    const other = incoming ? edge.source : edge.target;
    if (other === id) continue; // a self-loop tells the reader nothing
    const relation: RelationReading =
      edge.kind === 'extra'
        ? { kind: edge.kind, incoming, label: edge.label }
        : { kind: edge.kind, incoming };
    const key = `${edge.kind}:${incoming ? 'in' : 'out'}${edge.kind === 'extra' ? `:${edge.label}` : ''}`;
    const group = groups.get(key) ?? { key, relation, nodes: [], edges: [] };
    if (!group.nodes.includes(other)) {
      group.nodes.push(other);
      group.edges.push(edge);
    }
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) => rank(a.relation) - rank(b.relation) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** What a concept builds on first, then what uses it; kinds in the order of the one list. */
function rank(relation: RelationReading): number {
  return RELATION_KINDS.indexOf(relation.kind) * 2 + (relation.incoming ? 0 : 1);
}

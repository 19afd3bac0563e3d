import type { ConceptEdge, NodeId } from '../../notes/concepts/model';

/**
 * How an edge reads from one end. An edge `A → B` means "B is part of A" (nesting) or "B's
 * text mentions A" (mentions); `extra` edges carry their own label from the companion file.
 */
export type RelationKind =
  | { kind: 'partOf' }
  | { kind: 'contains' }
  | { kind: 'mentions' }
  | { kind: 'mentionedBy' }
  | { kind: 'extra'; label: string; incoming: boolean };

export interface RelationGroup {
  /** Stable key: the kind, plus the label for extra relations. */
  key: string;
  relation: RelationKind;
  nodes: NodeId[];
}

const ORDER = ['partOf', 'contains', 'mentions', 'mentionedBy', 'extra'] as const;

/** The node's relations grouped by kind and direction, in a fixed reading order. */
export function groupRelations(id: NodeId, edges: readonly ConceptEdge[]): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  for (const edge of edges) {
    if (edge.source !== id && edge.target !== id) continue;
    const incoming = edge.target === id;
    const other = incoming ? edge.source : edge.target;
    if (other === id) continue; // a self-loop tells the reader nothing
    const relation = readEdge(edge, incoming);
    const key = relation.kind === 'extra' ? `extra:${incoming}:${relation.label}` : relation.kind;
    const group = groups.get(key) ?? { key, relation, nodes: [] };
    if (!group.nodes.includes(other)) group.nodes.push(other);
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) =>
      ORDER.indexOf(a.relation.kind) - ORDER.indexOf(b.relation.kind) || a.key.localeCompare(b.key),
  );
}

function readEdge(edge: ConceptEdge, incoming: boolean): RelationKind {
  switch (edge.kind) {
    case 'nesting':
      return { kind: incoming ? 'partOf' : 'contains' };
    case 'mentions':
      return { kind: incoming ? 'mentions' : 'mentionedBy' };
    case 'extra':
      return { kind: 'extra', label: edge.label, incoming };
  }
}

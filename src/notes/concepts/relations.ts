/**
 * Every kind of relation between two concepts, in one list (issue 8: relation kinds lived in ten
 * files with three label tables). The graph builder, the companion schema, the map's style and
 * legend, the panel and the translations all derive from it: each keeps a
 * `Record<RelationKind, …>`, so a new kind is a type error everywhere it is not yet handled.
 *
 * Direction, the same for every kind: an edge `A → B` reads "B builds on A" — B is part of A
 * (nesting), B's text names A (mentions), B refers to A by a cross-reference (links), or the
 * companion file says so (extra). Pod → ReplicaSet → Deployment: ReplicaSet is defined in terms
 * of Pod, Deployment in terms of ReplicaSet.
 */
export const RELATION_KINDS = ['mentions', 'links', 'extra', 'nesting'] as const;

export type RelationKind = (typeof RELATION_KINDS)[number];

/**
 * The label an edge carries in the graph data (the CLI's JSON); the companion file may relabel a
 * kind (`edgeLabels:`). The UI words relations in the reader's language instead (src/ui/i18n).
 */
export const RELATION_LABELS: Readonly<Record<RelationKind, string>> = {
  nesting: 'contains',
  mentions: 'mentioned in',
  links: 'referred to in',
  extra: 'related to',
};

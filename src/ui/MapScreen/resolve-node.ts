import { conceptId } from '../../notes/concepts/ids';
import type { ConceptGraph, ConceptNode } from '../../notes/concepts/model';

/** What a `/:map/node/:id` parameter points at. */
export type NodeResolution =
  | { kind: 'none' }
  | { kind: 'found'; node: ConceptNode }
  /** An alias or another spelling: the URL should be replaced by the node's own id. */
  | { kind: 'redirect'; node: ConceptNode }
  | { kind: 'missing'; asked: string };

/**
 * Resolves the id in the URL. The node's own id is found as is; a name, an alias, or the id
 * either would get from conceptId() (`Pod`, `ＰＯＤ`, `lb` for alias `LB`) redirects to it,
 * so every concept has exactly one canonical URL while hand-typed links still work.
 */
export function resolveNode(graph: ConceptGraph, asked: string | null): NodeResolution {
  if (asked === null) return { kind: 'none' };
  const exact = graph.nodes.find((node) => node.id === asked);
  if (exact) return { kind: 'found', node: exact };
  const slug = conceptId(asked);
  const named = graph.nodes.find((node) =>
    [node.label, ...node.aliases].some((name) => name === asked || conceptId(name) === slug),
  );
  return named ? { kind: 'redirect', node: named } : { kind: 'missing', asked };
}

import type { ConceptNode } from '../../notes/concepts/model';

export interface OutlineGroup {
  /** The section path the concepts sit in; empty for the top of the notes. */
  path: string[];
  nodes: ConceptNode[];
}

/** The concepts in reading order, grouped by the section they are written in. */
export function outlineGroups(nodes: readonly ConceptNode[]): OutlineGroup[] {
  const groups = new Map<string, OutlineGroup>();
  for (const node of [...nodes].sort((a, b) => a.order - b.order)) {
    const key = JSON.stringify(node.path);
    const group = groups.get(key) ?? { path: node.path, nodes: [] };
    group.nodes.push(node);
    groups.set(key, group);
  }
  return [...groups.values()];
}

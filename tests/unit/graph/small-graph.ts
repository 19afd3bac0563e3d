import type {
  ConceptEdge,
  ConceptGraph,
  ConceptKind,
  ConceptNode,
  NodeId,
} from '../../../src/notes/concepts/model';

/** A hand-written concept graph for tests that do not need the notes reader. */
export function node(
  id: string,
  label: string,
  kind: ConceptKind,
  order: number,
  text = '',
  parent: string | null = null,
): ConceptNode {
  return {
    id: id as NodeId,
    label,
    aliases: [],
    kind,
    path: [],
    pathIds: [],
    occurrences: [
      {
        kind,
        path: [],
        file: 'data/small.rst',
        parent: parent as NodeId | null,
        blocks: [],
        classifiers: [],
        line: order + 1,
        endLine: order + 1,
      },
    ],
    text,
    links: [],
    lines: [order + 1],
    tags: [],
    order,
  };
}

export function edge(source: string, target: string, kind: ConceptEdge['kind']): ConceptEdge {
  return {
    id: `${kind}:${source}->${target}`,
    source: source as NodeId,
    target: target as NodeId,
    kind,
    label: kind === 'nesting' ? 'contains' : 'mentioned in',
  };
}

export function smallGraph(): ConceptGraph {
  return {
    mapId: 'small',
    title: 'Small notes',
    nodes: [
      node('small-notes', 'Small notes', 'title', 0),
      node('terms', 'Terms', 'section', 1, '', 'small-notes'),
      node('pod', 'Pod', 'term', 2, 'A container instance.', 'terms'),
      node('replicaset', 'ReplicaSet', 'term', 3, 'Keeps Pods running.', 'terms'),
      node('コンテキスト', 'コンテキスト', 'term', 4, 'ユーザとクラスタの組', 'terms'),
    ],
    edges: [
      edge('small-notes', 'terms', 'nesting'),
      edge('terms', 'pod', 'nesting'),
      edge('terms', 'replicaset', 'nesting'),
      edge('terms', 'コンテキスト', 'nesting'),
      edge('pod', 'replicaset', 'mentions'),
    ],
    tours: [],
    diagnostics: [],
  };
}

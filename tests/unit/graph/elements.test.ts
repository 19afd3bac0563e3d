import { describe, expect, test } from 'vitest';
import { toElements } from '../../../src/graph/elements';
import { measureLabel } from '../../../src/graph/label-metrics';
import { edge, smallGraph } from './small-graph';

describe('toElements', () => {
  test('nodes carry id, label, kind and the size of their label', () => {
    const { nodes } = toElements(smallGraph(), {});
    const pod = nodes.find((node) => node.data.id === 'pod')!;
    expect(pod.data).toMatchObject({ id: 'pod', label: 'Pod', kind: 'term', wrapped: 'Pod' });
    expect(pod.data.width).toBe(measureLabel('Pod', 'term').width);
    expect(pod.data.height).toBe(measureLabel('Pod', 'term').height);
  });

  test('edges carry id, source, target, kind and label', () => {
    const { edges } = toElements(smallGraph(), {});
    expect(edges.find((e) => e.data.kind === 'mentions')!.data).toEqual({
      id: 'mentions:pod->replicaset',
      source: 'pod',
      target: 'replicaset',
      kind: 'mentions',
      label: 'mentioned in',
    });
  });

  test('nodes come in reading order, whatever order the graph lists them in', () => {
    const graph = smallGraph();
    const shuffled = {
      ...graph,
      nodes: [...graph.nodes].reverse(),
      edges: [...graph.edges].reverse(),
    };
    expect(toElements(shuffled, {})).toEqual(toElements(graph, {}));
    expect(toElements(graph, {}).nodes.map((n) => n.data.id)).toEqual([
      'small-notes',
      'terms',
      'pod',
      'replicaset',
      'コンテキスト',
    ]);
  });

  test('positions are applied; nodes without one get none', () => {
    const { nodes } = toElements(smallGraph(), { pod: { x: 10, y: -20 } });
    expect(nodes.find((n) => n.data.id === 'pod')!.position).toEqual({ x: 10, y: -20 });
    expect(nodes.find((n) => n.data.id === 'terms')!.position).toBeUndefined();
  });

  test('edges to missing nodes and repeated ids are left out (Cytoscape would throw)', () => {
    const graph = smallGraph();
    graph.edges.push(edge('pod', 'nowhere', 'mentions'), edge('terms', 'pod', 'nesting'));
    graph.nodes.push({ ...graph.nodes[2]!, label: 'Pod again' });
    const { nodes, edges } = toElements(graph, {});
    expect(nodes.filter((n) => n.data.id === 'pod')).toHaveLength(1);
    expect(edges.map((e) => e.data.target)).not.toContain('nowhere');
    expect(edges.filter((e) => e.data.id === 'nesting:terms->pod')).toHaveLength(1);
  });
});

import { describe, expect, test } from 'vitest';
import { toElements } from '../../../src/graph/elements';
import { measureLabel } from '../../../src/graph/label-metrics';
import { edge, node, smallGraph } from './small-graph';

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
    // The notes' title is the map's heading, not a node.
    expect(toElements(graph, {}).nodes.map((n) => n.data.id)).toEqual([
      'terms',
      'pod',
      'replicaset',
      'コンテキスト',
    ]);
  });

  test('a section is a container: what it holds is drawn inside it, with no nesting arrows', () => {
    const { nodes, edges } = toElements(smallGraph(), {});
    const parentOf = new Map(nodes.map((n) => [n.data.id, n.data.parent]));
    expect(parentOf.get('pod')).toBe('terms');
    expect(parentOf.get('replicaset')).toBe('terms');
    expect(parentOf.get('terms')).toBeUndefined();
    expect(edges.map((e) => e.data.kind)).toEqual(['mentions']);
  });

  test('two concepts naming each other are one line with arrows at both ends', () => {
    const graph = smallGraph();
    graph.edges.push(edge('replicaset', 'pod', 'mentions'));
    const { edges } = toElements(graph, {});
    expect(edges.map((e) => [e.data.id, e.data.reverse])).toEqual([
      ['mentions:pod->replicaset', 'mentions:replicaset->pod'],
    ]);
  });

  test('a concept many others relate to has a larger label than a leaf term', () => {
    const graph = smallGraph();
    for (const other of ['replicaset', 'コンテキスト']) {
      graph.edges.push(edge(other, 'pod', 'mentions'), edge('pod', other, 'extra'));
    }
    for (const [index, name] of ['a', 'b', 'c'].entries()) {
      graph.nodes.push(node(name, name.toUpperCase(), 'term', 10 + index, '', 'terms'));
      graph.edges.push(edge(name, 'pod', 'mentions'));
    }
    const pod = toElements(graph, {}).nodes.find((n) => n.data.id === 'pod')!;
    const context = toElements(graph, {}).nodes.find((n) => n.data.id === 'コンテキスト')!;
    expect(pod.data.fontSize).toBeGreaterThan(context.data.fontSize);
  });

  test('positions are applied to leaves; containers are drawn around them', () => {
    const { nodes } = toElements(smallGraph(), { pod: { x: 10, y: -20 }, terms: { x: 0, y: 0 } });
    expect(nodes.find((n) => n.data.id === 'pod')!.position).toEqual({ x: 10, y: -20 });
    expect(nodes.find((n) => n.data.id === 'terms')!.position).toBeUndefined();
  });

  test('edges to missing nodes and repeated ids are left out (Cytoscape would throw)', () => {
    const graph = smallGraph();
    graph.edges.push(
      edge('pod', 'nowhere', 'mentions'),
      edge('コンテキスト', 'pod', 'mentions'),
      edge('コンテキスト', 'pod', 'mentions'),
    );
    graph.nodes.push({ ...graph.nodes[2]!, label: 'Pod again' });
    const { nodes, edges } = toElements(graph, {});
    expect(nodes.filter((n) => n.data.id === 'pod')).toHaveLength(1);
    expect(edges.map((e) => e.data.target)).not.toContain('nowhere');
    expect(edges.filter((e) => e.data.id === 'mentions:コンテキスト->pod')).toHaveLength(1);
  });
});

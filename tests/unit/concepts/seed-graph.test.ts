import { seedInput, seedNotesText } from '../../support/seed';
import { describe, expect, test } from 'vitest';
import { buildMap } from '../../../src/notes/pipeline';
import type { ConceptGraph } from '../../../src/notes/concepts/model';

const graph: ConceptGraph = buildMap(seedInput());

const labelOf = new Map(graph.nodes.map((n) => [n.id, n.label]));
const edgeNames = new Set(
  graph.edges.map((e) => `${labelOf.get(e.source)} → ${labelOf.get(e.target)}`),
);
const node = (label: string) => {
  const found = graph.nodes.find((n) => n.label === label);
  if (!found) throw new Error(`no node labelled ${label}`);
  return found;
};

describe('the Kubernetes memo as a concept graph', () => {
  test('is titled after the notes', () => {
    expect(graph.title).toBe('Kubernetes関連メモ');
  });

  test.each([
    'Pod → ReplicaSet',
    'ReplicaSet → Deployment',
    'Service → Ingress',
    'Ingress → Ingress Controller',
    'Istio → Envoy',
    'Istio → Pilot',
    'Istio → Mixer',
    'Istio → Istio-Auth',
    'ReplicaSet → DaemonSet',
    'Pod → Sidecar',
    'Envoy → Pilot',
    'Envoy → Mixer',
    'Kubectl → ユーザ',
    'Kubectl → クラスタ',
    'Kubectl → コンテキスト',
    'ユーザ → コンテキスト',
    'クラスタ → コンテキスト',
    'Sidecar → Envoy',
  ])('has the edge %s', (edge) => {
    expect(edgeNames).toContain(edge);
  });

  test('every term and section is a node with a URL-safe id', () => {
    const ids = graph.nodes.map((n) => n.id);
    for (const [label, id] of [
      ['Pod', 'pod'],
      ['Ingress Controller', 'ingress-controller'],
      ['コンテキスト', 'コンテキスト'],
      ['Istio-Auth', 'istio-auth'],
      ['kube-dns', 'kube-dns'],
      ['用語的なもの', '用語的なもの'],
    ]) {
      expect(node(label!).id).toBe(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('Envoy, written as a term under Istio and as a section, is one node with both texts', () => {
    const envoys = graph.nodes.filter((n) => n.label === 'Envoy');
    expect(envoys).toHaveLength(1);
    const envoy = envoys[0]!;
    expect(envoy.text).toContain('サイドカーとしてPodに挿入される');
    expect(envoy.text).toContain('Nginxのようなもの。');
    expect(envoy.lines).toHaveLength(2);
  });

  test('the links-only section リンク › Istio lends its links to Istio instead of becoming a node', () => {
    expect(graph.nodes.filter((n) => n.label === 'Istio')).toHaveLength(1);
    const istio = node('Istio');
    expect(istio.path).toEqual(['用語的なもの']);
    expect(istio.links.map((l) => l.url)).toContain(
      'https://qiita.com/Ladicle/items/979d59ef0303425752c8',
    );
    expect(edgeNames).not.toContain('リンク → Istio');
  });

  test('a links-only section with no namesake stays a node of its own', () => {
    expect(node('Kubernetes').path).toEqual(['リンク']);
    expect(node('Kubernetes').links).toHaveLength(5);
  });

  test('Pod carries its text, section path and source line', () => {
    const pod = node('Pod');
    expect(pod.kind).toBe('term');
    expect(pod.path).toEqual(['用語的なもの']);
    expect(pod.pathIds).toEqual(['用語的なもの']);
    expect(pod.text).toBe('コンテナインスタンス\n\nIPアドレスを持つ');
    expect(pod.lines).toEqual([seedNotesText().split('\n').indexOf('Pod') + 1]);
  });

  test('Deployment keeps its link', () => {
    expect(node('Deployment').links).toEqual([
      {
        text: 'KubernetesのWorkloadsリソース(その1)',
        url: 'https://thinkit.co.jp/article/13610/page/1/1',
      },
    ]);
  });

  test('all 21 links of the notes are kept', () => {
    expect(graph.nodes.flatMap((n) => n.links)).toHaveLength(21);
  });

  test('edges join existing nodes, with no self-loops and no duplicates', () => {
    const ids = new Set(graph.nodes.map((n) => n.id));
    const keys = graph.edges.map((e) => `${e.kind}:${e.source}->${e.target}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const edge of graph.edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      expect(edge.source).not.toBe(edge.target);
      expect(edge.label).not.toBe('');
    }
  });

  test('the notes read without errors', () => {
    expect(graph.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

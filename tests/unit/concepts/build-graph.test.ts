import { describe, expect, test } from 'vitest';
import { buildConceptGraph } from '../../../src/notes/concepts/build-graph';
import { conceptId } from '../../../src/notes/concepts/ids';
import type { ConceptGraph, NodeId } from '../../../src/notes/concepts/model';
import { parseRst } from '../../../src/notes/rst';

function build(rst: string, aliases: Record<string, string[]> = {}): ConceptGraph {
  const aliasMap = new Map(Object.entries(aliases).map(([k, v]) => [conceptId(k), v] as const));
  return buildConceptGraph([{ file: 'notes.rst', document: parseRst(rst) }], {
    mapId: 'notes',
    aliases: aliasMap,
  });
}

function edges(graph: ConceptGraph, kind?: string): string[] {
  const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
  return graph.edges
    .filter((e) => !kind || e.kind === kind)
    .map((e) => `${label.get(e.source)} → ${label.get(e.target)}`);
}

const terms = (...entries: [string, string][]) =>
  entries.map(([term, body]) => `${term}\n    ${body}\n`).join('\n');

describe('mention edges', () => {
  test('A → B when B’s text mentions A', () => {
    expect(
      edges(
        build(
          terms(['Pod', 'smallest unit'], ['ReplicaSet', 'keeps Pods... no: keeps a Pod running']),
        ),
        'mentions',
      ),
    ).toEqual(['Pod → ReplicaSet']);
  });

  test('Latin names respect word boundaries', () => {
    const graph = build(terms(['Helm', 'package manager'], ['Chart', 'an overwhelming format']));
    expect(edges(graph, 'mentions')).toEqual([]);
  });

  test('longest match wins: Service Account is not a mention of Service', () => {
    const graph = build(
      terms(
        ['Service', 'a stable address'],
        ['Service Account', 'an identity'],
        ['Token', 'belongs to a Service Account'],
      ),
    );
    expect(edges(graph, 'mentions')).toEqual(['Service Account → Token']);
  });

  test('Japanese names match inside Japanese text', () => {
    const graph = build(terms(['ユーザ', '接続する人'], ['コンテキスト', 'ユーザとクラスタの組']));
    expect(edges(graph, 'mentions')).toEqual(['ユーザ → コンテキスト']);
  });

  test('aliases mention their concept', () => {
    const graph = build(
      terms(['Sidecar', 'a helper container'], ['Envoy', 'サイドカーとして動く']),
      {
        Sidecar: ['サイドカー'],
      },
    );
    expect(edges(graph, 'mentions')).toEqual(['Sidecar → Envoy']);
    expect(graph.nodes.find((n) => n.label === 'Sidecar')!.aliases).toEqual(['サイドカー']);
  });

  test('a concept mentioning itself makes no self-loop', () => {
    expect(edges(build(terms(['Pod', 'a Pod is a Pod'])))).toEqual([]);
  });

  test('several mentions make one edge', () => {
    expect(
      edges(build(terms(['Pod', 'unit'], ['Node', 'runs Pod after Pod'])), 'mentions'),
    ).toEqual(['Pod → Node']);
  });
});

describe('nesting edges', () => {
  const rst = [
    'Notes',
    '=====',
    '',
    'Workloads',
    '---------',
    '',
    'Pod',
    '    unit',
    '',
    '    Container',
    '        runs inside',
    '',
    // A second subsection, so that Workloads is not promoted to the document's subtitle.
    'Services',
    '--------',
    '',
  ].join('\n');

  test('a section contains its terms, a term its nested terms', () => {
    expect(edges(build(rst), 'nesting')).toEqual([
      'Notes → Workloads',
      'Workloads → Pod',
      'Pod → Container',
      'Notes → Services',
    ]);
  });

  test('a nested term is not repeated in its parent’s text', () => {
    const pod = build(rst).nodes.find((n) => n.label === 'Pod')!;
    expect(pod.text).toBe('unit');
  });

  test('no parallel mention edge where nesting already joins the pair', () => {
    const graph = build(
      ['Pod', '    unit', '', '    Container', '        runs in a Pod', ''].join('\n'),
    );
    expect(edges(graph)).toEqual(['Pod → Container']);
  });
});

describe('merging and identity', () => {
  test('same-named concepts merge, keeping both texts and both lines', () => {
    const graph = build(
      ['A', '=', '', 'Envoy', '    a proxy', '', 'Envoy', '-----', '', 'Like Nginx.', ''].join(
        '\n',
      ),
    );
    const envoy = graph.nodes.filter((n) => n.id === ('envoy' as NodeId));
    expect(envoy).toHaveLength(1);
    expect(envoy[0]!.text).toBe('a proxy\n\nLike Nginx.');
    expect(envoy[0]!.lines).toEqual([4, 7]);
  });

  test('a links-only section lends its links to its namesake, judged by structure not wording', () => {
    const rst = [
      'Terms',
      '=====',
      '',
      'Istio',
      '-----',
      '',
      'A service mesh.',
      '',
      'Reading',
      '=======',
      '',
      'Istio',
      '-----',
      '',
      '* `Istio intro <https://example.com/istio>`_',
      '',
    ].join('\n');
    const graph = build(rst);
    expect(graph.nodes.filter((n) => n.label === 'Istio')).toHaveLength(1);
    const istio = graph.nodes.find((n) => n.label === 'Istio')!;
    expect(istio.path).toEqual(['Terms']);
    expect(istio.links).toEqual([{ text: 'Istio intro', url: 'https://example.com/istio' }]);
    expect(edges(graph, 'nesting')).not.toContain('Reading → Istio');
  });

  test('a namesake section with prose of its own is merged as a written occurrence', () => {
    const rst = [
      'Istio',
      '=====',
      '',
      'A mesh.',
      '',
      'More',
      '====',
      '',
      'Istio',
      '-----',
      '',
      'Also prose.',
      '',
    ];
    const graph = build(rst.join('\n'));
    expect(edges(graph, 'nesting')).toContain('More → Istio');
  });

  test('ids are URL-safe slugs and unique; node order follows the notes', () => {
    const graph = build(
      terms(['Ingress Controller', 'x'], ['コンテキスト', 'y'], ['__proto__', 'z']),
    );
    expect(graph.nodes.map((n) => n.id)).toEqual([
      'ingress-controller',
      'コンテキスト',
      '__proto__',
    ]);
    expect(graph.nodes.map((n) => n.order)).toEqual([0, 1, 2]);
  });
});

describe('what the graph keeps', () => {
  test('notes without a title still keep their opening text in a node named after the map', () => {
    const graph = build('Some opening words.\n\nPod\n    unit\n');
    const top = graph.nodes.find((n) => n.kind === 'title')!;
    expect(top.label).toBe('notes');
    expect(top.text).toBe('Some opening words.');
  });

  test('unsafe links stay text and become a diagnostic with the line', () => {
    const graph = build(
      'Pod\n    see `this <javascript:alert(1)>`_ and `that <https://ok.example>`_\n',
    );
    const pod = graph.nodes.find((n) => n.label === 'Pod')!;
    expect(pod.links).toEqual([{ text: 'that', url: 'https://ok.example' }]);
    expect(pod.text).toContain('this');
    expect(graph.diagnostics).toEqual([
      expect.objectContaining({
        file: 'notes.rst',
        line: 2,
        severity: 'warning',
        message: expect.stringContaining('javascript:'),
      }),
    ]);
  });

  test('classifiers are part of the term’s text', () => {
    const pod = build('Pod : workload\n    unit\n').nodes[0]!;
    expect(pod.label).toBe('Pod');
    expect(pod.text).toBe('workload\n\nunit');
  });

  test('reader diagnostics carry the notes file', () => {
    const graph = build('A title\n=====\n\ntext\n');
    expect(graph.diagnostics[0]).toMatchObject({ file: 'notes.rst', line: 2, severity: 'warning' });
  });
});

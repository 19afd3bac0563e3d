import { seedInput } from '../support/seed';
import type { RelationKind } from '../../src/notes/concepts/relations';
import { describe, expect, test } from 'vitest';
import { applyCompanion, companionAliases, parseCompanion } from '../../src/notes/companion';
import { conceptId } from '../../src/notes/concepts/ids';
import type { ConceptGraph, ConceptNode, GraphDiagnostic } from '../../src/notes/concepts/model';
import { buildMap } from '../../src/notes/pipeline';

const FILE = 'data/demo.map.yaml';

function parse(text: string) {
  return parseCompanion(text, FILE);
}

/** `line: severity: message`, to compare diagnostics at a glance. */
function brief(diagnostics: readonly GraphDiagnostic[]): string[] {
  return diagnostics.map((d) => `${d.line}: ${d.severity}: ${d.message}`);
}

describe('parseCompanion accepts good companions', () => {
  test.each([
    ['an empty file', '', {}],
    ['only a comment', '# nothing yet\n', {}],
    [
      'aliases as lists or single names',
      'aliases:\n  Sidecar: [サイドカー]\n  Kubectl: kubectl\n',
      {
        aliases: [
          { concept: { name: 'Sidecar', path: 'aliases.Sidecar', line: 2 }, names: ['サイドカー'] },
          { concept: { name: 'Kubectl', path: 'aliases.Kubectl', line: 3 }, names: ['kubectl'] },
        ],
      },
    ],
    [
      'edge labels per kind',
      'edgeLabels:\n  nesting: contains\n  mentions: mentioned in\n',
      { edgeLabels: { nesting: 'contains', mentions: 'mentioned in' } },
    ],
    [
      'added, removed and relabelled edges',
      [
        'edges:',
        '  add:    [{ from: Istio, to: Kubernetes, label: runs on }]',
        '  remove: [{ from: Service, to: Istio }]',
        '  label:',
        '    - { from: Pod, to: ReplicaSet, label: is managed by, kind: mentions }',
      ].join('\n'),
      {
        addEdges: [
          expect.objectContaining({
            from: expect.objectContaining({ name: 'Istio', path: 'edges.add[0].from' }),
            to: expect.objectContaining({ name: 'Kubernetes' }),
            label: 'runs on',
            line: 2,
          }),
        ],
        removeEdges: [expect.objectContaining({ path: 'edges.remove[0]', line: 3 })],
        labelEdges: [
          expect.objectContaining({ label: 'is managed by', kind: 'mentions', line: 5 }),
        ],
      },
    ],
    [
      'a tour, its title defaulting to its name',
      'tours:\n  intro:\n    steps: [Pod, Service]\n',
      {
        tours: [
          {
            name: 'intro',
            title: 'intro',
            path: 'tours.intro',
            line: 2,
            steps: [
              { name: 'Pod', path: 'tours.intro.steps[0]', line: 3 },
              { name: 'Service', path: 'tours.intro.steps[1]', line: 3 },
            ],
          },
        ],
      },
    ],
  ])('%s', (_, text, expected) => {
    const { companion, diagnostics } = parse(text);
    expect(diagnostics).toEqual([]);
    expect(companion).toMatchObject(expected);
  });
});

describe('parseCompanion reports mistakes with file, line, key path and what was expected', () => {
  test.each([
    [
      'a step that is not a name',
      'tours:\n  intro:\n    steps:\n      - Pod\n      - Service\n      - 3\n',
      ['6: error: tours.intro.steps[2]: expected a concept name (string), got a number'],
    ],
    [
      'aliases that are not a list',
      'aliases:\n  Sidecar: { x: 1 }\n',
      ['2: error: aliases.Sidecar: expected a list of names, got a mapping'],
    ],
    [
      'an alias name that is a number',
      'aliases:\n  "Ingress Controller": [ic, 42]\n',
      ['2: error: aliases["Ingress Controller"][1]: expected a name (string), got a number'],
    ],
    [
      'an empty alias entry',
      'aliases:\n  Sidecar:\n',
      ['2: error: aliases.Sidecar: expected a list of names, got nothing (an empty value)'],
    ],
    [
      'an edge without its target',
      'edges:\n  add:\n    - from: Pod\n      label: x\n',
      [
        '3: error: edges.add[0].to: expected a concept name (string), got nothing (the key is missing)',
      ],
    ],
    [
      'an unknown key in an edge',
      'edges:\n  remove:\n    - from: Pod\n      to: Service\n      colour: red\n',
      ['5: error: edges.remove[0].colour: unknown key; expected one of from, to, kind'],
    ],
    [
      'an unknown edge kind in edgeLabels',
      'edgeLabels:\n  nesting: contains\n  parent: is part of\n',
      ['3: error: edgeLabels.parent: unknown key; expected one of nesting, mentions, extra'],
    ],
    [
      'a label that is not text',
      'edgeLabels:\n  mentions: [a, b]\n',
      ['2: error: edgeLabels.mentions: expected a label (string), got a list'],
    ],
    [
      'a relabelled edge without a label',
      'edges:\n  label:\n    - { from: Pod, to: ReplicaSet }\n',
      [
        '3: error: edges.label[0].label: expected a label (string), got nothing (the key is missing)',
      ],
    ],
    [
      'edges given as a list',
      'edges:\n  - from: Pod\n',
      ['2: error: edges: expected a mapping with add, remove and label, got a list'],
    ],
    [
      'tour steps that are not a list',
      'tours:\n  intro:\n    title: Intro\n    steps: Pod\n',
      ['4: error: tours.intro.steps: expected a list of concept names, got the text "Pod"'],
    ],
    [
      'a top level that is a list',
      '- Pod\n- Service\n',
      ['1: error: (top level): expected a mapping, got a list'],
    ],
    [
      'an unknown top-level key (a warning: the rest still applies)',
      'aliases:\n  Pod: [pod]\ntour:\n  intro: [Pod]\n',
      ['3: warning: tour: unknown key, ignored; expected aliases, edgeLabels, edges, tours, study'],
    ],
  ])('%s', (_, text, expected) => {
    const { diagnostics } = parse(text);
    expect(brief(diagnostics)).toEqual(expected);
    expect(diagnostics.every((d) => d.file === FILE)).toBe(true);
  });

  test('a YAML syntax error is an error at its line, and the file is ignored', () => {
    const { companion, diagnostics } = parse('aliases:\n  Pod: [pod\ntours: {}\n');
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics[0]).toMatchObject({ file: FILE, severity: 'error' });
    expect(diagnostics[0]!.line).toBeGreaterThanOrEqual(2);
    expect(diagnostics[0]!.message).toMatch(/^YAML syntax: .*ignored until this is fixed$/);
    expect(diagnostics[0]!.message).not.toContain('\n');
    expect(companion.aliases).toEqual([]);
  });

  test('a duplicated key is a syntax error', () => {
    const { diagnostics } = parse('tours:\n  a: { steps: [Pod] }\n  a: { steps: [Pod] }\n');
    expect(brief(diagnostics)).toEqual([expect.stringMatching(/^3: error: YAML syntax: .*unique/)]);
  });

  test('a mistake drops only its own unit; valid neighbours are kept', () => {
    const { companion, diagnostics } = parse(
      [
        'aliases:',
        '  Sidecar: [サイドカー]',
        '  Pod: 7',
        'edges:',
        '  add:',
        '    - { from: Pod, to: Service, label: exposes }',
        '    - { from: Pod }',
        'tours:',
        '  intro:',
        '    steps: [Pod, 5, Service]',
        '  broken: 12',
      ].join('\n'),
    );
    expect(brief(diagnostics)).toEqual([
      '3: error: aliases.Pod: expected a list of names, got a number',
      '7: error: edges.add[1].to: expected a concept name (string), got nothing (the key is missing)',
      '10: error: tours.intro.steps[1]: expected a concept name (string), got a number',
      '11: error: tours.broken: expected a tour { title, quiz, steps }, got a number',
    ]);
    expect(companion.aliases.map((a) => a.concept.name)).toEqual(['Sidecar']);
    expect(companion.addEdges.map((e) => e.label)).toEqual(['exposes']);
    expect(companion.tours.map((t) => [t.name, t.steps.map((s) => s.name)])).toEqual([
      ['intro', ['Pod', 'Service']],
    ]);
  });
});

test('companionAliases keys aliases by concept id and merges names of one concept', () => {
  const { companion } = parse(
    'aliases:\n  Sidecar: [サイドカー]\n  sidecar: [side car, サイドカー]\n  Ingress Controller: [IC]\n',
  );
  expect(companionAliases(companion)).toEqual(
    new Map([
      [conceptId('Sidecar'), ['サイドカー', 'side car']],
      [conceptId('Ingress Controller'), ['IC']],
    ]),
  );
});

// applyCompanion is tested on a small hand-made graph, independent of the reader.
function node(label: string, aliases: string[] = []): ConceptNode {
  return {
    id: conceptId(label),
    label,
    aliases,
    kind: 'term',
    path: [],
    pathIds: [],
    occurrences: [],
    text: '',
    links: [],
    lines: [1],
    tags: [],
    order: 0,
  };
}

function edge(source: string, target: string, kind: RelationKind, label = '') {
  const [s, t] = [conceptId(source), conceptId(target)];
  return { id: `${kind}:${s}->${t}`, source: s, target: t, kind, label };
}

const GRAPH: ConceptGraph = {
  mapId: 'demo',
  title: 'Demo',
  nodes: [
    node('Pod'),
    node('ReplicaSet'),
    node('Service'),
    node('Ingress Controller'),
    node('Sidecar'),
  ],
  edges: [
    edge('Pod', 'ReplicaSet', 'mentions'),
    edge('Pod', 'Sidecar', 'mentions'),
    edge('Service', 'Ingress Controller', 'nesting'),
  ],
  tours: [],
  diagnostics: [{ file: 'data/demo.rst', line: 3, severity: 'warning', message: 'from the notes' }],
};

function apply(text: string): ConceptGraph {
  const { companion, diagnostics } = parse(text);
  expect(diagnostics).toEqual([]);
  return applyCompanion(GRAPH, companion, FILE, 'demo.rst');
}

describe('applyCompanion', () => {
  test('adds extra edges, by name or id, with their label', () => {
    const graph = apply(
      'edges:\n  add: [{ from: ingress-controller, to: Pod, label: routes to }]\n',
    );
    expect(graph.edges).toContainEqual({
      id: 'extra:ingress-controller->pod',
      source: 'ingress-controller',
      target: 'pod',
      kind: 'extra',
      label: 'routes to',
    });
    expect(graph.edges).toHaveLength(4);
  });

  test('removes edges, optionally of one kind only', () => {
    expect(
      apply('edges:\n  remove: [{ from: Pod, to: ReplicaSet }]\n').edges.map((e) => e.id),
    ).toEqual(['mentions:pod->sidecar', 'nesting:service->ingress-controller']);
    const wrongKind = applyCompanion(
      GRAPH,
      parse('edges:\n  remove: [{ from: Pod, to: ReplicaSet, kind: nesting }]\n').companion,
      FILE,
      'demo.rst',
    );
    expect(wrongKind.edges).toHaveLength(3);
    expect(brief(wrongKind.diagnostics.slice(1))).toEqual([
      '2: warning: edges.remove[0]: no nesting edge from "Pod" to "ReplicaSet"; nothing removed',
    ]);
  });

  test('labels edges per kind, and a single edge label wins over its kind', () => {
    const graph = apply(
      [
        'edgeLabels: { mentions: mentioned in, nesting: contains }',
        'edges:',
        '  label: [{ from: Pod, to: ReplicaSet, label: is managed by }]',
      ].join('\n'),
    );
    expect(graph.edges.map((e) => `${e.source}->${e.target}: ${e.label}`)).toEqual([
      'pod->replicaset: is managed by',
      'pod->sidecar: mentioned in',
      'service->ingress-controller: contains',
    ]);
  });

  test('sets named tours, resolving steps by name, id or alias', () => {
    const graph = apply(
      [
        'aliases: { Sidecar: [サイドカー] }',
        'tours:',
        '  architecture:',
        '    title: How the parts fit',
        '    steps: [Pod, replicaset, サイドカー, Ingress Controller]',
      ].join('\n'),
    );
    expect(graph.tours).toEqual([
      {
        name: 'architecture',
        title: 'How the parts fit',
        steps: ['pod', 'replicaset', 'sidecar', 'ingress-controller'],
      },
    ]);
    expect(graph.nodes.find((n) => n.id === 'sidecar')!.aliases).toEqual(['サイドカー']);
  });

  test('names that match no concept are warnings at their line; the rest applies', () => {
    const graph = apply(
      [
        'aliases: { Nope: [x] }',
        'edges:',
        '  add: [{ from: Pod, to: Foo }]',
        '  label: [{ from: Service, to: Pod, label: x }]',
        'tours:',
        '  architecture:',
        '    steps:',
        '      - Pod',
        '      - Service',
        '      - ReplicaSet',
        '      - Foo',
      ].join('\n'),
    );
    expect(brief(graph.diagnostics)).toEqual([
      '3: warning: from the notes',
      '1: warning: aliases.Nope: no concept "Nope" in demo.rst; the aliases are unused',
      '3: warning: edges.add[0].to: no concept "Foo" in demo.rst; edge not added',
      '4: warning: edges.label[0]: no edge from "Service" to "Pod"; label not applied',
      '11: warning: tours.architecture.steps[3]: no concept "Foo" in demo.rst; step skipped',
    ]);
    expect(graph.diagnostics.slice(1).every((d) => d.file === FILE)).toBe(true);
    expect(graph.tours[0]!.steps).toEqual(['pod', 'service', 'replicaset']);
    expect(graph.edges).toEqual(GRAPH.edges);
  });

  test('is pure: the input graph is left as it was', () => {
    const before = structuredClone(GRAPH);
    apply('aliases: { Pod: [ポッド] }\nedges:\n  remove: [{ from: Pod, to: Sidecar }]\n');
    expect(GRAPH).toEqual(before);
  });
});

describe('buildMap', () => {
  const notes = {
    file: 'data/demo.rst',
    text: 'Terms\n=====\n\nPod\n\tA container instance.\n\nSidecar\n\tRuns in the same Pod.\n',
  };

  test('a broken companion still gives the map from the notes, with the errors', () => {
    const plain = buildMap({ mapId: 'demo', notes });
    const broken = buildMap({
      mapId: 'demo',
      notes,
      companion: { file: 'data/demo.map.yaml', text: 'aliases: [oops\n' },
    });
    expect(broken.nodes).toEqual(plain.nodes);
    expect(broken.edges).toEqual(plain.edges);
    expect(broken.diagnostics.filter((d) => d.file === 'data/demo.map.yaml')).toEqual([
      expect.objectContaining({ severity: 'error', line: expect.any(Number) }),
    ]);
  });

  test('a companion with one bad unit still applies its good ones', () => {
    const graph = buildMap({
      mapId: 'demo',
      notes,
      companion: {
        file: 'data/demo.map.yaml',
        text: 'aliases:\n  Pod: 3\ntours:\n  t: { steps: [Sidecar, Pod] }\n',
      },
    });
    expect(brief(graph.diagnostics.filter((d) => d.file === 'data/demo.map.yaml'))).toEqual([
      '2: error: aliases.Pod: expected a list of names, got a number',
    ]);
    expect(graph.tours).toEqual([{ name: 't', title: 't', steps: ['sidecar', 'pod'] }]);
  });
});

describe('the seed companion, data/kubernetes.map.yaml', () => {
  const graph = buildMap(seedInput());

  test('has no problems: every name in it matches a concept', () => {
    expect(graph.diagnostics.filter((d) => d.file === 'data/kubernetes.map.yaml')).toEqual([]);
  });

  test('gives Sidecar the alias サイドカー', () => {
    expect(graph.nodes.find((n) => n.id === 'sidecar')?.aliases).toContain('サイドカー');
  });

  test('has the architecture tour from Pod to Istio-Auth', () => {
    expect(graph.tours.find((t) => t.name === 'architecture')?.steps).toEqual(
      [
        'Pod',
        'ReplicaSet',
        'Deployment',
        'DaemonSet',
        'Service',
        'Ingress',
        'Ingress Controller',
        'Istio',
        'Envoy',
        'Pilot',
        'Mixer',
        'Istio-Auth',
      ].map(conceptId),
    );
  });
});

describe('tour steps with speaker notes and questions', () => {
  const text = [
    'tours:',
    '  recall:',
    '    title: Name it',
    '    quiz: true',
    '    steps:',
    '      - Pod',
    '      - concept: ReplicaSet',
    '        notes: |',
    '          Ask who has scaled one by hand.',
    '          Then show the label selector.',
    '      - { concept: Service, quiz: false }',
    '      - { concept: Sidecar, notes: "  " }',
  ].join('\n');

  test('a step may be a mapping { concept, notes, quiz }; a tour may be a quiz', () => {
    const { companion, diagnostics } = parse(text);
    expect(diagnostics).toEqual([]);
    const [tour] = companion.tours;
    expect(tour!.quiz).toBe(true);
    expect(tour!.steps).toEqual([
      { name: 'Pod', path: 'tours.recall.steps[0]', line: 6 },
      {
        name: 'ReplicaSet',
        path: 'tours.recall.steps[1].concept',
        line: 7,
        notes: 'Ask who has scaled one by hand.\nThen show the label selector.',
      },
      { name: 'Service', path: 'tours.recall.steps[2].concept', line: 11, quiz: false },
      // Blank notes are no notes.
      { name: 'Sidecar', path: 'tours.recall.steps[3].concept', line: 12 },
    ]);
  });

  test('the graph’s tour keeps the steps as ids and what is said of them beside', () => {
    const graph = apply(text);
    expect(graph.tours).toEqual([
      {
        name: 'recall',
        title: 'Name it',
        quiz: true,
        steps: ['pod', 'replicaset', 'service', 'sidecar'],
        stepDetails: [
          {
            step: 'replicaset',
            notes: 'Ask who has scaled one by hand.\nThen show the label selector.',
          },
          { step: 'service', quiz: false },
        ],
      },
    ]);
  });

  test('a step question on its own, without a quiz tour', () => {
    const graph = apply('tours:\n  t:\n    steps: [Pod, { concept: Service, quiz: true }]\n');
    expect(graph.tours[0]).toEqual({
      name: 't',
      title: 't',
      steps: ['pod', 'service'],
      stepDetails: [{ step: 'service', quiz: true }],
    });
  });

  test('mistakes in a step drop that step only, at its line', () => {
    const { companion, diagnostics } = parse(
      [
        'tours:',
        '  t:',
        '    quiz: yes please',
        '    steps:',
        '      - { concept: Pod, note: typo }',
        '      - { notes: no concept }',
        '      - { concept: Service, quiz: 1 }',
        '      - Sidecar',
      ].join('\n'),
    );
    expect(brief(diagnostics)).toEqual([
      '3: error: tours.t.quiz: expected true or false, got the text "yes please"',
    ]);
    expect(companion.tours).toEqual([]);

    const steps = parse(
      [
        'tours:',
        '  t:',
        '    steps:',
        '      - { concept: Pod, note: typo }',
        '      - { notes: no concept }',
        '      - { concept: Service, quiz: 1 }',
        '      - Sidecar',
      ].join('\n'),
    );
    expect(brief(steps.diagnostics)).toEqual([
      '4: error: tours.t.steps[0].note: unknown key; expected one of concept, notes, quiz',
      '5: error: tours.t.steps[1].concept: expected a concept name (string), got nothing (the key is missing)',
      '6: error: tours.t.steps[2].quiz: expected true or false, got a number',
    ]);
    expect(steps.companion.tours[0]!.steps.map((step) => step.name)).toEqual(['Sidecar']);
  });
});

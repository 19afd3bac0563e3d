import { expect, test } from 'vitest';
import { neighbourhood } from '../../../src/ui/ConceptMap/neighbourhood';
import { resolveNode } from '../../../src/ui/MapScreen/resolve-node';
import { groupRelations } from '../../../src/ui/NodePanel/relations';
import { closestMatches } from '../../../src/ui/NotFound/closest';
import { outlineGroups } from '../../../src/ui/Outline/outline-groups';
import { edge, id } from '../../component/fixtures/build';
import { kubernetesMini } from '../../component/fixtures/kubernetes-mini';

const chain = [
  edge('a', 'b', 'nesting'),
  edge('b', 'c', 'mentions'),
  edge('c', 'd', 'extra', 'uses'),
];

test.each([
  ['a', 1, ['a', 'b']],
  ['a', 2, ['a', 'b', 'c']],
  ['c', 1, ['b', 'c', 'd']], // both directions
  ['d', 2, ['b', 'c', 'd']],
  ['z', 1, ['z']], // a node without edges is alone
] as const)('neighbourhood(%s, %s)', (center, depth, expected) => {
  expect(neighbourhood(chain, id(center), depth)).toEqual(new Set(expected));
});

test('no centre or depth "all" means no filter', () => {
  expect(neighbourhood(chain, null, 1)).toBeNull();
  expect(neighbourhood(chain, id('a'), 'all')).toBeNull();
});

test('relations read each edge from the node’s end: what it builds on first, then what uses it', () => {
  const edges = [
    ...chain,
    edge('x', 'b', 'mentions'),
    edge('b', 'e', 'extra', 'runs on'),
    edge('b', 'b', 'mentions'),
  ];
  const summary = (node: string) =>
    groupRelations(id(node), edges).map(({ key, relation, nodes, edges: through }) => ({
      key,
      relation,
      nodes,
      through: through.map((edge) => edge.id),
    }));
  expect(summary('b')).toEqual([
    {
      key: 'mentions:in',
      relation: { kind: 'mentions', incoming: true },
      nodes: ['x'],
      through: ['mentions:x->b'],
    },
    {
      key: 'mentions:out',
      relation: { kind: 'mentions', incoming: false },
      nodes: ['c'],
      through: ['mentions:b->c'],
    },
    {
      key: 'extra:out:runs on',
      relation: { kind: 'extra', label: 'runs on', incoming: false },
      nodes: ['e'],
      through: ['extra:b->e'],
    },
    {
      key: 'nesting:in',
      relation: { kind: 'nesting', incoming: true },
      nodes: ['a'],
      through: ['nesting:a->b'],
    },
  ]);
  expect(summary('d')).toEqual([
    {
      key: 'extra:in:uses',
      relation: { kind: 'extra', label: 'uses', incoming: true },
      nodes: ['c'],
      through: ['extra:c->d'],
    },
  ]);
});

test.each([
  [null, 'none', null],
  ['pod', 'found', 'pod'],
  ['Pod', 'redirect', 'pod'],
  ['Ｐｏｄ', 'redirect', 'pod'],
  ['Svc', 'redirect', 'service'],
  ['svc', 'redirect', 'service'],
  ['..', 'missing', null],
  ['pod/../service', 'missing', null],
])('resolveNode(%s) is %s', (asked, kind, nodeId) => {
  const resolution = resolveNode(kubernetesMini, asked);
  expect(resolution.kind).toBe(kind);
  if ('node' in resolution) expect(resolution.node.id).toBe(nodeId);
});

test('closest matches: prefixes, substrings, then small edit distances', () => {
  const candidates = kubernetesMini.nodes.map((node) => ({ id: node.id, label: node.label }));
  const labels = (asked: string) => closestMatches(asked, candidates).map((c) => c.label);
  expect(labels('podd')).toEqual(['Pod']);
  expect(labels('serivce')).toEqual(['Service']);
  expect(labels('ingres')[0]).toBe('Ingress');
  expect(labels('用語')).toEqual(['用語的なもの']);
  expect(labels('qqqqqqqq')).toEqual([]);
  expect(labels('')).toEqual([]);
  expect(labels('x'.repeat(10_000))).toEqual([]);
});

test('the outline groups concepts by section path in reading order', () => {
  expect(
    outlineGroups(kubernetesMini.nodes).map((group) => [
      group.path.join('/'),
      group.nodes.map((node) => node.id),
    ]),
  ).toEqual([
    ['', ['kubernetes関連メモ', '用語的なもの']],
    ['用語的なもの', ['pod', 'service', 'deployment', 'ingress']],
  ]);
});

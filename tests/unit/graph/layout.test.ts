import { seedNotesText } from '../../support/seed';
import { beforeAll, describe, expect, test } from 'vitest';
import { frameBox } from '../../../src/graph/camera';
import type { Positions } from '../../../src/graph/concept-map-handle';
import { toElements } from '../../../src/graph/elements';
import { LABEL_FONT, measureLabel } from '../../../src/graph/label-metrics';
import { computeLayout } from '../../../src/graph/layout/experiment-fcose';
import type { ConceptGraph } from '../../../src/notes/concepts/model';
import { buildMap } from '../../../src/notes/pipeline';
import { smallGraph } from './small-graph';

const seed: ConceptGraph = buildMap({
  mapId: 'kubernetes',
  notes: { file: 'data/kubernetes.rst', text: seedNotesText() },
});

interface Box {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

function boxes(graph: ConceptGraph, positions: Positions, part: 'label' | 'node'): Box[] {
  return toElements(graph, positions).nodes.map(({ data }) => {
    const { x, y } = positions[data.id]!;
    const label = measureLabel(data.label, data.kind);
    const width = part === 'node' ? data.width : label.textWidth;
    const height = part === 'node' ? data.height : label.textHeight;
    return {
      id: data.id,
      x1: x - width / 2,
      y1: y - height / 2,
      x2: x + width / 2,
      y2: y + height / 2,
    };
  });
}

function overlappingPairs(list: Box[]): string[] {
  const pairs: string[] = [];
  for (const [i, a] of list.entries()) {
    for (const b of list.slice(i + 1)) if (overlaps(a, b)) pairs.push(`${a.id} / ${b.id}`);
  }
  return pairs;
}

describe('the seed map laid out', () => {
  let positions: Positions;
  beforeAll(async () => {
    positions = await computeLayout(seed);
  });

  test('every concept has a position, in whole pixels', () => {
    expect(Object.keys(positions).sort()).toEqual(seed.nodes.map((node) => node.id).sort());
    for (const { x, y } of Object.values(positions)) {
      expect(Number.isInteger(x) && Number.isInteger(y)).toBe(true);
    }
  });

  test('no two labels overlap, nor do the nodes drawn around them', () => {
    expect(overlappingPairs(boxes(seed, positions, 'label'))).toEqual([]);
    expect(overlappingPairs(boxes(seed, positions, 'node'))).toEqual([]);
  });

  test('chains read top to bottom: Pod → ReplicaSet → Deployment, Service → Ingress → Ingress Controller', () => {
    const y = (id: string) => positions[id]!.y;
    expect(y('pod')).toBeLessThan(y('replicaset'));
    expect(y('replicaset')).toBeLessThan(y('deployment'));
    expect(y('service')).toBeLessThan(y('ingress'));
    expect(y('ingress')).toBeLessThan(y('ingress-controller'));
  });

  test("Istio's parts sit close around it, below it", () => {
    const istio = positions['istio']!;
    for (const part of ['envoy', 'pilot', 'mixer', 'istio-auth']) {
      expect(positions[part]!.y).toBeGreaterThan(istio.y);
      expect(Math.hypot(positions[part]!.x - istio.x, positions[part]!.y - istio.y)).toBeLessThan(
        350,
      );
    }
  });

  // The map pane is the whole window, or what the node panel leaves of it (about 830×740).
  test.each([
    [1280, 800, 11],
    [830, 740, 9],
  ])('fitted in a %i×%i pane, term labels are drawn at least %ipx high', (width, height, px) => {
    const all = boxes(seed, positions, 'node');
    const bounds = {
      x1: Math.min(...all.map((b) => b.x1)),
      y1: Math.min(...all.map((b) => b.y1)),
      x2: Math.max(...all.map((b) => b.x2)),
      y2: Math.max(...all.map((b) => b.y2)),
    };
    const { zoom } = frameBox(bounds, { width, height }, 40, { min: 0.1, max: 1.5 });
    expect(LABEL_FONT.term.size * zoom).toBeGreaterThanOrEqual(px);
  });

  test('the same notes give the same positions every time', async () => {
    expect(await computeLayout(seed)).toEqual(positions);
  });
});

test('an empty map has no positions', async () => {
  expect(await computeLayout({ ...smallGraph(), nodes: [], edges: [] })).toEqual({});
});

test('a small map: a concept stands above the one that mentions it', async () => {
  const positions = await computeLayout(smallGraph());
  expect(positions['pod']!.y).toBeLessThan(positions['replicaset']!.y);
  expect(positions['small-notes']!.y).toBeLessThan(positions['terms']!.y);
});

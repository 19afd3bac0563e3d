import { afterAll, describe, expect, test } from 'vitest';
import { generateNotes } from '../../../bench/generate-notes';
import { toElements } from '../../../src/graph/elements';
import { computeLayout } from '../../../src/graph/layout';
import { compact } from '../../../src/graph/layout/compact';
import { drawingOf } from '../../../src/graph/layout/drawing';
import { createForceEngine, type ForceEngine } from '../../../src/graph/layout/force';
import { boxAround, centreOf, exitPoint, type Point } from '../../../src/graph/layout/geometry';
import { Grid } from '../../../src/graph/layout/grid';
import { rebuildContainers, runLevelsHere } from '../../../src/graph/layout/hierarchy';
import { measureDrawing } from '../../../src/graph/layout/quality';
import { routeAround, type RouteInput } from '../../../src/graph/layout/routes';
import { buildMap } from '../../../src/notes/pipeline';
import { createLayoutPool } from '../../../src/site/layout-pool';

// The parts of the layout (issue 9 "a layout that stays put", issue 15 "a layout that scales").

const PATIENT = { timeout: 120_000 };

describe('compaction', () => {
  const items = [
    { id: 'a', width: 100, height: 40 },
    { id: 'b', width: 60, height: 40 },
    { id: 'c', width: 80, height: 30 },
  ];

  test('closes the empty space between items beside each other to the gap', () => {
    const positions = new Map<string, Point>([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 400, y: 10 }],
      ['c', { x: 30, y: 300 }],
    ]);
    compact(items, positions, 16);
    // b shares a's rows: it comes to a's right, 16 px away.
    expect(positions.get('b')!.x - 30 - (positions.get('a')!.x + 50)).toBe(16);
    // c shares a's columns: it comes under a, 16 px away.
    expect(positions.get('c')!.y - 15 - (positions.get('a')!.y + 20)).toBe(16);
  });

  test('keeps the left/right and above/below order, so relations cross as before', () => {
    const positions = new Map<string, Point>([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 400, y: 200 }],
      ['c', { x: 900, y: 100 }],
    ]);
    compact(items, positions, 16);
    const xs = ['a', 'b', 'c'].map((id) => positions.get(id)!.x);
    const ys = ['a', 'c', 'b'].map((id) => positions.get(id)!.y);
    expect(xs).toEqual([...xs].sort((p, q) => p - q));
    expect(ys).toEqual([...ys].sort((p, q) => p - q));
  });
});

describe('routes', () => {
  const box = (x: number, y: number, width = 80, height = 30) => boxAround({ x, y }, width, height);
  const concept = (id: string, x: number, y: number) => ({
    id,
    parent: null,
    box: box(x, y),
    labelBox: box(x, y),
    isContainer: false,
  });
  const input: RouteInput = {
    concepts: [
      concept('a', 0, 0),
      concept('b', 400, 0),
      concept('in-the-way', 200, 0),
      concept('above', 0, -200),
    ],
    edges: [
      { id: 'a-b', source: 'a', target: 'b' },
      { id: 'a-above', source: 'a', target: 'above' },
    ],
  };

  test('bend a relation around the concept in its way, and leave clear ones straight', () => {
    const routes = routeAround(input);
    expect(routes.has('a-above')).toBe(false);
    const bends = routes.get('a-b')!;
    expect(bends.length).toBeGreaterThan(0);
    const boxOf = (id: string) => input.concepts.find((concept) => concept.id === id)!.box;
    const quality = measureDrawing({
      concepts: input.concepts.map((concept) => ({ ...concept, fontSize: 14 })),
      relations: input.edges.map((edge) => {
        const path = routes.get(edge.id) ?? [];
        const from = boxOf(edge.source);
        const to = boxOf(edge.target);
        return {
          ...edge,
          points: [
            exitPoint(from, path[0] ?? centreOf(to)),
            ...path,
            exitPoint(to, path[path.length - 1] ?? centreOf(from)),
          ],
        };
      }),
    });
    expect(quality.underList).toEqual([]);
  });

  test('bend at whole pixels, the same every time', () => {
    const routes = routeAround(input);
    for (const bend of routes.get('a-b')!) {
      expect(Number.isInteger(bend.x) && Number.isInteger(bend.y)).toBe(true);
    }
    expect(routeAround(input)).toEqual(routes);
  });
});

describe('the grid', () => {
  test('finds what lies along a segment, and not what lies away from it', () => {
    const grid = new Grid(50);
    grid.addBox(1, { x1: 95, y1: 95, x2: 105, y2: 105 });
    grid.addBox(2, { x1: 395, y1: 5, x2: 405, y2: 15 });
    grid.addBox(3, { x1: -300, y1: 300, x2: -290, y2: 310 });
    const seen = new Set<number>();
    grid.nearSegment({ x: 0, y: 0 }, { x: 300, y: 300 }, (item) => seen.add(item));
    expect(seen.has(1)).toBe(true);
    expect(seen.has(2) || seen.has(3)).toBe(false);
  });
});

/** An fCoSE engine that remembers the largest level it was given. */
function countingEngine(): ForceEngine & { largest: number; runs: number } {
  const engine = createForceEngine();
  const counting = {
    largest: 0,
    runs: 0,
    place: (...args: Parameters<ForceEngine['place']>) => {
      counting.largest = Math.max(counting.largest, args[0].length);
      counting.runs++;
      return engine.place(...args);
    },
    dispose: () => engine.dispose(),
  };
  return counting;
}

describe('a large map', PATIENT, () => {
  const graph = buildMap({ mapId: 'big', notes: { file: 'big.rst', text: generateNotes(1000) } });
  const engines: ForceEngine[] = [];
  afterAll(() => engines.forEach((engine) => engine.dispose()));

  test(
    'costs what its largest container costs: forces never see more than one level',
    async () => {
      const engine = countingEngine();
      engines.push(engine);
      const layout = await computeLayout(graph, null, { runLevels: runLevelsHere(engine) });
      // 1,000 terms in sections of 5 subsections of 10 terms each: 20 sections at the top.
      expect(engine.largest).toBeLessThanOrEqual(20);
      expect(Object.keys(layout.positions)).toHaveLength(1000);
      // Leaves never overlap.
      const elements = toElements(graph, {});
      const positions = new Map(Object.entries(layout.positions));
      const quality = measureDrawing(
        drawingOf(elements, positions, rebuildContainers(elements, positions)),
      );
      expect(quality.overlaps).toBe(0);
    },
    PATIENT.timeout,
  );

  test(
    'comes out the same laid out in worker threads as in one thread',
    async () => {
      const small = buildMap({
        mapId: 'gen',
        notes: { file: 'gen.rst', text: generateNotes(300) },
      });
      const alone = await computeLayout(small);
      const pool = createLayoutPool(2);
      try {
        expect(await computeLayout(small, null, { runLevels: pool.runLevels })).toEqual(alone);
        // Laid out by the threads indeed, not by this thread after they failed to start.
        expect(pool.inThreads()).toBeGreaterThan(0);
      } finally {
        await pool.close();
      }
    },
    PATIENT.timeout,
  );
});

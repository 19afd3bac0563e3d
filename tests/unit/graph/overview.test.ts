import { beforeAll, describe, expect, test } from 'vitest';
import { drawnElements } from '../../../src/graph/elements';
import { LABEL_LINE_HEIGHT, textWidthPx } from '../../../src/graph/label-metrics';
import {
  DRAWN_BUDGET,
  closedLook,
  containerBoxes,
  isContainer,
  openFor,
  opensOnOverview,
  overviewModel,
  shownAs,
  shownEdges,
  type OverviewModel,
  type View,
} from '../../../src/graph/overview';
import { CONTAINER_PADDING } from '../../../src/graph/style';
import type { ConceptGraph } from '../../../src/notes/concepts/model';
import { buildMap } from '../../../src/notes/pipeline';
import { generateNotes } from '../../../bench/generate-notes';
import { computeLayout } from '../../../src/graph/layout';
import { smallGraph } from './small-graph';

/** 600 generated terms: 12 sections of 5 subsections of 10 terms, mentions across the map. */
let graph: ConceptGraph;
let model: OverviewModel;
const CANVAS = { width: 1000, height: 700 };

beforeAll(async () => {
  graph = buildMap({ mapId: 'big', notes: { file: 'big.rst', text: generateNotes(600, 7) } });
  const { positions } = await computeLayout(graph);
  model = overviewModel(drawnElements(graph), positions);
});

const sections = () => model.childrenOf.get(null)!;

/** The camera that shows `box` filling the canvas. */
function viewOf(id: string, share = 1): View {
  const box = model.boxes.get(id)!;
  const zoom =
    share * Math.min(CANVAS.width / (box.x2 - box.x1), CANVAS.height / (box.y2 - box.y1));
  return {
    zoom,
    pan: {
      x: CANVAS.width / 2 - (zoom * (box.x1 + box.x2)) / 2,
      y: CANVAS.height / 2 - (zoom * (box.y1 + box.y2)) / 2,
    },
    ...CANVAS,
  };
}

/** The camera that shows the whole map. */
function wholeView(): View {
  const boxes = sections().map((id) => model.boxes.get(id)!);
  const x1 = Math.min(...boxes.map((b) => b.x1));
  const y1 = Math.min(...boxes.map((b) => b.y1));
  const x2 = Math.max(...boxes.map((b) => b.x2));
  const y2 = Math.max(...boxes.map((b) => b.y2));
  const zoom = Math.min(CANVAS.width / (x2 - x1), CANVAS.height / (y2 - y1));
  return {
    zoom,
    pan: {
      x: CANVAS.width / 2 - (zoom * (x1 + x2)) / 2,
      y: CANVAS.height / 2 - (zoom * (y1 + y2)) / 2,
    },
    ...CANVAS,
  };
}

describe('which maps open on their overview', () => {
  test('a big map does, the seed-sized one does not', () => {
    expect(opensOnOverview(graph)).toBe(true);
    expect(opensOnOverview(smallGraph())).toBe(false);
  });
});

describe('the model of a map', () => {
  test('its top level is its sections, and each counts what it holds at any depth', () => {
    expect(sections()).toHaveLength(12);
    expect(sections().every((id) => isContainer(model, id))).toBe(true);
    // 50 terms in 5 subsections: 55 concepts.
    expect(sections().map((id) => model.counts.get(id))).toEqual(Array(12).fill(55));
  });

  test("a container's box holds what it holds, with its padding and its name above", () => {
    for (const section of sections()) {
      const box = model.boxes.get(section)!;
      const name = model.elements.node(section).data;
      for (const child of model.childrenOf.get(section)!) {
        const inner = model.boxes.get(child)!;
        expect(inner.x1).toBeGreaterThanOrEqual(box.x1 + CONTAINER_PADDING - 0.001);
        expect(inner.x2).toBeLessThanOrEqual(box.x2 - CONTAINER_PADDING + 0.001);
        expect(inner.y1).toBeGreaterThanOrEqual(
          box.y1 + CONTAINER_PADDING + name.fontSize * LABEL_LINE_HEIGHT - 0.001,
        );
        expect(inner.y2).toBeLessThanOrEqual(box.y2 - CONTAINER_PADDING + 0.001);
      }
    }
  });

  test("the build's boxes are used as they are when given", () => {
    const elements = drawnElements(graph);
    const boxes = containerBoxes(elements, model.positions);
    const moved = Object.fromEntries(
      Object.entries(boxes).map(([id, box]) => [id, { ...box, x1: box.x1 - 1 }]),
    );
    const given = overviewModel(elements, model.positions, moved);
    expect(given.boxes.get(sections()[0]!)!.x1).toBe(boxes[sections()[0]!]!.x1 - 1);
  });
});

describe('what stands for a concept', () => {
  test('the outermost closed container around it, or itself when all around it is open', () => {
    const section = sections()[3]!;
    const subsection = model.childrenOf.get(section)![2]!;
    const term = model.childrenOf.get(subsection)![4]!;
    expect(shownAs(model, new Set(), term)).toBe(section);
    expect(shownAs(model, new Set([section]), term)).toBe(subsection);
    expect(shownAs(model, new Set([section, subsection]), term)).toBe(term);
    expect(shownAs(model, new Set(), section)).toBe(section);
  });
});

describe('the relations drawn', () => {
  test('between closed containers: gathered and counted, each container keeping its strongest 3', () => {
    const edges = shownEdges(model, new Set());
    expect(edges.every((edge) => 'gathered' in edge.data)).toBe(true);
    const degree = new Map<string, number>();
    for (const { data } of edges) {
      for (const end of [data.source, data.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    }
    // A container is an end of its own strongest 3 and of others' that keep it.
    expect(Math.min(...degree.values())).toBeGreaterThanOrEqual(1);
    expect(edges.length).toBeLessThanOrEqual(12 * 3);
    const counted = edges.reduce((sum, { data }) => sum + ('count' in data ? data.count : 0), 0);
    expect(counted).toBeGreaterThan(edges.length);
  });

  test('between shown concepts: themselves; from a shown concept into a closed container: none', () => {
    const open = new Set([sections()[0]!, ...model.childrenOf.get(sections()[0]!)!]);
    const shown = new Set([...open].flatMap((id) => model.childrenOf.get(id) ?? []));
    const edges = shownEdges(model, open);
    const direct = edges.filter((edge) => !('gathered' in edge.data));
    const expected = model.elements.edges.filter(
      (edge) => shown.has(edge.data.source) && shown.has(edge.data.target),
    );
    expect(direct.map((edge) => edge.data.id)).toEqual(expected.map((edge) => edge.data.id));
    for (const { data } of edges.filter((edge) => 'gathered' in edge.data)) {
      expect(open.has(data.source) || open.has(data.target)).toBe(false);
      expect(shown.has(data.source) || shown.has(data.target)).toBe(false);
    }
  });

  test('a map with everything open draws exactly its own relations', () => {
    const all = new Set(model.boxes.keys());
    expect(shownEdges(model, all).map((edge) => edge.data.id)).toEqual(
      model.elements.edges.map((edge) => edge.data.id),
    );
  });
});

describe('which containers are open for a camera', () => {
  test('the whole map: none (its names are what can be read)', () => {
    expect(openFor(model, wholeView(), new Set(), new Set()).size).toBe(0);
  });

  test('zoomed into one section: that section and what it holds open, far ones stay closed', () => {
    const section = sections()[5]!;
    const open = openFor(model, viewOf(section), new Set(), new Set());
    expect(open.has(section)).toBe(true);
    expect(model.childrenOf.get(section)!.every((id) => open.has(id))).toBe(true);
    const far = sections().filter((id) => {
      const view = viewOf(section);
      const box = model.boxes.get(id)!;
      const x1 = box.x1 * view.zoom + view.pan.x;
      const x2 = box.x2 * view.zoom + view.pan.x;
      const y1 = box.y1 * view.zoom + view.pan.y;
      const y2 = box.y2 * view.zoom + view.pan.y;
      return (
        x2 < -CANVAS.width || x1 > 2 * CANVAS.width || y2 < -CANVAS.height || y1 > 2 * CANVAS.height
      );
    });
    expect(far.length).toBeGreaterThan(0);
    expect(far.some((id) => open.has(id))).toBe(false);
  });

  test('what the reader asked for stays open wherever the camera is', () => {
    const section = sections()[9]!;
    const subsection = model.childrenOf.get(section)![1]!;
    // Even with no budget left for anything else.
    const open = openFor(model, wholeView(), new Set(), new Set([section, subsection]), 0);
    expect([...open].sort()).toEqual([section, subsection].sort());
  });

  test('an open container stays open a little further out than a closed one opens', () => {
    const section = sections()[2]!;
    // Just under the share of the canvas that opens a closed container.
    const view = viewOf(section, 0.35);
    expect(openFor(model, view, new Set(), new Set()).has(section)).toBe(false);
    expect(openFor(model, view, new Set([section]), new Set()).has(section)).toBe(true);
  });

  test('never more concepts drawn than the budget, unless pinned', () => {
    const view = { ...wholeView(), zoom: 1 };
    const open = openFor(model, view, new Set(), new Set(), 40);
    const drawn =
      sections().length + [...open].reduce((sum, id) => sum + model.childrenOf.get(id)!.length, 0);
    expect(drawn).toBeLessThanOrEqual(40);
    expect(DRAWN_BUDGET).toBeGreaterThan(1000);
  });
});

describe('a closed container', () => {
  test('shows its name and count as large as the box allows, never smaller than its name', () => {
    const box = { x1: 0, y1: 0, x2: 1200, y2: 700 };
    const look = closedLook('セクション1', 55, box, 18);
    expect(look.label).toBe('セクション1\n(55)');
    expect(look.fontSize).toBeGreaterThan(18);
    expect(textWidthPx('セクション1', look.fontSize, true)).toBeLessThanOrEqual(
      1200 - 2 * CONTAINER_PADDING,
    );
    expect(closedLook('セクション1', 55, { x1: 0, y1: 0, x2: 60, y2: 40 }, 18).fontSize).toBe(18);
  });
});

/**
 * The layout engines compared by bench/layout-compare.ts, each given the same drawn map (the
 * same boxes, the same relations, containers as compound nodes) and returning where each leaf
 * goes; containers are then drawn around their contents exactly as the app draws them.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk.bundled.js';
import { toElements, type MapElements } from '../../src/graph/elements';
import { computeLayout } from '../../src/graph/layout';
import type { Point } from '../../src/graph/layout/geometry';
import type { MapLayout } from '../../src/graph/map-bundle';
import { LABEL_LINE_HEIGHT } from '../../src/graph/label-metrics';
import { CONTAINER_PADDING } from '../../src/graph/style';
import type { ConceptGraph } from '../../src/notes/concepts/model';

cytoscape.use(fcose);

interface EngineResult {
  /** Leaf centres. */
  positions: Map<string, Point>;
  /** Bends of routed relations, for an engine that routes. */
  routes: Map<string, Point[]>;
  /** What to give the engine after an edit, if it can lay out incrementally. */
  previous: MapLayout;
}

export interface Engine {
  /** For file names. */
  key: string;
  name: string;
  /** How the engine takes an edit: `incremental` from its previous result, or `afresh`. */
  edits: 'incremental' | 'afresh';
  layout(graph: ConceptGraph, previous: MapLayout | null): Promise<EngineResult>;
}

const toMap = (record: MapLayout['positions']) => new Map(Object.entries(record));

const musubi: Engine = {
  key: 'musubi',
  name: 'Musubi (fCoSE per level, annealing, routes)',
  edits: 'incremental',
  async layout(graph, previous) {
    const layout = await computeLayout(graph, previous);
    return {
      positions: toMap(layout.positions),
      routes: new Map(Object.entries(layout.routes ?? {}).map(([id, bends]) => [id, [...bends]])),
      previous: layout,
    };
  },
};

/** The id an engine sees: concept ids are the notes' words (`__proto__` breaks some engines). */
const engineId = (index: number) => `n${index}`;

/** The name band on top of a container, as style.ts draws it. */
function bandOf(data: MapElements['nodes'][number]['data']): number {
  return data.wrapped.split('\n').length * data.fontSize * LABEL_LINE_HEIGHT;
}

function containerIds(elements: MapElements): Set<string> {
  return new Set(elements.nodes.flatMap(({ data }) => (data.parent ? [data.parent] : [])));
}

function elkEngine(key: string, name: string, options: Record<string, string>): Engine {
  const elk = new ELK();
  return {
    key,
    name,
    edits: 'afresh',
    async layout(graph) {
      const elements = toElements(graph, {});
      const containers = containerIds(elements);
      const indexOf = new Map(elements.nodes.map(({ data }, index) => [data.id, index]));
      const byId = new Map<string, ElkNode>();
      const roots: ElkNode[] = [];
      elements.nodes.forEach(({ data }, index) => {
        const node: ElkNode = containers.has(data.id)
          ? {
              id: engineId(index),
              children: [],
              layoutOptions: {
                'elk.padding': `[top=${CONTAINER_PADDING + bandOf(data)},left=${CONTAINER_PADDING},bottom=${CONTAINER_PADDING},right=${CONTAINER_PADDING}]`,
                'elk.nodeSize.constraints': '[MINIMUM_SIZE]',
                'elk.nodeSize.minimum': `(${data.width}, ${bandOf(data)})`,
              },
            }
          : { id: engineId(index), width: data.width, height: data.height };
        byId.set(data.id, node);
        const parent = data.parent ? byId.get(data.parent) : undefined;
        if (parent) parent.children!.push(node);
        else roots.push(node);
      });
      const result = await elk.layout({
        id: 'root',
        layoutOptions: {
          'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
          'elk.randomSeed': '1',
          'elk.spacing.nodeNode': '16',
          'elk.aspectRatio': '1.2',
          ...options,
        },
        children: roots,
        edges: elements.edges.map(({ data }, index) => ({
          id: `e${index}`,
          sources: [engineId(indexOf.get(data.source)!)],
          targets: [engineId(indexOf.get(data.target)!)],
        })),
      });
      const positions = new Map<string, Point>();
      const walk = (node: ElkNode, x: number, y: number) => {
        for (const child of node.children ?? []) {
          const cx = x + (child.x ?? 0);
          const cy = y + (child.y ?? 0);
          const id = elements.nodes[Number(child.id.slice(1))]!.data.id;
          if (containers.has(id)) walk(child, cx, cy);
          else {
            positions.set(id, {
              x: Math.round(cx + (child.width ?? 0) / 2),
              y: Math.round(cy + (child.height ?? 0) / 2),
            });
          }
        }
      };
      walk(result, 0, 0);
      return { positions, routes: new Map(), previous: { positions: {} } };
    },
  };
}

const elkLayered = elkEngine('elk-layered', 'ELK layered (INCLUDE_CHILDREN, down)', {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.layered.spacing.nodeNodeBetweenLayers': '30',
});

const elkStress = elkEngine('elk-stress', 'ELK stress (INCLUDE_CHILDREN)', {
  'elk.algorithm': 'stress',
  'elk.stress.desiredEdgeLength': '80',
});

/**
 * fCoSE on the whole compound graph at once (containers as Cytoscape compound nodes). After an
 * edit it starts from its previous result (`randomize: false`), fCoSE's incremental mode.
 */
const fcoseCompound: Engine = {
  key: 'fcose-compound',
  name: 'fCoSE, whole compound graph',
  edits: 'incremental',
  layout(graph, previous) {
    const elements = toElements(graph, {});
    const containers = containerIds(elements);
    const indexOf = new Map(elements.nodes.map(({ data }, index) => [data.id, index]));
    const known = previous?.positions ?? {};
    const incremental = Object.keys(known).length > 0;
    const startOf = (id: string): Point => {
      const at = known[id];
      if (at) return { ...at };
      // A new concept starts where what it relates to is.
      const around = elements.edges
        .filter(({ data }) => data.source === id || data.target === id)
        .map(({ data }) => known[data.source === id ? data.target : data.source])
        .filter((point): point is Point => point !== undefined);
      if (around.length === 0) return { x: 0, y: 0 };
      return {
        x: around.reduce((sum, p) => sum + p.x, 0) / around.length,
        y: around.reduce((sum, p) => sum + p.y, 0) / around.length,
      };
    };
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [
        {
          selector: 'node',
          style: {
            width: 'data(width)',
            height: 'data(height)',
            shape: 'rectangle',
            padding: `${CONTAINER_PADDING}px`,
          },
        },
      ],
      elements: [
        ...elements.nodes.map(({ data }, index) => ({
          group: 'nodes' as const,
          data: {
            id: engineId(index),
            ...(data.parent ? { parent: engineId(indexOf.get(data.parent)!) } : {}),
            width: data.width,
            height: data.height,
          },
          ...(containers.has(data.id) ? {} : { position: startOf(data.id) }),
        })),
        ...elements.edges.map(({ data }, index) => ({
          group: 'edges' as const,
          data: {
            id: `e${index}`,
            source: engineId(indexOf.get(data.source)!),
            target: engineId(indexOf.get(data.target)!),
          },
        })),
      ],
    });
    const random = Math.random;
    Math.random = seeded(1);
    try {
      cy.layout({
        name: 'fcose',
        quality: 'proof',
        randomize: !incremental,
        animate: false,
        fit: false,
        nodeDimensionsIncludeLabels: false,
        packComponents: false,
        idealEdgeLength: () => 50,
        nodeRepulsion: () => 4500,
      } as cytoscape.LayoutOptions).run();
      const positions = new Map<string, Point>();
      elements.nodes.forEach(({ data }, index) => {
        if (containers.has(data.id)) return;
        const { x, y } = cy.getElementById(engineId(index)).position();
        positions.set(data.id, { x: Math.round(x), y: Math.round(y) });
      });
      return Promise.resolve({
        positions,
        routes: new Map(),
        previous: { positions: Object.fromEntries(positions) },
      });
    } finally {
      Math.random = random;
      cy.destroy();
    }
  },
};

/** mulberry32, as the layout's own engine. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const ENGINES: readonly Engine[] = [musubi, elkLayered, elkStress, fcoseCompound];

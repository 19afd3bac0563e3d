/**
 * Keeps Cytoscape's elements in step with the containers that are open (overview.ts): an open
 * container is a compound node holding its concepts, a closed one a single box with its name and
 * count; the relations are those shownEdges() draws. Only what changes is added or removed, in
 * one batch, and new elements are made with the classes the map's state gives them (selection,
 * filters, study colours), so nothing else is restyled.
 *
 * A small map is drawn with every container open, once; a big map (opensOnOverview) opens and
 * closes containers as the camera moves (`follow`), and keeps open whatever holds something the
 * reader asked for (`pin`).
 */
import type { Collection, Core, ElementDefinition } from 'cytoscape';
import type { Positions } from './concept-map-handle';
import {
  closedLookOf,
  isContainer,
  openFor,
  shownEdges,
  type OverviewModel,
  type ShownEdge,
  type View,
} from './overview';
import { MAP_CLASSES } from './style';

/** How often the open containers follow a moving camera, at most (milliseconds). */
const FOLLOW_EVERY_MS = 120;

export interface LevelOfDetail {
  /** The containers open now. */
  readonly open: ReadonlySet<string>;
  /** What stands for `id` on the map now (itself, or the closed container it is in). */
  shownAs(id: string): string;
  /** Keep the containers around `ids` open, under `reason` (replacing what it pinned before). */
  pin(reason: string, ids: Iterable<string>): void;
  /** Open and close containers for the camera as it is now; true if anything changed. */
  update(): boolean;
  /** Where a leaf is drawn when its container opens (after the reader dragged it). */
  moved: Map<string, { x: number; y: number }>;
  /** Stop following the camera. */
  stop(): void;
}

export interface LevelOfDetailOptions {
  cy: Core;
  model: OverviewModel;
  positions: Positions;
  /** Whether containers open and close as the camera moves (a big map), or all stay open. */
  follows: boolean;
  /** The classes a new element gets from the map's state (`closed` is added here). */
  classesOf(id: string, group: 'nodes' | 'edges', data: Record<string, unknown>): string[];
  /** Called after containers opened or closed (new elements may need the highlight). */
  onChange(added: Collection): void;
}

/** The initial elements for `open`, and the handle that changes them later. */
export function initialElements(
  model: OverviewModel,
  positions: Positions,
  open: ReadonlySet<string>,
  classesOf: LevelOfDetailOptions['classesOf'],
  moved?: ReadonlyMap<string, { x: number; y: number }>,
): ElementDefinition[] {
  const nodes: ElementDefinition[] = [];
  const visit = (container: string | null) => {
    for (const id of model.childrenOf.get(container) ?? []) {
      nodes.push(nodeElement(model, positions, open, id, classesOf, moved));
      if (open.has(id)) visit(id);
    }
  };
  visit(null);
  const edges = shownEdges(model, open).map((edge) => edgeElement(edge, classesOf));
  return [...nodes, ...edges];
}

export function createLevelOfDetail(
  options: LevelOfDetailOptions,
  open: Set<string>,
): LevelOfDetail {
  const { cy, model, positions, follows, classesOf } = options;
  const pins = new Map<string, Set<string>>();
  const moved = new Map<string, { x: number; y: number }>();
  // What stands for each concept, for the open containers as they are (cleared when they change).
  const shown = new Map<string, string>();

  const pinned = (): Set<string> => {
    const all = new Set<string>();
    for (const set of pins.values()) for (const id of set) all.add(id);
    return all;
  };

  const view = (): View => ({
    zoom: cy.zoom(),
    pan: { ...cy.pan() },
    width: cy.width(),
    height: cy.height(),
  });

  const apply = (next: Set<string>): boolean => {
    const closing = [...open].filter((id) => !next.has(id));
    const opening = [...next].filter((id) => !open.has(id));
    if (closing.length === 0 && opening.length === 0) return false;
    let added = cy.collection();
    cy.batch(() => {
      // Deepest first, so a container's insides are gone before it closes.
      for (const id of closing.sort((a, b) => depth(b) - depth(a))) {
        open.delete(id);
        const node = cy.getElementById(id);
        if (node.empty()) continue;
        cy.remove(node.descendants());
        const box = model.boxes.get(id)!;
        node.data(closedData(model, id));
        node.addClass(MAP_CLASSES.closed);
        node.position({ x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 });
      }
      // Shallowest first, so every container exists before what it holds is added into it (one
      // `add` for all of them: a collection made per container costs more than the drawing).
      const inserted: ElementDefinition[] = [];
      const insertedIds = new Set<string>();
      for (const id of opening.sort((a, b) => depth(a) - depth(b))) {
        const node = cy.getElementById(id);
        const isNew = insertedIds.has(id);
        if (node.empty() && !isNew) continue;
        open.add(id);
        if (!isNew) {
          node.removeClass(MAP_CLASSES.closed);
          node.data(openData(model, id));
        }
        for (const child of model.childrenOf.get(id) ?? []) {
          inserted.push(nodeElement(model, positions, next, child, classesOf, moved));
          insertedIds.add(child);
        }
      }
      added = cy.add(inserted);
      shown.clear();
      added = added.union(syncEdges());
    });
    options.onChange(added);
    return true;
  };

  const depth = (id: string) => model.ancestors(id).length;

  /** Adds the edges now shown and removes those no longer shown; returns the added ones. */
  const syncEdges = (): Collection => {
    const wanted = new Map<string, ShownEdge>(
      shownEdges(model, open).map((edge) => [edge.data.id, edge]),
    );
    const stale = cy.edges().filter((edge) => {
      const want = wanted.get(edge.id());
      if (!want) return true;
      wanted.delete(edge.id());
      // A gathered edge whose count changed keeps its element.
      if ('count' in want.data && edge.data('count') !== want.data.count) {
        edge.data('count', want.data.count);
      }
      return false;
    });
    cy.remove(stale);
    return cy.add([...wanted.values()].map((edge) => edgeElement(edge, classesOf)));
  };

  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = 0;
  const update = () => apply(openFor(model, view(), open, pinned()));
  const onViewport = () => {
    const now = performance.now();
    if (timer !== null) return;
    const wait = Math.max(0, FOLLOW_EVERY_MS - (now - last));
    timer = setTimeout(() => {
      timer = null;
      last = performance.now();
      update();
    }, wait);
  };
  if (follows) cy.on('viewport', onViewport);

  return {
    open,
    shownAs(id) {
      let rep = shown.get(id);
      if (rep === undefined) {
        rep = id;
        for (const container of model.ancestors(id)) {
          if (!open.has(container)) {
            rep = container;
            break;
          }
        }
        shown.set(id, rep);
      }
      return rep;
    },
    pin(reason, ids) {
      const containers = new Set<string>();
      for (const id of ids) {
        for (const container of model.ancestors(id)) containers.add(container);
        // A pinned container itself opens too (a section selected shows what it holds).
        if (isContainer(model, id) && follows) containers.add(id);
      }
      if (containers.size === 0) pins.delete(reason);
      else pins.set(reason, containers);
    },
    update() {
      if (!follows) return false;
      return update();
    },
    moved,
    stop() {
      if (timer !== null) clearTimeout(timer);
      cy.off('viewport', onViewport);
    },
  };
}

function openData(model: OverviewModel, id: string): Record<string, unknown> {
  const { data } = model.elements.node(id);
  return { ...data, closedCount: undefined };
}

function closedData(model: OverviewModel, id: string): Record<string, unknown> {
  const { data } = model.elements.node(id);
  const box = model.boxes.get(id)!;
  const count = model.counts.get(id) ?? 0;
  const look = closedLookOf(model, id);
  return {
    ...data,
    wrapped: look.label,
    fontSize: look.fontSize,
    width: box.x2 - box.x1,
    height: box.y2 - box.y1,
    closedCount: count,
  };
}

function nodeElement(
  model: OverviewModel,
  positions: Positions,
  open: ReadonlySet<string>,
  id: string,
  classesOf: LevelOfDetailOptions['classesOf'],
  moved?: ReadonlyMap<string, { x: number; y: number }>,
): ElementDefinition {
  if (isContainer(model, id)) {
    if (open.has(id)) {
      const element = model.elements.node(id);
      return { ...element, classes: classesOf(id, 'nodes', element.data) };
    }
    const box = model.boxes.get(id)!;
    const data = closedData(model, id);
    return {
      group: 'nodes',
      data,
      position: { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 },
      classes: [...classesOf(id, 'nodes', data), MAP_CLASSES.closed],
    };
  }
  const element = model.elements.node(id, moved?.get(id) ?? positions[id]);
  return { ...element, classes: classesOf(id, 'nodes', element.data) };
}

function edgeElement(edge: ShownEdge, classesOf: LevelOfDetailOptions['classesOf']) {
  const gathered = 'gathered' in edge.data;
  return {
    group: 'edges' as const,
    data: { ...edge.data },
    classes: [
      ...classesOf(edge.data.id, 'edges', edge.data as unknown as Record<string, unknown>),
      ...(gathered ? [MAP_CLASSES.gathered] : []),
    ],
  };
}

/**
 * The Cytoscape adapter (STYLE.md "The Cytoscape adapter"): draws one map in a container and
 * returns the small handle the React layer drives. Positions come from the build (preset layout):
 * no layout is computed on the main thread.
 *
 * The camera follows the reader (issue 9): selecting a concept frames it with every concept it is
 * related to, labels readable, inside the part of the canvas the UI leaves free (`setInsets`).
 * State changes touch only the elements whose state changes (issue 15), and fading the rest of
 * the map (which restyles every element) is kept to maps small enough for it to be instant.
 *
 * A big map opens on its overview (overview.ts, level-of-detail.ts): its containers closed, opened
 * as the reader zooms in; whatever the reader asks for (a selection and its relations, a tour's
 * step, a depth filter) opens the containers it is in. A small map is drawn whole, as it always
 * was. New elements get their classes from the map's state when they are made.
 */
import cytoscape, {
  type Collection,
  type Core,
  type EdgeCollection,
  type EventObject,
  type NodeCollection,
  type NodeSingular,
} from 'cytoscape';
import type { NodeId } from '../notes/concepts/model';
import { zoomAboutCentre, type Camera } from './camera';
import {
  NO_INSETS,
  type ConceptMapHandle,
  type FocusOptions,
  type Insets,
  type KnowledgeStatus,
  type MapTheme,
} from './concept-map-handle';
import { drawnElements } from './elements';
import { createLevelOfDetail, initialElements } from './level-of-detail';
import type { MapBundle } from './map-bundle';
import { isContainer, openFor, opensOnOverview, overviewModel } from './overview';
import { KNOWLEDGE_CLASSES, MAP_CLASSES, mapStylesheet } from './style';
import { exportImage } from './export-image';
import {
  FRAME_MAX_ZOOM,
  FRAME_PADDING,
  ZOOM_LIMITS,
  cameraAt,
  centreOf,
  clampZoom,
  freeArea,
  nearestThatFit,
  overviewCamera,
  wholeMapCamera,
} from './framing';
import { exposeForTests } from './test-hook';
import { mapPalette } from './themes';

/** Where on the page a hovered element is, for a preview card beside it (CSS pixels). */
export interface HoverAnchor {
  x: number;
  y: number;
}

export interface CreateConceptMapOptions {
  container: HTMLElement;
  bundle: MapBundle;
  theme: MapTheme;
  /** A node was tapped (its id), or the background (null). */
  onSelect(id: NodeId | null): void;
  /**
   * The pointer rests on a node (its id and where), or left it (null). `tapped`: a first tap on
   * a touch screen, which previews (a second tap on the same concept selects it).
   */
  onHover?(id: NodeId | null, anchor: HoverAnchor | null, tapped?: boolean): void;
  /** The pointer rests on a relation, or it was tapped (its edge id and where); null: left it. */
  onEdgeHover?(id: string | null, anchor: HoverAnchor | null, tapped?: boolean): void;
  /**
   * Concepts were dragged to new places (with a mouse or pen: on a touch screen a drag pans):
   * the new centres of the leaves that moved, in map coordinates.
   */
  onMoved?(moved: Record<string, { x: number; y: number }>): void;
  /**
   * How the map is drawn. By default chosen from the map's size (drawingFor): the benchmark
   * (bench/scale) draws the same map other ways to compare them.
   */
  drawing?: Drawing;
}

/**
 * How a map is drawn: on its overview (containers opened as the reader zooms in) or whole, and
 * with which of Cytoscape's renderer options (its WebGL renderer, and what it leaves out while
 * the view moves).
 */
export interface Drawing {
  overview: boolean;
  renderer: {
    webgl?: boolean;
    textureOnViewport?: boolean;
    hideEdgesOnViewport?: boolean;
    motionBlur?: boolean;
    pixelRatio?: number | 'auto';
  };
}

/**
 * The drawing chosen by measurement (docs/performance.md, "Large maps"): Cytoscape's canvas
 * renderer with its defaults, the whole map for a small one, the overview for a big one.
 */
export function drawingFor(bundle: MapBundle): Drawing {
  return { overview: opensOnOverview(bundle.graph), renderer: {} };
}

/** The label size a selected concept and its relations are framed at, at least (issue 9). */
const READABLE_LABEL_PX = 13;
const ZOOM_STEP = 1.25;
const ANIMATION_MS = 300;
/**
 * Fading the rest of the map restyles every element; above this many elements that costs more
 * than a frame, so big maps highlight without fading (issue 15: click → panel ≤ 50 ms).
 */
const FADE_LIMIT = 1500;
/**
 * A selection opens the containers of at most this many of its relations (those of a hub beyond
 * it are drawn onto the closed containers they are in).
 */
const OPENED_RELATIONS = 40;

const { selected, neighbour, dimmed, hidden, hiddenRelation, masked, emphasis, pulse } =
  MAP_CLASSES;

export function createConceptMap(options: CreateConceptMapOptions): ConceptMapHandle {
  const { container, bundle, onSelect, onHover, onEdgeHover } = options;
  const elements = drawnElements(bundle.graph);
  const model = overviewModel(elements, bundle.positions, bundle.containers);
  const drawing = options.drawing ?? drawingFor(bundle);
  const follows = drawing.overview;

  // What the map shows now. React passes the whole state after every commit (and right after
  // creation); unchanged state costs nothing, and a change touches only what changes. Elements
  // made later (a container opening) take their classes from here (classesOf).
  let shownTheme = options.theme;
  let shownSelection: NodeId | null = null;
  let shownVisible: ReadonlySet<NodeId> | null = null;
  let shownHiddenRelations = '';
  let hiddenKinds = new Set<string>();
  let maskedIds: ReadonlySet<NodeId> | null = null;
  let emphasisIds: ReadonlySet<NodeId> | null = null;
  let knowledge: ReadonlyMap<NodeId, KnowledgeStatus> | null = null;

  const classesOf = (id: string, group: 'nodes' | 'edges', data: Record<string, unknown>) => {
    const classes: string[] = [];
    if (group === 'edges') {
      if (hiddenKinds.has(String(data.kind))) classes.push(hiddenRelation);
      return classes;
    }
    if (shownVisible && !isShown(id)) classes.push(hidden);
    if (maskedIds?.has(id as NodeId)) classes.push(masked);
    if (emphasisIds?.has(id as NodeId)) classes.push(emphasis);
    const status = knowledge?.get(id as NodeId);
    if (status) classes.push(KNOWLEDGE_CLASSES[status]);
    return classes;
  };
  /** Under a depth filter: the concept is shown, or (a container) something it holds is. */
  const isShown = (id: string): boolean => {
    if (!shownVisible || shownVisible.has(id as NodeId)) return true;
    if (!isContainer(model, id)) return false;
    return (model.childrenOf.get(id) ?? []).some((child) => isShown(child));
  };

  // The first view: a small map whole; a big map's overview, its containers' names legible.
  const viewport = { width: container.clientWidth || 800, height: container.clientHeight || 600 };
  const firstCamera = follows ? overviewCamera(model, viewport) : null;
  const open = firstCamera
    ? openFor(model, { ...firstCamera, ...viewport }, new Set(), new Set())
    : new Set(model.boxes.keys());
  const cy: Core = cytoscape({
    container,
    elements: initialElements(model, bundle.positions, open, classesOf),
    style: mapStylesheet(options.theme),
    layout: { name: 'preset', fit: false },
    minZoom: ZOOM_LIMITS.min,
    maxZoom: ZOOM_LIMITS.max,
    // Cytoscape handles pan, pinch and wheel zoom, on touch too.
    userZoomingEnabled: true,
    userPanningEnabled: true,
    // Selection is ours (the `selected` class, driven by the URL), not Cytoscape's. Concepts can
    // be dragged with a mouse or a pen (issue 9: pinned in the layout file in `npm start`, a
    // local rearrangement elsewhere); on a touch screen a drag pans the map instead.
    autounselectify: true,
    autoungrabify: !(options.onMoved && finePointer()),
    boxSelectionEnabled: false,
    ...drawing.renderer,
  });
  const withdrawTestHook = exposeForTests(cy);
  bendRoutedEdges(cy, bundle.routes ?? {}, cy.edges());
  const detail = createLevelOfDetail(
    {
      cy,
      model,
      positions: bundle.positions,
      follows,
      classesOf,
      onChange: (added) => {
        bendRoutedEdges(cy, bundle.routes ?? {}, added.edges());
        refreshHighlight();
      },
    },
    open,
  );
  cy.on('dragfree', 'node', (event) => {
    const dragged = event.target as NodeSingular;
    const leaves = dragged.isParent() ? dragged.descendants(':childless') : dragged;
    const moved: Record<string, { x: number; y: number }> = {};
    leaves.forEach((leaf) => {
      const { x, y } = leaf.position();
      moved[leaf.id()] = { x: Math.round(x), y: Math.round(y) };
      detail.moved.set(leaf.id(), moved[leaf.id()]!);
    });
    // Bends were made for the old places: the relations of what moved are drawn straight.
    leaves.connectedEdges().removeStyle(ROUTE_STYLE);
    options.onMoved?.(moved);
  });
  const canFade = !follows && cy.elements().length <= FADE_LIMIT;
  let insets: Insets = NO_INSETS;

  const anchorOf = (event: EventObject): HoverAnchor => {
    const box = container.getBoundingClientRect();
    const at = event.renderedPosition ?? { x: 0, y: 0 };
    return { x: box.left + at.x, y: box.top + at.y };
  };

  // Touch screens have no hover: the first tap on a concept previews it, a second opens it.
  let tapPreviewed: string | null = null;
  cy.on('tap', 'node', (event) => {
    const id = event.target.id() as NodeId;
    if (isTouch(event) && tapPreviewed !== id) {
      tapPreviewed = id;
      onHover?.(id, anchorOf(event), true);
      return;
    }
    tapPreviewed = null;
    onHover?.(null, null);
    onSelect(id);
  });
  cy.on('tap', 'edge', (event) => {
    if (isTouch(event) && !event.target.hasClass(MAP_CLASSES.gathered)) {
      onEdgeHover?.(event.target.id() as string, anchorOf(event), true);
    }
  });
  cy.on('tap', (event) => {
    if (event.target !== cy) return;
    tapPreviewed = null;
    onHover?.(null, null);
    onEdgeHover?.(null, null);
    onSelect(null);
  });
  cy.on('mouseover', 'node', (event) => {
    container.style.cursor = 'pointer';
    hover(event.target as NodeSingular);
    onHover?.(event.target.id() as NodeId, anchorOf(event));
  });
  cy.on('mouseout', 'node', () => {
    container.style.cursor = '';
    hover(null);
    onHover?.(null, null);
  });
  cy.on('mouseover', 'edge', (event) => {
    // Gathered relations stand for several; they have no one relation to preview.
    if (!event.target.hasClass(MAP_CLASSES.gathered)) {
      onEdgeHover?.(event.target.id() as string, anchorOf(event));
    }
  });
  cy.on('mouseout', 'edge', () => onEdgeHover?.(null, null));

  const viewportSize = () => ({ width: cy.width(), height: cy.height() });

  const moveCamera = (camera: Camera, instant = false) => {
    cy.stop(true, false);
    if (instant || prefersReducedMotion()) {
      cy.viewport(camera);
    } else {
      cy.animate(camera, { duration: ANIMATION_MS, easing: 'ease-in-out-cubic' });
    }
  };

  /**
   * The camera that shows `nodes` in the free part of the canvas, their labels at least
   * `minLabelPx` when that still shows them all; when it cannot, readable wins: the first of them
   * (the selection) is shown with as many of the others, nearest first, as fit around it.
   */
  const frame = (nodes: NodeCollection, focus: FocusOptions = {}) => {
    const shown = nodes.filter((node) => !node.hasClass(hidden)) as NodeCollection;
    if (shown.empty()) return;
    const box = shown.boundingBox({ includeLabels: true, includeOverlays: false });
    const free = freeArea(viewportSize(), insets, FRAME_PADDING);
    const fitZoom = Math.min(
      free.width / Math.max(box.x2 - box.x1, 1),
      free.height / Math.max(box.y2 - box.y1, 1),
    );
    const smallest = Math.min(...shown.map((node: NodeSingular) => fontSizeOf(node)));
    const readableZoom = (focus.minLabelPx ?? 0) / smallest;
    const zoom = clampZoom(Math.min(Math.max(fitZoom, readableZoom), FRAME_MAX_ZOOM));
    const centre = zoom <= fitZoom ? centreOf(box) : centreOf(nearestThatFit(shown, zoom, free));
    moveCamera(cameraAt(centre, zoom, free), focus.instant);
  };

  /** The drawn concepts (or the closed containers they are in) standing for these ids. */
  const shownNodes = (ids: Iterable<string>): NodeCollection => {
    let nodes = cy.collection();
    for (const id of ids) {
      const node = cy.getElementById(detail.shownAs(id));
      if (node.nonempty()) nodes = nodes.union(node);
    }
    return nodes.nodes();
  };

  const nodeById = (id: string): NodeSingular | null => {
    const node = cy.getElementById(id);
    return node.nonempty() && node.isNode() ? node : null;
  };

  // `<html data-map-ready="kubernetes">` once the first frame is drawn: tap handlers are bound
  // by then, so the map is interactive. The load benchmark and end-to-end tests wait for it.
  const root = container.ownerDocument.documentElement;
  cy.one('render', () => {
    root.dataset.mapReady = bundle.graph.mapId;
  });

  // First view, without animation: the whole of a small map, a big map's overview.
  cy.viewport(firstCamera ?? wholeMapCamera(cy));

  let highlighted: Collection = cy.collection();
  let faded: Collection = cy.collection();
  let hoverFaded: Collection = cy.collection();
  let pulsed: Collection = cy.collection();

  /** The node, its drawn relations and the concepts at their other ends. */
  const neighbourhoodOf = (node: NodeSingular): Collection =>
    node.closedNeighborhood().filter((element) => !element.hasClass(hidden));

  function hover(node: NodeSingular | null) {
    if (!canFade) return;
    cy.batch(() => {
      hoverFaded.removeClass(dimmed);
      hoverFaded = cy.collection();
      if (node === null) {
        faded.addClass(dimmed);
        return;
      }
      // Containers around what stays bright stay bright too (a compound's opacity is its
      // contents' as well).
      const around = neighbourhoodOf(node);
      hoverFaded = cy.elements().not(around).not(around.nodes().ancestors());
      hoverFaded.addClass(dimmed);
      around.removeClass(dimmed);
    });
  }

  /** The selection's highlight, again: containers that opened may hold its relations. */
  function refreshHighlight() {
    const node = shownSelection === null ? null : nodeById(shownSelection);
    cy.batch(() => {
      highlighted.removeClass([selected, neighbour]);
      highlighted = cy.collection();
      if (!node) return;
      const around = neighbourhoodOf(node);
      around.not(node).addClass(neighbour);
      node.addClass(selected);
      highlighted = around;
    });
  }

  /** The concepts a selection shows with it: its relations' other ends, the first few of them. */
  const relatedTo = (id: NodeId): string[] => {
    const related: string[] = [];
    for (const edge of elements.edges) {
      if (related.length >= OPENED_RELATIONS) break;
      if (edge.data.source === id) related.push(edge.data.target);
      else if (edge.data.target === id) related.push(edge.data.source);
    }
    return related;
  };

  // A selection waiting for the frame after the panel's (big maps, see select()).
  let pendingSelection: { frameId: number } | ReturnType<typeof setTimeout> | null = null;
  const cancelPendingSelection = () => {
    if (pendingSelection === null) return;
    if (typeof pendingSelection === 'object' && 'frameId' in pendingSelection) {
      cancelAnimationFrame(pendingSelection.frameId);
    } else {
      clearTimeout(pendingSelection);
    }
    pendingSelection = null;
  };

  /**
   * Shows the selection: opens the containers it and its relations are in, highlights it and
   * frames it with its relations, readable.
   */
  function showSelection() {
    const id = shownSelection;
    detail.pin('selection', id === null ? [] : [id, ...relatedTo(id)]);
    detail.update();
    const node = id === null ? null : nodeById(id);
    refreshHighlight();
    cy.batch(() => {
      faded.removeClass(dimmed);
      faded = cy.collection();
      if (node && canFade) {
        // Containers around the selection and its relations stay bright: they say where
        // things are (and a compound's opacity is its contents' as well).
        faded = cy.elements().not(highlighted).not(highlighted.nodes().ancestors());
        faded.addClass(dimmed);
      }
    });
    if (node && !node.hasClass(hidden)) {
      frame(node.union(neighbourhoodOf(node).nodes()), { minLabelPx: READABLE_LABEL_PX });
    }
  }

  return {
    select(id) {
      if (id === shownSelection) return;
      shownSelection = id;
      if (!follows) {
        showSelection();
        return;
      }
      // A big map: the panel the selection opens is painted first, and the map follows right
      // after that frame (opening containers and moving the camera take longer than a frame).
      cancelPendingSelection();
      const frameId = requestAnimationFrame(() => {
        pendingSelection = setTimeout(() => {
          pendingSelection = null;
          showSelection();
        }, 0);
      });
      pendingSelection = { frameId };
    },
    setVisible(ids) {
      if (ids === shownVisible || (ids === null && shownVisible === null)) return;
      shownVisible = ids;
      // A filter that leaves a few concepts opens what they are in; one that leaves most of the
      // map (hidden sections) lets the overview be.
      detail.pin('visible', ids && ids.size <= OPENED_RELATIONS * 4 ? ids : []);
      detail.update();
      cy.batch(() => {
        cy.nodes(`.${hidden}`).removeClass(hidden);
        // Edges of a hidden node are not drawn (Cytoscape hides edges of display:none nodes).
        // A container stays while something it holds is shown.
        if (ids)
          cy.nodes()
            .filter((node) => !isShown(node.id()))
            .addClass(hidden);
      });
      // Depth changed: the selection is framed again with what is left around it (unless it is
      // still to be shown, which frames it anyway).
      const node =
        shownSelection === null || pendingSelection !== null ? null : nodeById(shownSelection);
      if (node && !node.hasClass(hidden)) {
        frame(node.union(neighbourhoodOf(node).nodes()), { minLabelPx: READABLE_LABEL_PX });
      }
    },
    setHiddenRelations(kinds) {
      const key = [...kinds].sort().join(' ');
      if (key === shownHiddenRelations) return;
      shownHiddenRelations = key;
      hiddenKinds = new Set(kinds);
      cy.batch(() => {
        cy.edges(`.${hiddenRelation}`).removeClass(hiddenRelation);
        for (const kind of kinds) cy.edges(`[kind = "${kind}"]`).addClass(hiddenRelation);
      });
    },
    focus(ids, focus) {
      detail.pin('focus', ids);
      detail.update();
      frame(shownNodes(ids), focus);
    },
    fit() {
      detail.pin('focus', []);
      frame(cy.nodes());
    },
    zoomIn() {
      moveCamera(zoomAboutCentre(cameraOf(cy), ZOOM_STEP, viewportSize(), ZOOM_LIMITS));
    },
    zoomOut() {
      moveCamera(zoomAboutCentre(cameraOf(cy), 1 / ZOOM_STEP, viewportSize(), ZOOM_LIMITS));
    },
    setTheme(theme) {
      if (theme === shownTheme) return;
      shownTheme = theme;
      cy.style(mapStylesheet(theme));
    },
    setInsets(next) {
      insets = next;
    },
    setMasked(ids) {
      maskedIds = ids;
      cy.batch(() => {
        cy.nodes(`.${masked}`).removeClass(masked);
        if (ids) collectionOf(cy, ids).addClass(masked);
      });
    },
    setKnowledge(status) {
      knowledge = status;
      cy.batch(() => {
        const classes = Object.values(KNOWLEDGE_CLASSES);
        cy.nodes(classes.map((name) => `.${name}`).join(', ')).removeClass(classes);
        if (!status) return;
        for (const [id, kind] of status) {
          nodeById(id)?.addClass(KNOWLEDGE_CLASSES[kind satisfies KnowledgeStatus]);
        }
      });
    },
    setEmphasis(ids) {
      emphasisIds = ids;
      cy.batch(() => {
        cy.nodes(`.${emphasis}`).removeClass(emphasis);
        if (ids) collectionOf(cy, ids).addClass(emphasis);
      });
    },
    pulse(id) {
      pulsed.removeClass(pulse);
      // A concept inside a closed container: the container shows where it is.
      const node = id === null ? null : nodeById(detail.shownAs(id));
      // The pointer is on the concept's name elsewhere (a chip, a search result): the map shows
      // where it is and what it is related to, as when the pointer is on the node itself.
      node?.addClass(pulse);
      pulsed = node ? cy.collection().union(node) : cy.collection();
      hover(node);
    },
    resetPositions() {
      detail.moved.clear();
      cy.batch(() => {
        for (const node of cy.nodes(':childless')) {
          const at = bundle.positions[node.id()];
          if (at && !node.hasClass(MAP_CLASSES.closed)) node.position({ ...at });
        }
        cy.edges().removeStyle(ROUTE_STYLE);
      });
      // Outside the batch: the containers' new centres must be known first (bendRoutedEdges).
      bendRoutedEdges(cy, bundle.routes ?? {}, cy.edges());
    },
    exportImage(format, scope) {
      return exportImage(cy, format, scope, mapPalette(shownTheme).background);
    },
    resize() {
      cy.resize();
    },
    destroy() {
      if (root.dataset.mapReady === bundle.graph.mapId) delete root.dataset.mapReady;
      detail.stop();
      cancelPendingSelection();
      withdrawTestHook();
      cy.stop(true, false);
      cy.destroy();
    },
  };
}

/** The style bendRoutedEdges gives a relation, removed when it is drawn straight again. */
const ROUTE_STYLE =
  'curve-style edge-distances segment-weights segment-distances source-endpoint target-endpoint';

/**
 * Relations the layout bent around something in their way (layout/routes.ts) are drawn through
 * their bend points: Cytoscape's `segments` edges place each point by its share of the way from
 * the source's centre to the target's (weight) and its distance off that line (distance).
 */
function bendRoutedEdges(
  cy: Core,
  routes: Readonly<Record<string, readonly { x: number; y: number }[]>>,
  edges: EdgeCollection,
): void {
  // A container's position is the centre of what it holds, which Cytoscape computes lazily: until
  // asked for a bounding box, a container still stands where it was created, and bends placed
  // relative to that spot would land elsewhere once it is computed (through a concept). Only the
  // containers these relations join: asking every container of a big map each time containers
  // open cost most of a selection (issue 15, click → panel).
  edges.connectedNodes(':parent').boundingBox();
  cy.batch(() => {
    for (const edge of edges.edges()) {
      const bends = Object.hasOwn(routes, edge.id()) ? routes[edge.id()]! : [];
      if (bends.length === 0) continue;
      const from = edge.source().position();
      const to = edge.target().position();
      const dx = to.x - from.x;
      const dy = to.y - from.y;
      const length2 = dx * dx + dy * dy;
      if (length2 === 0) continue;
      const length = Math.sqrt(length2);
      const weights = bends.map((p) => ((p.x - from.x) * dx + (p.y - from.y) * dy) / length2);
      const distances = bends.map((p) => ((p.y - from.y) * dx - (p.x - from.x) * dy) / length);
      edge.style({
        'curve-style': 'segments',
        'edge-distances': 'node-position',
        'segment-weights': weights,
        'segment-distances': distances,
        // Cytoscape's default for a relation of a container aims its end at the far centre,
        // not along its last stretch: the end would leave the route and cross what it cleared.
        'source-endpoint': 'outside-to-node',
        'target-endpoint': 'outside-to-node',
      });
    }
  });
}

/** A mouse or a pen: dragging a concept moves it (a finger's drag pans the map). */
function finePointer(): boolean {
  return globalThis.matchMedia?.('(pointer: fine)').matches ?? false;
}

/** Whether a Cytoscape event came from a finger (touch events, or pointer events of type touch). */
function isTouch(event: EventObject): boolean {
  const original = event.originalEvent as (Event & { pointerType?: string }) | undefined;
  return original?.type.startsWith('touch') === true || original?.pointerType === 'touch';
}

function collectionOf(cy: Core, ids: ReadonlySet<NodeId>): Collection {
  let collection = cy.collection();
  for (const id of ids) {
    const element = cy.getElementById(id);
    if (element.nonempty()) collection = collection.union(element);
  }
  return collection;
}

function fontSizeOf(node: NodeSingular): number {
  return Number(node.data('fontSize')) || parseFloat(node.style('font-size')) || 14;
}

function cameraOf(cy: Core): Camera {
  return { zoom: cy.zoom(), pan: { ...cy.pan() } };
}

/** Checked at every camera move, so changing the system setting takes effect at once. */
function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/**
 * The Cytoscape adapter (STYLE.md "The Cytoscape adapter"): draws one map in a container and
 * returns the small handle the React layer drives. Positions come from the build (preset layout):
 * no layout is computed on the main thread.
 *
 * The camera follows the reader (issue 9): selecting a concept frames it with every concept it is
 * related to, labels readable, inside the part of the canvas the UI leaves free (`setInsets`).
 * State changes touch only the elements whose state changes (issue 15), and fading the rest of
 * the map (which restyles every element) is kept to maps small enough for it to be instant.
 */
import cytoscape, {
  type Collection,
  type Core,
  type EventObject,
  type NodeCollection,
  type NodeSingular,
} from 'cytoscape';
import type { NodeId } from '../notes/concepts/model';
import { centreOn, zoomAboutCentre, type Box, type Camera, type ZoomLimits } from './camera';
import {
  NO_INSETS,
  type ConceptMapHandle,
  type FocusOptions,
  type Insets,
  type KnowledgeStatus,
  type MapTheme,
} from './concept-map-handle';
import { allElements, toElements } from './elements';
import type { MapBundle } from './map-bundle';
import { KNOWLEDGE_CLASSES, MAP_CLASSES, mapStylesheet } from './style';
import { exportImage } from './export-image';
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
}

/** From a whole-map overview of a big map to labels at three times their size. */
export const ZOOM_LIMITS: ZoomLimits = { min: 0.05, max: 3 };
/** Framing never zooms in further than this: one node filling the screen helps nobody. */
const FRAME_MAX_ZOOM = 1.6;
/**
 * Space kept around a framed box: wider at the bottom and the right, where the legend button and
 * the zoom buttons float over the canvas, so they never cover a framed concept.
 */
const FRAME_PADDING: Insets = { top: 24, right: 64, bottom: 56, left: 24 };
/** The label size a selected concept and its relations are framed at, at least (issue 9). */
const READABLE_LABEL_PX = 13;
const ZOOM_STEP = 1.25;
const ANIMATION_MS = 300;
/**
 * Fading the rest of the map restyles every element; above this many elements that costs more
 * than a frame, so big maps highlight without fading (issue 15: click → panel ≤ 50 ms).
 */
const FADE_LIMIT = 1500;

const { selected, neighbour, dimmed, hidden, hiddenRelation, masked, emphasis, pulse } =
  MAP_CLASSES;

export function createConceptMap(options: CreateConceptMapOptions): ConceptMapHandle {
  const { container, bundle, onSelect, onHover, onEdgeHover } = options;
  const cy: Core = cytoscape({
    container,
    elements: allElements(toElements(bundle.graph, bundle.positions)),
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
  });
  const withdrawTestHook = exposeForTests(cy);
  bendRoutedEdges(cy, bundle.routes ?? {});
  const builtPositions = new Map(
    cy.nodes(':childless').map((node) => [node.id(), { ...node.position() }] as const),
  );
  cy.on('dragfree', 'node', (event) => {
    const dragged = event.target as NodeSingular;
    const leaves = dragged.isParent() ? dragged.descendants(':childless') : dragged;
    const moved: Record<string, { x: number; y: number }> = {};
    leaves.forEach((leaf) => {
      const { x, y } = leaf.position();
      moved[leaf.id()] = { x: Math.round(x), y: Math.round(y) };
    });
    // Bends were made for the old places: the relations of what moved are drawn straight.
    leaves.connectedEdges().removeStyle(ROUTE_STYLE);
    options.onMoved?.(moved);
  });
  const canFade = cy.elements().length <= FADE_LIMIT;
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
    if (isTouch(event)) onEdgeHover?.(event.target.id() as string, anchorOf(event), true);
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
  cy.on('mouseover', 'edge', (event) =>
    onEdgeHover?.(event.target.id() as string, anchorOf(event)),
  );
  cy.on('mouseout', 'edge', () => onEdgeHover?.(null, null));

  const viewport = () => ({ width: cy.width(), height: cy.height() });

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
   * `minLabelPx` when that still shows them all; when it cannot, readable wins and the first of
   * them (the selection) is centred.
   */
  const frame = (nodes: NodeCollection, focus: FocusOptions = {}) => {
    const shown = nodes.filter((node) => !node.hasClass(hidden)) as NodeCollection;
    if (shown.empty()) return;
    const box = shown.boundingBox({ includeLabels: true, includeOverlays: false });
    const free = freeArea(viewport(), insets, FRAME_PADDING);
    const fitZoom = Math.min(
      free.width / Math.max(box.x2 - box.x1, 1),
      free.height / Math.max(box.y2 - box.y1, 1),
    );
    const smallest = Math.min(...shown.map((node: NodeSingular) => fontSizeOf(node)));
    const readableZoom = (focus.minLabelPx ?? 0) / smallest;
    const zoom = clampZoom(Math.min(Math.max(fitZoom, readableZoom), FRAME_MAX_ZOOM));
    const centre = zoom <= fitZoom ? centreOf(box) : shown.first().position();
    moveCamera(cameraAt(centre, zoom, free), focus.instant);
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

  // First view: the whole map, without animation.
  {
    const box = cy.elements().boundingBox({ includeLabels: true, includeOverlays: false });
    const free = freeArea(viewport(), insets, FRAME_PADDING);
    const zoom = clampZoom(
      Math.min(
        free.width / Math.max(box.x2 - box.x1, 1),
        free.height / Math.max(box.y2 - box.y1, 1),
        FRAME_MAX_ZOOM,
      ),
    );
    cy.viewport(cameraAt(centreOf(box), zoom, free));
  }

  // What the map shows now. React passes the whole state after every commit (and right after
  // creation); unchanged state costs nothing, and a change touches only what changes.
  let shownTheme = options.theme;
  let shownSelection: NodeId | null = null;
  let shownVisible: ReadonlySet<NodeId> | null = null;
  let shownHiddenRelations = '';
  let highlighted: Collection = cy.collection();
  let faded: Collection = cy.collection();
  let hoverFaded: Collection = cy.collection();
  let shownMasked: Collection = cy.collection();
  let shownEmphasis: Collection = cy.collection();
  let knowledgeMarked: Collection = cy.collection();

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

  return {
    select(id) {
      if (id === shownSelection) return;
      shownSelection = id;
      const node = id === null ? null : nodeById(id);
      cy.batch(() => {
        highlighted.removeClass([selected, neighbour]);
        faded.removeClass(dimmed);
        highlighted = cy.collection();
        faded = cy.collection();
        if (!node) return;
        const around = neighbourhoodOf(node);
        around.not(node).addClass(neighbour);
        node.addClass(selected);
        highlighted = around;
        if (canFade) {
          // Containers around the selection and its relations stay bright: they say where
          // things are (and a compound's opacity is its contents' as well).
          faded = cy.elements().not(around).not(around.nodes().ancestors());
          faded.addClass(dimmed);
        }
      });
      if (node && !node.hasClass(hidden)) {
        frame(neighbourhoodOf(node).nodes(), { minLabelPx: READABLE_LABEL_PX });
      }
    },
    setVisible(ids) {
      if (ids === shownVisible || (ids === null && shownVisible === null)) return;
      shownVisible = ids;
      cy.batch(() => {
        cy.nodes(`.${hidden}`).removeClass(hidden);
        // Edges of a hidden node are not drawn (Cytoscape hides edges of display:none nodes).
        // A container stays while something it holds is shown.
        if (ids) {
          cy.nodes()
            .filter((node) => !ids.has(node.id() as NodeId))
            .filter(
              (node) =>
                !(node as NodeSingular)
                  .descendants()
                  .some((inner) => ids.has((inner as NodeSingular).id() as NodeId)),
            )
            .addClass(hidden);
        }
      });
      // Depth changed: the selection is framed again with what is left around it.
      const node = shownSelection === null ? null : nodeById(shownSelection);
      if (node && !node.hasClass(hidden)) {
        frame(neighbourhoodOf(node).nodes(), { minLabelPx: READABLE_LABEL_PX });
      }
    },
    setHiddenRelations(kinds) {
      const key = [...kinds].sort().join(' ');
      if (key === shownHiddenRelations) return;
      shownHiddenRelations = key;
      cy.batch(() => {
        cy.edges(`.${hiddenRelation}`).removeClass(hiddenRelation);
        for (const kind of kinds) cy.edges(`[kind = "${kind}"]`).addClass(hiddenRelation);
      });
    },
    focus(ids, focus) {
      let nodes = cy.collection();
      for (const id of ids) {
        const node = nodeById(id);
        if (node) nodes = nodes.union(node);
      }
      frame(nodes.nodes(), focus);
    },
    fit() {
      frame(cy.nodes());
    },
    zoomIn() {
      moveCamera(zoomAboutCentre(cameraOf(cy), ZOOM_STEP, viewport(), ZOOM_LIMITS));
    },
    zoomOut() {
      moveCamera(zoomAboutCentre(cameraOf(cy), 1 / ZOOM_STEP, viewport(), ZOOM_LIMITS));
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
      cy.batch(() => {
        shownMasked.removeClass(masked);
        shownMasked = ids ? collectionOf(cy, ids) : cy.collection();
        shownMasked.addClass(masked);
      });
    },
    setKnowledge(status) {
      cy.batch(() => {
        knowledgeMarked.removeClass(Object.values(KNOWLEDGE_CLASSES));
        knowledgeMarked = cy.collection();
        if (!status) return;
        for (const [id, kind] of status) {
          const node = nodeById(id);
          if (!node) continue;
          node.addClass(KNOWLEDGE_CLASSES[kind satisfies KnowledgeStatus]);
          knowledgeMarked = knowledgeMarked.union(node);
        }
      });
    },
    setEmphasis(ids) {
      cy.batch(() => {
        shownEmphasis.removeClass(emphasis);
        shownEmphasis = ids ? collectionOf(cy, ids) : cy.collection();
        shownEmphasis.addClass(emphasis);
      });
    },
    pulse(id) {
      cy.nodes(`.${pulse}`).removeClass(pulse);
      const node = id === null ? null : nodeById(id);
      // The pointer is on the concept's name elsewhere (a chip, a search result): the map shows
      // where it is and what it is related to, as when the pointer is on the node itself.
      node?.addClass(pulse);
      hover(node);
    },
    resetPositions() {
      cy.batch(() => {
        for (const [id, at] of builtPositions) cy.getElementById(id).position({ ...at });
        cy.edges().removeStyle(ROUTE_STYLE);
      });
      // Outside the batch: the containers' new centres must be known first (bendRoutedEdges).
      bendRoutedEdges(cy, bundle.routes ?? {});
    },
    exportImage(format, scope) {
      return exportImage(cy, format, scope, mapPalette(shownTheme).background);
    },
    resize() {
      cy.resize();
    },
    destroy() {
      if (root.dataset.mapReady === bundle.graph.mapId) delete root.dataset.mapReady;
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
): void {
  // A container's position is the centre of what it holds, which Cytoscape computes lazily: until
  // asked for a bounding box, a container still stands where it was created, and bends placed
  // relative to that spot would land elsewhere once it is computed (through a concept).
  cy.nodes(':parent').boundingBox();
  cy.batch(() => {
    for (const [id, bends] of Object.entries(routes)) {
      const edge = cy.getElementById(id);
      if (edge.empty() || !edge.isEdge() || bends.length === 0) continue;
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

/** The part of the viewport not covered by the UI, less `padding` on each side. */
function freeArea(
  viewport: { width: number; height: number },
  insets: Insets,
  padding: Insets,
): { left: number; top: number; width: number; height: number } {
  const left = insets.left + padding.left;
  const top = insets.top + padding.top;
  return {
    left,
    top,
    width: Math.max(viewport.width - insets.right - padding.right - left, 40),
    height: Math.max(viewport.height - insets.bottom - padding.bottom - top, 40),
  };
}

function centreOf(box: Box): { x: number; y: number } {
  return { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
}

/** The camera at `zoom` with the model point `point` in the middle of the free area. */
function cameraAt(
  point: { x: number; y: number },
  zoom: number,
  free: { left: number; top: number; width: number; height: number },
): Camera {
  const camera = centreOn(point, zoom, free);
  return { zoom, pan: { x: camera.pan.x + free.left, y: camera.pan.y + free.top } };
}

function clampZoom(zoom: number): number {
  return Math.min(ZOOM_LIMITS.max, Math.max(ZOOM_LIMITS.min, zoom));
}

function cameraOf(cy: Core): Camera {
  return { zoom: cy.zoom(), pan: { ...cy.pan() } };
}

/** Checked at every camera move, so changing the system setting takes effect at once. */
function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

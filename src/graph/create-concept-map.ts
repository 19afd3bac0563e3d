/**
 * The Cytoscape adapter (STYLE.md "The Cytoscape adapter"): draws one map in a container and
 * returns the small handle the React layer drives. Positions come from the build (preset layout):
 * no layout is computed in the browser, and no layout library is bundled.
 */
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import type { NodeId } from '../notes/concepts/model';
import { frameBox, isOnScreen, zoomAboutCentre, type Camera, type ZoomLimits } from './camera';
import type { ConceptMapHandle, MapTheme } from './concept-map-handle';
import { allElements, toElements } from './elements';
import type { MapBundle } from './map-bundle';
import { MAP_CLASSES, mapStylesheet } from './style';
import { exposeForTests } from './test-hook';

export interface CreateConceptMapOptions {
  container: HTMLElement;
  bundle: MapBundle;
  theme: MapTheme;
  /** A node was tapped (its id), or the background (null). */
  onSelect(id: NodeId | null): void;
  /** The pointer entered a node (its id) or left it (null). */
  onHover?(id: NodeId | null): void;
}

/** From a whole-map overview of a big map to labels at three times their size. */
export const ZOOM_LIMITS: ZoomLimits = { min: 0.1, max: 3 };
/** Framing never zooms in further than this: one node filling the screen helps nobody. */
const FRAME_MAX_ZOOM = 1.5;
// Wide enough that the zoom buttons and the legend, which float over the canvas's corners
// (about 3.5rem wide), never cover a node of the fitted map.
const FRAME_PADDING = 64;
const ZOOM_STEP = 1.25;
const ANIMATION_MS = 300;

const { selected, neighbour, dimmed, hidden } = MAP_CLASSES;

export function createConceptMap(options: CreateConceptMapOptions): ConceptMapHandle {
  const { container, bundle, onSelect, onHover } = options;
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
    // Selection is ours (the `selected` class, driven by the URL), not Cytoscape's; nodes stay
    // where the build put them, so a drag on a node pans the map instead of moving the node.
    autounselectify: true,
    autoungrabify: true,
    boxSelectionEnabled: false,
  });
  const withdrawTestHook = exposeForTests(cy);

  cy.on('tap', 'node', (event) => onSelect(event.target.id() as NodeId));
  cy.on('tap', (event) => {
    if (event.target === cy) onSelect(null);
  });
  cy.on('mouseover', 'node', (event) => {
    container.style.cursor = 'pointer';
    onHover?.(event.target.id() as NodeId);
  });
  cy.on('mouseout', 'node', () => {
    container.style.cursor = '';
    onHover?.(null);
  });

  const viewport = () => ({ width: cy.width(), height: cy.height() });

  const moveCamera = (camera: Camera) => {
    cy.stop(true, false);
    if (prefersReducedMotion()) {
      cy.viewport(camera);
    } else {
      cy.animate(camera, { duration: ANIMATION_MS, easing: 'ease-in-out-cubic' });
    }
  };

  const frame = (nodes: cytoscape.NodeCollection) => {
    const shown = nodes.filter((node) => !node.hasClass(hidden));
    if (shown.empty()) return;
    moveCamera(
      frameBox(shown.boundingBox(), viewport(), FRAME_PADDING, {
        min: ZOOM_LIMITS.min,
        max: FRAME_MAX_ZOOM,
      }),
    );
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
  cy.viewport(
    frameBox(cy.nodes().boundingBox(), viewport(), FRAME_PADDING, {
      min: ZOOM_LIMITS.min,
      max: FRAME_MAX_ZOOM,
    }),
  );

  // What the map shows now. React passes the whole state after every commit (and right after
  // creation); a class or style change restyles every element, so unchanged state costs nothing.
  let shownTheme = options.theme;
  let shownSelection: NodeId | null = null;
  let shownVisible: ReadonlySet<NodeId> | null = null;

  return {
    select(id) {
      if (id === shownSelection) return;
      shownSelection = id;
      const node = id === null ? null : nodeById(id);
      cy.batch(() => {
        cy.elements().removeClass([selected, neighbour, dimmed]);
        if (!node) return;
        const around = node.closedNeighborhood();
        cy.elements().not(around).addClass(dimmed);
        around.not(node).addClass(neighbour);
        node.addClass(selected);
      });
      if (node && !node.hasClass(hidden) && !isOnScreen(node.renderedBoundingBox(), viewport())) {
        moveCamera({
          zoom: cy.zoom(),
          pan: {
            x: cy.width() / 2 - cy.zoom() * node.position('x'),
            y: cy.height() / 2 - cy.zoom() * node.position('y'),
          },
        });
      }
    },
    setVisible(ids) {
      if (ids === shownVisible || (ids === null && shownVisible === null)) return;
      shownVisible = ids;
      cy.batch(() => {
        cy.nodes().removeClass(hidden);
        // Edges of a hidden node are not drawn (Cytoscape hides edges of display:none nodes).
        if (ids)
          cy.nodes()
            .filter((node) => !ids.has(node.id() as NodeId))
            .addClass(hidden);
      });
    },
    focus(ids) {
      let nodes = cy.collection();
      for (const id of ids) {
        const node = nodeById(id);
        if (node) nodes = nodes.union(node);
      }
      frame(nodes.nodes());
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

function cameraOf(cy: Core): Camera {
  return { zoom: cy.zoom(), pan: { ...cy.pan() } };
}

/** Checked at every camera move, so changing the system setting takes effect at once. */
function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

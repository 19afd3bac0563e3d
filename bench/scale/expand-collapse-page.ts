/**
 * The page bench/scale/expand-collapse.ts drives: one map on the positions in `bundle.json`,
 * collapsed to its top-level containers either by cytoscape-expand-collapse (`#extension`,
 * `#extension-edges`; with the style rule a map using it needs, COLLAPSED_STYLE) or by our level
 * of detail (`#ours`), at the camera the app opens a big map with. `window.__ecBench` reports the
 * first draw, and runs expand → collapse → expand of the largest top-level container (with
 * every container in it, so that all its concepts are drawn), checking
 * where concepts and closed boxes end up against the build's positions.
 */
import cytoscape, { type Core, type NodeSingular, type StylesheetJson } from 'cytoscape';
import expandCollapse from 'cytoscape-expand-collapse';
import type { Box } from '../../src/graph/camera';
import { drawnElements } from '../../src/graph/elements';
import { overviewCamera } from '../../src/graph/framing';
import { createLevelOfDetail, initialElements } from '../../src/graph/level-of-detail';
import type { MapBundle } from '../../src/graph/map-bundle';
import { isContainer, overviewModel, type OverviewModel } from '../../src/graph/overview';
import { mapStylesheet } from '../../src/graph/style';

/** The extension alone, the extension also merging parallel edges (collapseAllEdges), ours. */
export type Way = 'extension' | 'extension-edges' | 'ours';

export interface StepFigures {
  /** The call itself (the model and Cytoscape's elements change). */
  callMs: number;
  /** From the call until the frame after the one that drew the change begins. */
  drawnMs: number;
  /** Nodes and edges Cytoscape holds. */
  nodes: number;
  edges: number;
  /** The farthest any concept drawn is from its build position (px, map coordinates). */
  maxShiftPx: number;
  /** The farthest any closed box's edge is from the open container's box (px). */
  maxBoxDiffPx: number;
  /** Containers drawn open. */
  open: number;
}

export interface PageFigures {
  firstDraw: number;
  /** Of the first draw, the time spent closing the containers (the extension's collapseAll). */
  closingMs: number;
  collapsed: StepFigures;
  expanded?: StepFigures;
  collapsedAgain?: StepFigures;
  expandedAgain?: StepFigures;
  container?: string;
}

declare global {
  interface Window {
    __ecBench?: {
      figures: PageFigures | null;
      failed?: string;
      run?: () => Promise<PageFigures>;
    };
  }
}

const nextFrame = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  );

interface Driver {
  cy: Core;
  /** Opens the container and every container in it. */
  expand(id: string): void;
  /** Closes the container and every container in it. */
  collapse(id: string): void;
  /** Containers drawn open now. */
  openCount(): number;
  closingMs: number;
}

function withExtension(
  container: HTMLElement,
  model: OverviewModel,
  bundle: MapBundle,
  mergeEdges: boolean,
): Driver {
  cytoscape.use(expandCollapse);
  const camera = overviewCamera(model, { width: 1280, height: 800 });
  // The whole map, every container a compound node (as the app draws a small map).
  const cy = cytoscape({
    container,
    elements: initialElements(model, bundle.positions, new Set(model.boxes.keys()), () => []),
    style: [...mapStylesheet('light'), ...COLLAPSED_STYLE],
    layout: { name: 'preset', fit: false },
    zoom: camera.zoom,
    pan: camera.pan,
    autounselectify: true,
    boxSelectionEnabled: false,
  });
  // No layout, fisheye or animation: positions must stay the build's (no undo-redo extension).
  const api = (
    cy as unknown as { expandCollapse(options: object): ExpandCollapseApi }
  ).expandCollapse({
    layoutBy: null,
    fisheye: false,
    animate: false,
    undoable: false,
    cueEnabled: false,
  });
  const closing = performance.now();
  // Cytoscape sizes compound nodes lazily: collapsed before that, every container would be
  // recorded at (0, 0) and 30 px wide (its `position-before-collapse`, `size-before-collapse`).
  cy.elements().boundingBox();
  api.collapseAll();
  if (mergeEdges) api.collapseAllEdges();
  const closingMs = performance.now() - closing;
  return {
    closingMs,
    cy,
    expand: (id) => api.expandRecursively(cy.getElementById(id)),
    collapse: (id) => api.collapseRecursively(cy.getElementById(id)),
    openCount: () => cy.nodes(':parent').length,
  };
}

/**
 * What a map using the extension would add: a collapsed node is a leaf, so our stylesheet would
 * draw it as large as its name (data(width)); drawn instead as large as the container was open
 * (the extension keeps that size in `size-before-collapse`), dashed like our closed containers.
 */
const CLOSED_BORDER = 2;
const COLLAPSED_STYLE = [
  {
    selector: 'node.cy-expand-collapse-collapsed-node',
    style: {
      width: (node: NodeSingular) => sizeBeforeCollapse(node).w - CLOSED_BORDER,
      height: (node: NodeSingular) => sizeBeforeCollapse(node).h - CLOSED_BORDER,
      shape: 'round-rectangle',
      'text-valign': 'center',
      'border-width': CLOSED_BORDER,
      'border-style': 'dashed',
    },
  },
] as unknown as StylesheetJson;

function sizeBeforeCollapse(node: NodeSingular): { w: number; h: number } {
  return (
    (node.data('size-before-collapse') as { w: number; h: number } | undefined) ?? {
      w: 30,
      h: 30,
    }
  );
}

interface ExpandCollapseApi {
  collapseAll(): void;
  collapseAllEdges(): void;
  expandRecursively(nodes: unknown): void;
  collapseRecursively(nodes: unknown): void;
}

function withOurs(container: HTMLElement, model: OverviewModel, bundle: MapBundle): Driver {
  const camera = overviewCamera(model, { width: 1280, height: 800 });
  const open = new Set<string>();
  const cy = cytoscape({
    container,
    elements: initialElements(model, bundle.positions, open, () => []),
    style: mapStylesheet('light'),
    layout: { name: 'preset', fit: false },
    zoom: camera.zoom,
    pan: camera.pan,
    autounselectify: true,
    boxSelectionEnabled: false,
  });
  const detail = createLevelOfDetail(
    {
      cy,
      model,
      positions: bundle.positions,
      follows: true,
      classesOf: () => [],
      onChange: () => {},
    },
    open,
  );
  // The camera does not move here; expanding is what the app does for a selection (a pin).
  detail.stop();
  return {
    cy,
    closingMs: 0,
    expand: (id) => {
      // What the app does for a selection: pinned concepts open every container around them.
      detail.pin('bench', descendantsOf(model, id));
      detail.update();
    },
    collapse: () => {
      detail.pin('bench', []);
      detail.update();
    },
    openCount: () => detail.open.size,
  };
}

function descendantsOf(model: OverviewModel, id: string): string[] {
  const all: string[] = [];
  for (const child of model.childrenOf.get(id) ?? [])
    all.push(child, ...descendantsOf(model, child));
  return all;
}

function check(driver: Driver, model: OverviewModel, bundle: MapBundle) {
  let maxShiftPx = 0;
  let maxBoxDiffPx = 0;
  driver.cy.nodes().forEach((node) => {
    const id = node.id();
    if (!isContainer(model, id)) {
      const want = bundle.positions[id];
      if (!want) return;
      const at = node.position();
      maxShiftPx = Math.max(maxShiftPx, Math.hypot(at.x - want.x, at.y - want.y));
    } else if (node.isChildless()) {
      const want: Box = model.boxes.get(id)!;
      const drawn = node.boundingBox({ includeLabels: false });
      maxBoxDiffPx = Math.max(
        maxBoxDiffPx,
        Math.abs(drawn.x1 - want.x1),
        Math.abs(drawn.x2 - want.x2),
        Math.abs(drawn.y1 - want.y1),
        Math.abs(drawn.y2 - want.y2),
      );
    }
  });
  return { maxShiftPx, maxBoxDiffPx };
}

async function step(
  driver: Driver,
  model: OverviewModel,
  bundle: MapBundle,
  change: () => void,
): Promise<StepFigures> {
  const started = performance.now();
  change();
  const callMs = performance.now() - started;
  await nextFrame();
  const drawnMs = performance.now() - started;
  return {
    callMs,
    drawnMs,
    nodes: driver.cy.nodes().length,
    edges: driver.cy.edges().length,
    open: driver.openCount(),
    ...check(driver, model, bundle),
  };
}

async function main(): Promise<void> {
  const way = window.location.hash.slice(1) as Way;
  const bundle = (await (await fetch('bundle.json')).json()) as MapBundle;
  const container = document.getElementById('map')!;
  const started = performance.now();
  const model = overviewModel(drawnElements(bundle.graph), bundle.positions, bundle.containers);
  const driver =
    way === 'ours'
      ? withOurs(container, model, bundle)
      : withExtension(container, model, bundle, way === 'extension-edges');
  await nextFrame();
  const firstDraw = performance.now() - started;
  const collapsed = {
    callMs: NaN,
    drawnMs: firstDraw,
    nodes: driver.cy.nodes().length,
    edges: driver.cy.edges().length,
    open: driver.openCount(),
    ...check(driver, model, bundle),
  };
  const figures: PageFigures = { firstDraw, closingMs: driver.closingMs, collapsed };
  // The largest top-level container: the most a reader can open with one click.
  const top = (model.childrenOf.get(null) ?? []).filter((id) => isContainer(model, id));
  const largest = top.sort((a, b) => model.counts.get(b)! - model.counts.get(a)!)[0]!;
  window.__ecBench = {
    figures,
    run: async () => {
      figures.container = `${largest} (${model.counts.get(largest)} concepts)`;
      figures.expanded = await step(driver, model, bundle, () => driver.expand(largest));
      figures.collapsedAgain = await step(driver, model, bundle, () => driver.collapse(largest));
      figures.expandedAgain = await step(driver, model, bundle, () => driver.expand(largest));
      return figures;
    },
  };
}

main().catch((error: unknown) => {
  window.__ecBench = { figures: null, failed: String(error) };
});

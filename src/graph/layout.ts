/**
 * Build-time layout (runs in Node, in the build plugin; never imported by the app, so no layout
 * library reaches the browser bundle). ELK's layered algorithm on a headless Cytoscape instance,
 * through the cytoscape-elk extension.
 *
 * Left to right: a concept stands left of what contains it or mentions it, so chains read one way
 * (Pod → ReplicaSet → Deployment, Service → Ingress → Ingress Controller). Notes are full of
 * cycles (Ingress mentions Ingress Controller and the other way round); ELK breaks each cycle
 * against the model order, which is the notes' reading order (elements.ts), so the concept
 * introduced first stays on the left.
 *
 * Deterministic: elements in a fixed order, ELK's fixed random seed, coordinates rounded.
 */
import cytoscape from 'cytoscape';
import elk from 'cytoscape-elk';
import type { ConceptGraph } from '../notes/model';
import type { Positions } from './concept-map-handle';
import { allElements, toElements } from './elements';

cytoscape.use(elk);

/** ELK `layoutOptions` (https://eclipse.dev/elk/reference/algorithms/org-eclipse-elk-layered.html). */
export const ELK_OPTIONS = {
  algorithm: 'layered',
  'elk.direction': 'RIGHT',
  'elk.randomSeed': 1,
  // The map is shown in landscape windows; ELK uses it when packing disconnected parts.
  aspectRatio: 1.6,
  'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.spacing.nodeNode': 18,
  'elk.layered.spacing.nodeNodeBetweenLayers': 56,
  'elk.spacing.componentComponent': 40,
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
} as const;

export async function computeLayout(graph: ConceptGraph): Promise<Positions> {
  const elements = toElements(graph, {});
  if (elements.nodes.length === 0) return {};

  const cy = cytoscape({
    headless: true,
    // Style on, so ELK sees each node's size (width/height from its label, label-metrics.ts).
    styleEnabled: true,
    elements: allElements(elements),
    style: [{ selector: 'node', style: { width: 'data(width)', height: 'data(height)' } }],
  });
  try {
    const layout = cy.layout({
      name: 'elk',
      fit: false,
      animate: false,
      nodeDimensionsIncludeLabels: false,
      elk: ELK_OPTIONS,
    } as cytoscape.LayoutOptions);
    const done = layout.promiseOn('layoutstop');
    layout.run();
    await done;

    const positions: Record<string, { x: number; y: number }> = {};
    for (const node of elements.nodes) {
      const { x, y } = cy.getElementById(node.data.id).position();
      positions[node.data.id] = { x: Math.round(x), y: Math.round(y) };
    }
    return positions;
  } finally {
    // A live headless instance keeps Node's event loop busy (the CLI would never exit).
    cy.destroy();
  }
}

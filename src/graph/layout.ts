/**
 * Build-time layout (runs in Node, in the build plugin; never imported by the app, so no layout
 * library reaches the browser bundle). ELK's layered algorithm on a headless Cytoscape instance,
 * through the cytoscape-elk extension.
 *
 * Top to bottom: a concept stands above what contains it or mentions it, so chains read one way
 * (Pod → ReplicaSet → Deployment, Service → Ingress → Ingress Controller). Notes are full of
 * cycles (Ingress mentions Ingress Controller and the other way round); ELK breaks each cycle
 * against the model order, which is the notes' reading order (elements.ts), so the concept
 * introduced first stays above.
 *
 * Why downwards: notes nest deeply (the seed has 8 layers from its title to Istio's Pilot), and
 * a layer is about 70px tall but 150-250px wide; left to right the seed was 2.5 times wider than
 * high and its labels came out at 7px in the map pane beside the node panel, top to bottom it
 * is about as wide as high (tests/unit/graph/layout.test.ts checks the label size).
 *
 * Deterministic: elements in a fixed order, ELK's fixed random seed, coordinates rounded.
 */
import cytoscape from 'cytoscape';
import elk from 'cytoscape-elk';
import type { ConceptGraph } from '../notes/concepts/model';
import type { Positions } from './concept-map-handle';
import { allElements, toElements } from './elements';

cytoscape.use(elk);

/** ELK `layoutOptions` (https://eclipse.dev/elk/reference/algorithms/org-eclipse-elk-layered.html). */
const ELK_OPTIONS = {
  algorithm: 'layered',
  'elk.direction': 'DOWN',
  'elk.randomSeed': 1,
  // The map pane is about as wide as high; ELK uses this when packing disconnected parts.
  aspectRatio: 1.3,
  'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  // Within a layer (side by side) and between layers (one above the other).
  'elk.spacing.nodeNode': 18,
  'elk.layered.spacing.nodeNodeBetweenLayers': 40,
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

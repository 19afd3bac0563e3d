/** EXPERIMENT: fcose with compound nodes. */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { ConceptGraph } from '../../notes/concepts/model';
import type { Positions } from '../concept-map-handle';
import { allElements, toElements } from '../elements';
import { mapStylesheet } from '../style';

cytoscape.use(fcose);

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

export async function computeLayout(graph: ConceptGraph): Promise<Positions> {
  const elements = toElements(graph, {});
  if (elements.nodes.length === 0) return {};
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: allElements(elements),
    style: mapStylesheet('light'),
  });
  const random = Math.random;
  Math.random = seeded(1);
  try {
    const layout = cy.layout({
      name: 'fcose',
      quality: 'proof',
      randomize: true,
      animate: false,
      fit: false,
      nodeDimensionsIncludeLabels: true,
      nodeSeparation: Number(process.env.SEP ?? 60),
      idealEdgeLength: Number(process.env.IEL ?? 80),
      nodeRepulsion: Number(process.env.REP ?? 6000),
      nestingFactor: 0.1,
      gravity: 0.25,
      numIter: 2500,
      packComponents: true,
      tile: true,
    } as cytoscape.LayoutOptions);
    const done = layout.promiseOn('layoutstop');
    layout.run();
    await done;
    const positions: Record<string, { x: number; y: number }> = {};
    cy.nodes(':childless').forEach((node) => {
      positions[node.id()] = {
        x: Math.round(node.position('x')),
        y: Math.round(node.position('y')),
      };
    });
    return positions;
  } finally {
    Math.random = random;
    cy.destroy();
  }
}

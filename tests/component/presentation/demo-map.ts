/**
 * A small concept graph written out by hand (the tour logic must not wait on the RST reader),
 * with its named tours applied by the real companion code (parseCompanion + applyCompanion).
 * The notes order is deliberately not alphabetical.
 */
import { applyCompanion, parseCompanion } from '../../../src/notes/companion';
import { conceptId } from '../../../src/notes/concepts/ids';
import type { ConceptGraph, ConceptKind, ConceptNode } from '../../../src/notes/concepts/model';

function concept(
  label: string,
  order: number,
  kind: ConceptKind,
  text: string,
  links: ConceptNode['links'] = [],
): ConceptNode {
  return {
    id: conceptId(label),
    label,
    aliases: [],
    kind,
    path: [],
    pathIds: [],
    occurrences: [],
    text,
    links,
    lines: [order + 1],
    tags: [],
    order,
  };
}

const DEMO_NODES: ConceptNode[] = [
  concept('Notes', 0, 'title', ''),
  concept('Zebra section', 1, 'section', 'Where the zebras live.'),
  concept('Pod', 2, 'term', 'A group of containers.\n\n<b>not bold</b>', [
    { text: 'Pod docs', url: 'https://kubernetes.io/docs/concepts/workloads/pods/' },
    { text: 'evil', url: 'javascript:alert(1)' },
  ]),
  concept('Alpha', 3, 'term', 'Comes after Pod in the notes.'),
  concept('Middle section', 4, 'section', ''),
  concept('Service', 5, 'term', 'Finds Pods.'),
];

const DEMO_COMPANION = `tours:
  short:
    title: The short way
    steps:
      - Service
      - Pod
      - Service
      - No Such Concept
`;

export function demoGraph(companionText: string = DEMO_COMPANION): ConceptGraph {
  const base: ConceptGraph = {
    mapId: 'demo',
    title: 'Notes',
    nodes: DEMO_NODES,
    edges: [
      // Notes (the title) holds the two sections: it has no text of its own.
      {
        id: 'e0',
        source: conceptId('Notes'),
        target: conceptId('Zebra section'),
        kind: 'nesting',
        label: '',
      },
      {
        id: 'e0b',
        source: conceptId('Notes'),
        target: conceptId('Middle section'),
        kind: 'nesting',
        label: '',
      },
      {
        id: 'e1',
        source: conceptId('Zebra section'),
        target: conceptId('Pod'),
        kind: 'nesting',
        label: '',
      },
      {
        id: 'e2',
        source: conceptId('Pod'),
        target: conceptId('Service'),
        kind: 'mentions',
        label: '',
      },
    ],
    tours: [],
    diagnostics: [],
  };
  const { companion, diagnostics } = parseCompanion(companionText, 'data/demo.map.yaml');
  return applyCompanion({ ...base, diagnostics }, companion, 'data/demo.map.yaml', 'demo.rst');
}

import { describe, expect, test } from 'vitest';
import { buildMap } from '../../../src/notes/pipeline';
import { cardHash, cardsInScope, studyCards } from '../../../src/notes/study';
import type { NodeId } from '../../../src/notes/concepts/model';
import { seedInput } from '../../support/seed';

const NOTES = `=====
Notes
=====

Terms
=====

Pod
   A group of containers.

Empty term
   .. nothing written here yet

Service
   Finds Pods.

Other
=====

Nothing here but a term.

Deployment
   Manages Pods.
`;

function build(companion?: string) {
  return buildMap({
    mapId: 'demo',
    notes: { file: 'data/demo.rst', text: NOTES },
    ...(companion !== undefined && { companion: { file: 'data/demo.map.yaml', text: companion } }),
  });
}

describe('cards from the notes', () => {
  test('every concept with text of its own is a card, in the notes’ order; the rest are skipped', () => {
    const graph = build();
    const ids = studyCards(graph).map((card) => card.id);
    expect(ids).toEqual(['pod', 'service', 'other', 'deployment']);
    // The title, a section with no text of its own and a term with no definition are not cards.
    expect(graph.nodes.map((node) => node.id)).toEqual(
      expect.arrayContaining(['notes', 'terms', 'empty-term']),
    );
  });

  test('a card carries its names (label and aliases) for "name it"', () => {
    const graph = build('aliases:\n  Pod: [ポッド]\n');
    expect(studyCards(graph).find((card) => card.id === 'pod')?.names).toEqual(['Pod', 'ポッド']);
  });

  test('the seed map: Ingress is a card, the title and the terms section are not', () => {
    const ids = studyCards(buildMap(seedInput())).map((card) => card.id);
    expect(ids).toContain('ingress');
    expect(ids).toContain('replicaset');
    expect(ids).not.toContain('用語的なもの');
  });
});

describe('exclusions in the companion file', () => {
  test('a concept named in study.exclude is not a card; a tour excludes all its steps', () => {
    const graph = build(
      [
        'tours:',
        '  workloads:',
        '    steps: [Service, Deployment]',
        'study:',
        '  exclude:',
        '    - Pod',
        '    - { tour: workloads }',
      ].join('\n'),
    );
    expect(graph.diagnostics).toEqual([]);
    expect(studyCards(graph).map((card) => card.id)).toEqual(['other']);
  });

  test('unknown names and tours are warnings at their line; the rest still applies', () => {
    const graph = build(
      ['study:', '  exclude:', '    - Nope', '    - { tour: nope }', '    - Pod', '    - 3'].join(
        '\n',
      ),
    );
    expect(graph.diagnostics.map((d) => `${d.line}: ${d.severity}: ${d.message}`)).toEqual([
      '6: error: study.exclude[3]: expected a concept name (string), got a number',
      '3: warning: study.exclude[0]: no concept "Nope" in demo.rst; not excluded from study',
      '4: warning: study.exclude[1].tour: no tour "nope" in this file; nothing excluded',
    ]);
    expect(studyCards(graph).map((card) => card.id)).toEqual(['service', 'other', 'deployment']);
  });

  test('a study section of the wrong shape is an error naming what was expected', () => {
    const graph = build('study:\n  exclude: Pod\n  only: [Pod]\n');
    expect(graph.diagnostics.map((d) => `${d.line}: ${d.message}`)).toEqual([
      '2: study.exclude: expected a list of concept names or { tour: name }, got the text "Pod"',
      '3: study.only: unknown key; expected one of exclude',
    ]);
    expect(studyCards(graph)).toHaveLength(4);
  });
});

describe('a card’s hash', () => {
  test('changes with the words of the text, not with how it is wrapped', () => {
    expect(cardHash('A group\n   of containers.')).toBe(cardHash('A group of containers.'));
    expect(cardHash('A group of containers.')).not.toBe(cardHash('A group of pods.'));
    expect(cardHash('')).toMatch(/^[0-9a-f]{14}$/);
  });
});

describe('study this section', () => {
  test('a section’s cards are the concepts written inside it, at any depth', () => {
    const graph = build();
    const cards = studyCards(graph);
    const inTerms = cardsInScope(graph, cards, 'terms' as NodeId).map((card) => card.id);
    expect(inTerms).toEqual(['pod', 'service']);
    const inOther = cardsInScope(graph, cards, 'other' as NodeId).map((card) => card.id);
    expect(inOther).toEqual(['other', 'deployment']);
    expect(cardsInScope(graph, cards, null)).toHaveLength(4);
  });
});

import { describe, expect, test } from 'vitest';
import { demoGraph } from '../component/presentation/demo-map';
import {
  defaultTour,
  findTour,
  lastIndex,
  lookupStep,
  nextIndex,
  previousIndex,
  reachedSteps,
  tourNodes,
  tourSteps,
} from '../../src/notes/concepts/tour';
import type { ConceptGraph } from '../../src/notes/concepts/model';

const graph = demoGraph();

describe('the default tour', () => {
  test('follows the notes’ reading order, not the alphabet', () => {
    expect(tourSteps(graph)).toEqual([
      'notes',
      'zebra-section',
      'pod',
      'alpha',
      'middle-section',
      'service',
    ]);
  });

  test('is named by null and titled by the notes', () => {
    const tour = defaultTour(graph);
    expect(tour.name).toBeNull();
    expect(tour.title).toBe('Notes');
  });
});

describe('named tours from the companion file', () => {
  test('keep the companion’s order, each concept once, unknown names dropped', () => {
    const tour = findTour(graph, 'short');
    expect(tour?.title).toBe('The short way');
    expect(tour?.steps).toEqual(['service', 'pod']);
  });

  test('an unknown name in a tour is reported as a diagnostic of the companion file', () => {
    const problem = graph.diagnostics.find((d) => d.message.includes('No Such Concept'));
    expect(problem?.file).toBe('data/demo.map.yaml');
  });

  test('an unknown tour name gives null', () => {
    expect(findTour(graph, 'nope')).toBeNull();
    expect(tourSteps(graph, 'nope')).toBeNull();
  });
});

describe('looking up a step from the URL', () => {
  test.each([
    { tour: undefined, id: 'pod', expected: { kind: 'step', index: 2 } },
    { tour: 'short', id: 'pod', expected: { kind: 'step', index: 1 } },
    { tour: undefined, id: 'nothing', expected: { kind: 'unknown-step', id: 'nothing' } },
    { tour: 'short', id: 'alpha', expected: { kind: 'unknown-step', id: 'alpha' } },
    {
      tour: 'nope',
      id: 'pod',
      expected: { kind: 'unknown-tour', name: 'nope', available: ['short'] },
    },
  ])('$tour / $id → $expected.kind', ({ tour, id, expected }) => {
    expect(lookupStep(graph, tour, id)).toMatchObject(expected);
  });

  test('a map without concepts has an empty default tour', () => {
    const empty: ConceptGraph = { ...graph, nodes: [], edges: [], tours: [] };
    expect(lookupStep(empty, undefined, 'x').kind).toBe('empty-tour');
  });
});

describe('moving through a tour', () => {
  const tour = defaultTour(graph);

  test('next and previous stay inside the tour', () => {
    expect(nextIndex(tour, 0)).toBe(1);
    expect(nextIndex(tour, lastIndex(tour))).toBe(5);
    expect(previousIndex(tour, 3)).toBe(2);
    expect(previousIndex(tour, 0)).toBe(0);
  });

  test('the reached set grows one concept per step', () => {
    expect([...reachedSteps(tour, 0)]).toEqual(['notes']);
    expect([...reachedSteps(tour, 2)]).toEqual(['notes', 'zebra-section', 'pod']);
    expect(reachedSteps(tour, 99).size).toBe(6);
  });

  test('tourNodes gives the concepts in tour order', () => {
    expect(tourNodes(graph, findTour(graph, 'short')!).map((node) => node.label)).toEqual([
      'Service',
      'Pod',
    ]);
  });
});

import { describe, expect, test } from 'vitest';
import { demoGraph } from '../component/presentation/demo-map';
import {
  addressOf,
  defaultTour,
  findStop,
  findTour,
  isQuestion,
  lastIndex,
  lookupStep,
  nextIndex,
  previousIndex,
  reachedSteps,
  speakerNotes,
  tourNodes,
  tourStops,
  tourSteps,
  type Stop,
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

const QUIZ_COMPANION = `tours:
  recall:
    title: Name it
    quiz: true
    steps:
      - Zebra section
      - { concept: Pod, notes: Ask first. }
      - { concept: Service, quiz: false }
  told:
    steps: [Pod, { concept: Service, quiz: true }]
`;

/** A stop as a short word: title, end, `pod` (a step), `pod 2/3` (a part), `pod ?` / `pod !`. */
function brief(stop: Stop): string {
  if (stop.kind !== 'step') return stop.kind;
  const part = stop.parts > 1 ? ` ${stop.part}/${stop.parts}` : '';
  return `${stop.id}${part}${stop.question ? ' ?' : ''}${stop.answer ? ' !' : ''}`;
}

describe('questions and speaker notes from the companion file', () => {
  const quizGraph = demoGraph(QUIZ_COMPANION);
  const recall = findTour(quizGraph, 'recall')!;
  const told = findTour(quizGraph, 'told')!;

  test('a quiz tour asks every step but those that say quiz: false', () => {
    expect(recall.steps.map((id) => isQuestion(recall, id))).toEqual([true, true, false]);
  });

  test('a step can be a question in a tour that is not', () => {
    expect(told.steps.map((id) => isQuestion(told, id))).toEqual([false, true]);
  });

  test('the presenter’s quiz mode wins over the companion file', () => {
    expect(told.steps.map((id) => isQuestion(told, id, 'on'))).toEqual([true, true]);
    expect(recall.steps.map((id) => isQuestion(recall, id, 'off'))).toEqual([false, false, false]);
  });

  test('speaker notes belong to their step', () => {
    expect(recall.steps.map((id) => speakerNotes(recall, id))).toEqual([null, 'Ask first.', null]);
    expect(speakerNotes(defaultTour(quizGraph), recall.steps[1]!)).toBeNull();
  });
});

describe('the stops of a talk', () => {
  const quizGraph = demoGraph(QUIZ_COMPANION);
  const recall = findTour(quizGraph, 'recall')!;
  const partsOf = (id: string) => (id === 'pod' ? 3 : 1);

  test('a title, every step in its parts, and the closing', () => {
    const stops = tourStops(findTour(graph, 'short')!, partsOf);
    expect(stops.map(brief)).toEqual(['title', 'service', 'pod 1/3', 'pod 2/3', 'pod 3/3', 'end']);
  });

  test('a question hides the name through its parts, then answers on the last', () => {
    const stops = tourStops(recall, partsOf);
    expect(stops.map(brief)).toEqual([
      'title',
      'zebra-section ?',
      'zebra-section !',
      'pod 1/3 ?',
      'pod 2/3 ?',
      'pod 3/3 ?',
      'pod 3/3 !',
      'service',
      'end',
    ]);
    expect(tourStops(recall, partsOf, 'off').map(brief)).toEqual([
      'title',
      'zebra-section',
      'pod 1/3',
      'pod 2/3',
      'pod 3/3',
      'service',
      'end',
    ]);
  });

  test('every stop is found again from its own address', () => {
    const stops = tourStops(recall, partsOf);
    stops.forEach((stop, at) => expect(findStop(stops, addressOf(stop))).toBe(at));
  });

  test('an address of a part or answer the step does not have lands on the nearest stop', () => {
    const stops = tourStops(recall, partsOf);
    const at = (index: number, part: number, answered: boolean) =>
      brief(stops[findStop(stops, { kind: 'step', index, part, answered })]!);
    expect(at(1, 9, false)).toBe('pod 3/3 ?');
    expect(at(1, 1, true)).toBe('pod 3/3 !');
    expect(at(2, 2, true)).toBe('service');
    expect(findStop(stops, { kind: 'step', index: 7, part: 1, answered: false })).toBe(-1);
  });

  test('a step always has at least one part', () => {
    expect(tourStops(findTour(graph, 'short')!, () => 0).map(brief)).toEqual([
      'title',
      'service',
      'pod',
      'end',
    ]);
  });
});

/**
 * Tours: the order a presentation walks through the map. The default tour follows the notes'
 * own reading order (`ConceptNode.order`); named tours come from the companion file
 * (`graph.tours`, already resolved to node ids by applyCompanion).
 *
 * A step is named in the URL by its node id (`/kubernetes/present/pod`), so a tour visits each
 * concept once: a repeated step keeps its first place (a second one could never be linked to).
 *
 * Pure: no DOM, no React.
 */
import type { ConceptGraph, ConceptNode, NodeId, TourStepDetail } from './model';

export interface ResolvedTour {
  /** The companion file's name for the tour; null for the default tour. */
  name: string | null;
  /** The tour's title, or the notes' title for the default tour. */
  title: string;
  steps: readonly NodeId[];
  /** Every step is a question first (`quiz: true` in the companion file). */
  quiz?: boolean;
  /** Speaker notes and questions of single steps (the companion file's step mappings). */
  stepDetails?: readonly TourStepDetail[];
}

/** Where a URL's tour name and step id lead. */
export type StepLookup =
  | { kind: 'step'; tour: ResolvedTour; index: number }
  | { kind: 'unknown-tour'; name: string; available: readonly string[] }
  | { kind: 'unknown-step'; tour: ResolvedTour; id: string }
  | { kind: 'empty-tour'; tour: ResolvedTour };

/** Every node, in the notes' reading order. */
export function defaultTour(graph: ConceptGraph): ResolvedTour {
  const steps = [...graph.nodes].sort((a, b) => a.order - b.order).map((node) => node.id);
  return { name: null, title: graph.title, steps };
}

/** The tour of that name (undefined: the default tour), or null when the map has none such. */
export function findTour(graph: ConceptGraph, name?: string | null): ResolvedTour | null {
  if (name === undefined || name === null) return defaultTour(graph);
  const tour = graph.tours.find((candidate) => candidate.name === name);
  if (!tour) return null;
  const known = new Set(graph.nodes.map((node) => node.id));
  return { ...tour, steps: uniqueKnown(tour.steps, known) };
}

/** The ordered node ids of a tour, or null for a tour the map does not have. */
export function tourSteps(graph: ConceptGraph, tourName?: string | null): readonly NodeId[] | null {
  return findTour(graph, tourName)?.steps ?? null;
}

/** Names of the named tours, in the companion file's order. */
function tourNames(graph: ConceptGraph): string[] {
  return graph.tours.map((tour) => tour.name);
}

export function lookupStep(
  graph: ConceptGraph,
  tourName: string | null | undefined,
  id: string,
): StepLookup {
  const tour = findTour(graph, tourName);
  if (!tour) return { kind: 'unknown-tour', name: tourName ?? '', available: tourNames(graph) };
  if (tour.steps.length === 0) return { kind: 'empty-tour', tour };
  const index = tour.steps.indexOf(id as NodeId);
  if (index < 0) return { kind: 'unknown-step', tour, id };
  return { kind: 'step', tour, index };
}

/** Step indices, clamped to the tour: next of the last is the last, previous of the first the first. */
export function nextIndex(tour: ResolvedTour, index: number): number {
  return clamp(tour, index + 1);
}

export function previousIndex(tour: ResolvedTour, index: number): number {
  return clamp(tour, index - 1);
}

export function lastIndex(tour: ResolvedTour): number {
  return Math.max(0, tour.steps.length - 1);
}

/** The concepts reached up to and including step `index`: what progressive reveal shows. */
export function reachedSteps(tour: ResolvedTour, index: number): ReadonlySet<NodeId> {
  return new Set(tour.steps.slice(0, clamp(tour, index) + 1));
}

/** The nodes of a tour, in tour order (for the handout and the go-to list). */
export function tourNodes(graph: ConceptGraph, tour: ResolvedTour): ConceptNode[] {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  return tour.steps.flatMap((id) => byId.get(id) ?? []);
}

/**
 * Whether steps are questions: as the companion file says (`tour`), or every step of the tour
 * (`on`) or none (`off`), which the presenter chooses on the stage (`?quiz=on`).
 */
export type QuizMode = 'tour' | 'on' | 'off';

/** What the companion file says of a step (the first mapping of a repeated step wins). */
function detailOf(tour: ResolvedTour, id: NodeId): TourStepDetail | undefined {
  return tour.stepDetails?.find((detail) => detail.step === id);
}

/** Whether the room is asked to name the concept before the card names it. */
export function isQuestion(tour: ResolvedTour, id: NodeId, mode: QuizMode = 'tour'): boolean {
  if (mode !== 'tour') return mode === 'on';
  return detailOf(tour, id)?.quiz ?? tour.quiz ?? false;
}

/** The speaker's notes for a step, or null. */
export function speakerNotes(tour: ResolvedTour, id: NodeId): string | null {
  return detailOf(tour, id)?.notes ?? null;
}

/**
 * One press of the clicker: what the stage shows until the next. A talk is its title, then each
 * step in as many parts as its card needs (a question first with the name hidden, then the
 * answer), then the closing.
 */
export type Stop =
  | { kind: 'title' }
  | {
      kind: 'step';
      /** The step's index in the tour. */
      index: number;
      id: NodeId;
      /** 1-based part of the step's card, of `parts`. */
      part: number;
      parts: number;
      /** The concept's name is hidden: the room is asked for it. */
      question: boolean;
      /** The name just revealed after a question. */
      answer: boolean;
    }
  | { kind: 'end' };

/** Where a URL points in a talk; a part or answer the step does not have lands on the nearest. */
export type StopAddress =
  | { kind: 'title' }
  | { kind: 'end' }
  | { kind: 'step'; index: number; part: number; answered: boolean };

/**
 * Every stop of a tour, in order. `partsOf` says how many cards a step's text needs (at least
 * one); a question of several parts asks through them all, then answers on its last part.
 */
export function tourStops(
  tour: ResolvedTour,
  partsOf: (id: NodeId) => number,
  mode: QuizMode = 'tour',
): Stop[] {
  const stops: Stop[] = [{ kind: 'title' }];
  tour.steps.forEach((id, index) => {
    const parts = Math.max(1, Math.floor(partsOf(id)));
    const question = isQuestion(tour, id, mode);
    for (let part = 1; part <= parts; part++) {
      stops.push({ kind: 'step', index, id, part, parts, question, answer: false });
    }
    if (question) {
      stops.push({ kind: 'step', index, id, part: parts, parts, question: false, answer: true });
    }
  });
  stops.push({ kind: 'end' });
  return stops;
}

/** The index in `stops` of the stop an address names, or -1 when its step is not in the tour. */
export function findStop(stops: readonly Stop[], address: StopAddress): number {
  if (address.kind !== 'step') return stops.findIndex((stop) => stop.kind === address.kind);
  let best = -1;
  let bestScore = Infinity;
  stops.forEach((stop, at) => {
    if (stop.kind !== 'step' || stop.index !== address.index) return;
    // Question or answer as the address says, then the nearest part.
    const score =
      (stop.answer === address.answered ? 0 : 1000) + Math.abs(stop.part - address.part);
    if (score < bestScore) [best, bestScore] = [at, score];
  });
  return best;
}

/** The address of a stop, for its URL (the inverse of findStop). */
export function addressOf(stop: Stop): StopAddress {
  if (stop.kind !== 'step') return { kind: stop.kind };
  return { kind: 'step', index: stop.index, part: stop.part, answered: stop.answer };
}

function clamp(tour: ResolvedTour, index: number): number {
  return Math.min(Math.max(index, 0), lastIndex(tour));
}

function uniqueKnown(steps: readonly NodeId[], known: ReadonlySet<NodeId>): NodeId[] {
  const seen = new Set<NodeId>();
  return steps.filter((id) => {
    if (seen.has(id) || !known.has(id)) return false;
    seen.add(id);
    return true;
  });
}

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
import type { ConceptGraph, ConceptNode, NodeId } from './model';

export interface ResolvedTour {
  /** The companion file's name for the tour; null for the default tour. */
  name: string | null;
  /** The tour's title, or the notes' title for the default tour. */
  title: string;
  steps: readonly NodeId[];
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
  return { name: tour.name, title: tour.title, steps: uniqueKnown(tour.steps, known) };
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

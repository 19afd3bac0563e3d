/**
 * The Problems panel's list, derived from the graph: the same problem written in many places
 * (the same severity and message) is one entry with all its places, entries most serious
 * first, then in reading order of their first place (file, then line, then column; equal
 * places keep the reader's order). Each place carries the concept written at its line, when
 * there is one.
 */
import { nodeAtLine } from '../../notes/concepts/node-at-line';
import type { Severity } from '../../notes/document/model';
import type { ConceptGraph, GraphDiagnostic, NodeId } from '../../notes/concepts/model';

export interface ProblemPlace {
  diagnostic: GraphDiagnostic;
  /** The innermost concept containing the line; null for companion-file lines and the like. */
  nodeId: NodeId | null;
}

/** One problem and every place it was found (at least one), in reading order. */
export interface ProblemGroup {
  severity: Severity;
  message: string;
  places: ProblemPlace[];
}

/** What the severity filter offers: errors include the severe ones. */
export const SEVERITY_FILTERS = ['error', 'warning', 'info'] as const;
export type SeverityFilter = (typeof SEVERITY_FILTERS)[number];

export function filterOf(severity: Severity): SeverityFilter {
  return severity === 'severe' ? 'error' : severity;
}

export function problemGroups(graph: ConceptGraph): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const diagnostic of [...graph.diagnostics].sort(byPlace)) {
    const key = `${diagnostic.severity}\u0000${diagnostic.message}`;
    let group = groups.get(key);
    if (!group) {
      group = { severity: diagnostic.severity, message: diagnostic.message, places: [] };
      groups.set(key, group);
    }
    group.places.push({
      diagnostic,
      nodeId: nodeAtLine(graph, diagnostic.file, diagnostic.line),
    });
  }
  // A stable sort: groups of one severity stay in the reading order of their first place.
  return [...groups.values()].sort((a, b) => RANK[b.severity] - RANK[a.severity]);
}

/** How many problems (places, not groups) each filter would show. */
export function countsByFilter(groups: readonly ProblemGroup[]): Record<SeverityFilter, number> {
  const counts: Record<SeverityFilter, number> = { error: 0, warning: 0, info: 0 };
  for (const group of groups) counts[filterOf(group.severity)] += group.places.length;
  return counts;
}

function byPlace(a: GraphDiagnostic, b: GraphDiagnostic): number {
  // Code-unit order, not localeCompare: the same order on every machine and language.
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || (a.column ?? 0) - (b.column ?? 0);
}

/** docutils' system-message levels, lowest first (INFO 1, WARNING 2, ERROR 3, SEVERE 4). */
const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3, severe: 4 };

/** The most serious severity among the diagnostics, or null when there are none. */
export function worstSeverity(diagnostics: readonly GraphDiagnostic[]): Severity | null {
  let worst: Severity | null = null;
  for (const { severity } of diagnostics) {
    if (worst === null || RANK[severity] > RANK[worst]) worst = severity;
  }
  return worst;
}

/** Shown beside the severity word, so severity is never told by colour alone. */
export const SEVERITY_ICON: Record<Severity, string> = {
  info: 'ℹ',
  warning: '⚠',
  error: '✖',
  severe: '⛔',
};

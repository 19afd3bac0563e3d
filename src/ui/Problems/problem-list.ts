/**
 * The Problems panel's list, derived from the graph: diagnostics in reading order (file, then
 * line, then column; equal places keep the reader's order), each with the concept written at
 * its line when there is one.
 */
import { nodeAtLine } from '../../notes/concepts/node-at-line';
import type { Severity } from '../../notes/document/model';
import type { ConceptGraph, GraphDiagnostic, NodeId } from '../../notes/concepts/model';

export interface Problem {
  diagnostic: GraphDiagnostic;
  /** The innermost concept containing the line; null for companion-file lines and the like. */
  nodeId: NodeId | null;
}

export function problemList(graph: ConceptGraph): Problem[] {
  return [...graph.diagnostics].sort(byPlace).map((diagnostic) => ({
    diagnostic,
    nodeId: nodeAtLine(graph, diagnostic.file, diagnostic.line),
  }));
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

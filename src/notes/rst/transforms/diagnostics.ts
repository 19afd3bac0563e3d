import type { Diagnostic } from '../../document/model';

/**
 * Diagnostics sorted by line, those on one line in the order they were reported (a stable
 * sort): the order every stage hands them on in.
 */
export function sortByLine(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.line - b.line);
}

/** `found` merged into `diagnostics` (already sorted by line), after those on the same line. */
export function addDiagnostics(
  diagnostics: readonly Diagnostic[],
  found: readonly Diagnostic[],
): Diagnostic[] {
  return sortByLine([...diagnostics, ...found]);
}

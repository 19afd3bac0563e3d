import type { GraphDiagnostic } from './concepts/model';

/**
 * `data/kubernetes.rst:12: warning: ...`, the form editors, terminals and CI annotate: one line
 * per diagnostic (a message over several lines is joined), the same in the CLI and the build.
 */
export function formatDiagnostic(diagnostic: GraphDiagnostic): string {
  const message = diagnostic.message.replace(/\s*\n\s*/g, ' ');
  return `${diagnostic.file}:${diagnostic.line}: ${diagnostic.severity}: ${message}`;
}

/** Errors and severe problems: what `inspect --check` and `build:check` fail on. */
export function hasErrors(diagnostics: readonly GraphDiagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error' || d.severity === 'severe');
}

/**
 * `npm run build:check` (`MUSUBI_CHECK=1 vite build`): the build an author runs before
 * publishing. It prints the same diagnostics as a plain build, then fails if any of them is an
 * error: docutils' own threshold, where `error` and `severe` mean "the notes did not say what
 * you meant" (a warning is only a likely mistake). A plain build prints them and succeeds.
 */
import type { ReportLine } from './load-bundles';

/** The environment variable that turns the check on; `1` or `true`. */
const CHECK_ENV = 'MUSUBI_CHECK';

export function checkRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env[CHECK_ENV]?.trim().toLowerCase();
  return value === '1' || value === 'true';
}

function isFailing(line: ReportLine): boolean {
  return line.severity === 'error' || line.severity === 'severe';
}

/** Why the checked build fails, or null when the notes have no error. */
export function checkFailure(report: readonly ReportLine[]): string | null {
  const count = report.filter(isFailing).length;
  if (count === 0) return null;
  const errors = count === 1 ? '1 error' : `${count} errors`;
  return `musubi: ${errors} in the notes (printed above as file:line: severity: message); ${CHECK_ENV} is set, so the build fails. Fix the notes, or build without ${CHECK_ENV} to publish them as they are.`;
}

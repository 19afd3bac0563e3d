/**
 * What a save changed in the notes' problems (issue 10: "in `npm start`, a save prints only the
 * problems that appeared or went away in that file"). Problems are compared without their line
 * number, so text moved by an edit above it is not reported again; a problem counts as often as
 * it occurs.
 */
import type { ReportLine } from './load-bundles';

export interface ReportChanges {
  appeared: ReportLine[];
  resolved: ReportLine[];
}

export function reportChanges(
  before: readonly ReportLine[],
  after: readonly ReportLine[],
): ReportChanges {
  const remaining = new Map<string, number>();
  for (const line of before) remaining.set(keyOf(line), (remaining.get(keyOf(line)) ?? 0) + 1);
  const appeared: ReportLine[] = [];
  for (const line of after) {
    const count = remaining.get(keyOf(line)) ?? 0;
    if (count > 0) remaining.set(keyOf(line), count - 1);
    else appeared.push(line);
  }
  const stillLeft = new Map(remaining);
  const resolved = before.filter((line) => {
    const count = stillLeft.get(keyOf(line)) ?? 0;
    if (count === 0) return false;
    stillLeft.set(keyOf(line), count - 1);
    return true;
  });
  return { appeared, resolved };
}

/** `data/k.rst:12: error: …` without its line: `data/k.rst: error: …`. */
function keyOf(line: ReportLine): string {
  return `${line.severity}\u0000${line.text.replace(/^(.*?):\d+: /, '$1: ')}`;
}

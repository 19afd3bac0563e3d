import { fold } from '../Search/fold';

export interface Candidate {
  id: string;
  label: string;
}

/** Inputs longer than this are not typos of a name; only their start is compared. */
const MAX_COMPARED = 64;

/**
 * The candidates whose id or label is nearest to what was asked for: a prefix either way or a
 * substring first, then small edit distances (Levenshtein, on folded text so `pod` ≈ `Ｐｏｄ`).
 * Best first, at most `limit`; nothing when nothing is close.
 */
export function closestMatches<T extends Candidate>(
  asked: string,
  candidates: readonly T[],
  limit = 5,
): T[] {
  const query = fold(asked).slice(0, MAX_COMPARED);
  if (query.length === 0) return [];
  const scored: { candidate: T; score: number }[] = [];
  for (const candidate of candidates) {
    const score = Math.min(
      distance(query, fold(candidate.id)),
      distance(query, fold(candidate.label)),
    );
    if (score < Infinity) scored.push({ candidate, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.candidate.label.localeCompare(b.candidate.label))
    .slice(0, limit)
    .map((entry) => entry.candidate);
}

/** 0 for a prefix, 0.5 for a substring, else the edit distance if small enough, else ∞. */
function distance(query: string, name: string): number {
  if (name.length === 0) return Infinity;
  if (name.startsWith(query) || query.startsWith(name)) return 0;
  if (name.includes(query) || query.includes(name)) return 0.5;
  const allowed = Math.max(2, Math.floor(Math.min(query.length, name.length) * 0.4));
  const edits = levenshtein(query, name);
  return edits <= allowed ? edits : Infinity;
}

function levenshtein(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  let previous = Array.from({ length: right.length + 1 }, (_, i) => i);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    for (let j = 1; j <= right.length; j++) {
      const substitution = previous[j - 1]! + (left[i - 1] === right[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[right.length]!;
}

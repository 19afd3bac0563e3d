import { foldWithOrigin } from './fold';
import { tokenize } from './tokenize';

/** A piece of text cut around a match: `before` + `match` (highlighted) + `after`. */
export interface Snippet {
  before: string;
  match: string;
  after: string;
}

/**
 * Where the query occurs in `text`, folded the same way the index folds (so `ろーど` is found in
 * `ロード`), cut to about `radius` characters on each side. Tries the whole query first, then
 * its words and bigrams, longest first. Null when none of them occurs.
 */
export function findSnippet(text: string, query: string, radius = 30): Snippet | null {
  const { folded, origin } = foldWithOrigin(text);
  for (const needle of needles(query)) {
    const at = folded.indexOf(needle);
    if (at < 0) continue;
    const start = origin[at]!;
    const end = (origin[at + needle.length - 1] ?? start) + 1;
    const cutStart = Math.max(0, start - radius);
    const cutEnd = Math.min(text.length, end + radius);
    return {
      before: (cutStart > 0 ? '…' : '') + squash(text.slice(cutStart, start)),
      match: text.slice(start, end),
      after: squash(text.slice(end, cutEnd)) + (cutEnd < text.length ? '…' : ''),
    };
  }
  return null;
}

function needles(query: string): string[] {
  const whole = foldWithOrigin(query.trim()).folded;
  const parts = tokenize(query).sort((a, b) => b.length - a.length);
  return [...new Set([whole, ...parts])].filter((needle) => needle.length > 0);
}

/** Line breaks inside a snippet read as spaces. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ');
}

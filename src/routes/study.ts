/**
 * Study mode's options in the query string: which section a session covers (`?scope=<id>`, the
 * whole map when absent) and which way cards are asked (`?ask=name|explain`, both in turn when
 * absent). Kept in the URL so a session is shared, reloaded and resumed as it was.
 */

/** "Name it" (text shown, name asked), "explain it" (name shown), or both in turn. */
export type StudyAsk = 'name' | 'explain' | 'mixed';

export const STUDY_ASKS: readonly StudyAsk[] = ['mixed', 'name', 'explain'];

export interface StudyLinkOptions {
  /** The id of the container whose concepts the session asks; null or absent: the whole map. */
  scope?: string | null;
  ask?: StudyAsk;
}

const SCOPE_PARAM = 'scope';
const ASK_PARAM = 'ask';

/** Reads `?scope=`: the section a session covers, null for the whole map. */
export function parseStudyScope(search: string): string | null {
  return new URLSearchParams(search).get(SCOPE_PARAM) || null;
}

/** Reads `?ask=`: anything but `name` or `explain` asks both ways in turn. */
export function parseStudyAsk(search: string): StudyAsk {
  const ask = new URLSearchParams(search).get(ASK_PARAM);
  return ask === 'name' || ask === 'explain' ? ask : 'mixed';
}

/** The query string with its `?`; empty for the defaults. */
export function studySearch(options: StudyLinkOptions): string {
  const params = new URLSearchParams();
  if (options.scope) params.set(SCOPE_PARAM, options.scope);
  if (options.ask && options.ask !== 'mixed') params.set(ASK_PARAM, options.ask);
  const query = params.toString();
  return query ? `?${query}` : '';
}

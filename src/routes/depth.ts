/** The local-graph depth kept in the URL (`?depth=1`): how far around the selection to show. */
export type Depth = 1 | 2 | 'all';

export const DEPTHS: readonly Depth[] = [1, 2, 'all'];

export const DEPTH_PARAM = 'depth';

/** Reads `?depth=`; anything else than 1 or 2 (missing, garbage) means the whole map. */
export function parseDepth(search: string | URLSearchParams): Depth {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const value = params.get(DEPTH_PARAM);
  if (value === '1') return 1;
  if (value === '2') return 2;
  return 'all';
}

/** The query string for a depth, with its `?`; empty for the default ('all'). */
export function depthSearch(depth: Depth | undefined): string {
  return depth === undefined || depth === 'all' ? '' : `?${DEPTH_PARAM}=${depth}`;
}

/** The local-graph depth kept in the URL (`?depth=1`): how far around the selection to show. */
export type Depth = 1 | 2 | 'all';

export const DEPTHS: readonly Depth[] = [1, 2, 'all'];

const DEPTH_PARAM = 'depth';

/** Reads `?depth=`; anything else than 1 or 2 (missing, garbage) means the whole map. */
export function parseDepth(search: string | URLSearchParams): Depth {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const value = params.get(DEPTH_PARAM);
  if (value === '1') return 1;
  if (value === '2') return 2;
  return 'all';
}

const VIEW_PARAM = 'view';

/** Reads `?view=outline`: the outline list shown instead of the canvas. */
export function parseOutline(search: string | URLSearchParams): boolean {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return params.get(VIEW_PARAM) === 'outline';
}

const OVERLAY_PARAM = 'overlay';

/** What can be drawn over the map's own colours: study mode's knowledge (issue 12). */
export type MapOverlay = 'knowledge';

/** Reads `?overlay=knowledge`; anything else means no overlay. */
export function parseOverlay(search: string | URLSearchParams): MapOverlay | null {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return params.get(OVERLAY_PARAM) === 'knowledge' ? 'knowledge' : null;
}

/**
 * The query string of the map's view options, with its `?`; empty for the defaults (the whole
 * map, on the canvas), so the plain URL stays the short one people share.
 */
export function viewSearch(options: {
  depth?: Depth;
  outline?: boolean;
  overlay?: MapOverlay | null;
}): string {
  const params = new URLSearchParams();
  if (options.depth !== undefined && options.depth !== 'all') {
    params.set(DEPTH_PARAM, String(options.depth));
  }
  if (options.outline) params.set(VIEW_PARAM, 'outline');
  if (options.overlay) params.set(OVERLAY_PARAM, options.overlay);
  const query = params.toString();
  return query ? `?${query}` : '';
}

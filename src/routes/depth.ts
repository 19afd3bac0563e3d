import { RELATION_KINDS, type RelationKind } from '../notes/concepts/relations';

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
 * What the reader chose to hide on the map (issue 9, "filters kept in the URL"), so a shared
 * link shows the same filtered map: kinds of relation (`?hide=links&hide=extra`), the concepts
 * of sections (`?section=istio`), and concepts nothing relates to (`?isolated=hidden`).
 */
export interface MapFilters {
  hiddenRelations: readonly RelationKind[];
  hiddenSections: readonly string[];
  hideIsolated: boolean;
}

export const NO_FILTERS: MapFilters = {
  hiddenRelations: [],
  hiddenSections: [],
  hideIsolated: false,
};

const HIDE_PARAM = 'hide';
const SECTION_PARAM = 'section';
const ISOLATED_PARAM = 'isolated';

/** Reads the filters; unknown kinds and repeats are dropped, order follows RELATION_KINDS. */
function parseFilters(search: string | URLSearchParams): MapFilters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const hidden = new Set(params.getAll(HIDE_PARAM));
  const hiddenRelations = RELATION_KINDS.filter((kind) => hidden.has(kind));
  const hiddenSections = [...new Set(params.getAll(SECTION_PARAM))].filter((id) => id !== '');
  const hideIsolated = params.get(ISOLATED_PARAM) === 'hidden';
  if (hiddenRelations.length === 0 && hiddenSections.length === 0 && !hideIsolated) {
    return NO_FILTERS;
  }
  return { hiddenRelations, hiddenSections, hideIsolated };
}

export function hasFilters(filters: MapFilters): boolean {
  return (
    filters.hiddenRelations.length > 0 || filters.hiddenSections.length > 0 || filters.hideIsolated
  );
}

/** Everything about how the explorer shows a map that its URL keeps. */
export interface MapViewOptions {
  depth: Depth;
  outline: boolean;
  overlay: MapOverlay | null;
  filters: MapFilters;
}

export function parseMapView(search: string | URLSearchParams): MapViewOptions {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return {
    depth: parseDepth(params),
    outline: parseOutline(params),
    overlay: parseOverlay(params),
    filters: parseFilters(params),
  };
}

/**
 * The query string of the map's view options, with its `?`; empty for the defaults (the whole
 * map, on the canvas), so the plain URL stays the short one people share.
 */
export function viewSearch(options: Partial<MapViewOptions>): string {
  const params = new URLSearchParams();
  if (options.depth !== undefined && options.depth !== 'all') {
    params.set(DEPTH_PARAM, String(options.depth));
  }
  if (options.outline) params.set(VIEW_PARAM, 'outline');
  if (options.overlay) params.set(OVERLAY_PARAM, options.overlay);
  const filters = options.filters ?? NO_FILTERS;
  for (const kind of filters.hiddenRelations) params.append(HIDE_PARAM, kind);
  for (const id of filters.hiddenSections) params.append(SECTION_PARAM, id);
  if (filters.hideIsolated) params.set(ISOLATED_PARAM, 'hidden');
  const query = params.toString();
  return query ? `?${query}` : '';
}

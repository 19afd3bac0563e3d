/**
 * The URL scheme, in one place (STYLE.md "State and the URL"; bulletproof-react's config/paths).
 * Components build links only through these href builders, never by concatenating strings, so
 * every segment is percent-encoded the same way and the scheme can change in one file.
 *
 * Presentation mode: `present` (`/:map/present/:id`, `/:map/present/:tour/:id`), `speaker` (the
 * same shapes) and `handout` (`/:map/handout`, `/:map/handout/:tour`).
 */
import type { Depth } from './depth';
import { viewSearch } from './depth';

/** View options kept in the query string, so a shared link shows the same view. */
export interface NodeLinkOptions {
  /** The local-graph depth; omitted (or 'all') leaves the query out. */
  depth?: Depth;
  /** The outline list instead of the canvas (`?view=outline`). */
  outline?: boolean;
}

function segment(value: string): string {
  return encodeURIComponent(value);
}

/** A presentation step: a node of the default tour (tour null) or of a named tour. */
export interface PresentStep {
  tour: string | null;
  id: string;
}

export interface PresentLinkOptions {
  /** `?reveal=all`: show the whole map instead of building it up step by step. */
  revealAll?: boolean;
}

/** The query key of the progressive-reveal toggle (on by default, so only `all` is written). */
export const REVEAL_PARAM = 'reveal';

/** `/:map/<mode>/:id` or `/:map/<mode>/:tour/:id`: the segment count tells the two apart. */
function stepPath(
  mapId: string,
  mode: string,
  step: PresentStep,
  options: PresentLinkOptions,
): string {
  const tour = step.tour === null ? '' : `/${segment(step.tour)}`;
  const query = options.revealAll ? `?${REVEAL_PARAM}=all` : '';
  return `/${segment(mapId)}/${mode}${tour}/${segment(step.id)}${query}`;
}

export const paths = {
  home: {
    pattern: '/',
    href: (): string => '/',
  },
  map: {
    pattern: '/:map',
    href: (mapId: string, options: NodeLinkOptions = {}): string =>
      `/${segment(mapId)}${viewSearch(options)}`,
  },
  node: {
    /** Relative to the map route: the child route's own path. */
    childPattern: 'node/:id',
    pattern: '/:map/node/:id',
    href: (mapId: string, id: string, options: NodeLinkOptions = {}): string =>
      `/${segment(mapId)}/node/${segment(id)}${viewSearch(options)}`,
  },
  /** Presenting a tour step to the room (src/ui/Presentation). */
  present: {
    childPattern: 'present/:id',
    tourChildPattern: 'present/:tour/:id',
    pattern: '/:map/present/:id',
    tourPattern: '/:map/present/:tour/:id',
    href: (mapId: string, step: PresentStep, options: PresentLinkOptions = {}): string =>
      stepPath(mapId, 'present', step, options),
  },
  /** The presenter's second window, kept on the audience's step (src/ui/Speaker). */
  speaker: {
    childPattern: 'speaker/:id',
    tourChildPattern: 'speaker/:tour/:id',
    pattern: '/:map/speaker/:id',
    tourPattern: '/:map/speaker/:tour/:id',
    href: (mapId: string, step: PresentStep, options: PresentLinkOptions = {}): string =>
      stepPath(mapId, 'speaker', step, options),
  },
  /** The printable handout of a tour (src/ui/Handout); no tour: the default tour. */
  handout: {
    childPattern: 'handout',
    tourChildPattern: 'handout/:tour',
    pattern: '/:map/handout',
    tourPattern: '/:map/handout/:tour',
    href: (mapId: string, tour: string | null = null): string =>
      tour === null ? `/${segment(mapId)}/handout` : `/${segment(mapId)}/handout/${segment(tour)}`,
  },
} as const;

/**
 * The URL scheme, in one place (STYLE.md "State and the URL"; bulletproof-react's config/paths).
 * Components build links only through these href builders, never by concatenating strings, so
 * every segment is percent-encoded the same way and the scheme can change in one file.
 *
 * Presentation mode: `present` (`/:map/present/:id`, `/:map/present/:tour/:id`), `speaker` (the
 * same shapes) and `handout` (`/:map/handout`, `/:map/handout/:tour`). Study mode: `study`
 * (`/:map/study`, a card at `/:map/study/:id`, `?scope=<section>` and `?ask=name|explain`).
 *
 * Maps opened in the browser (src/local) live one segment down, under `/local/<name>/…`, with the
 * same routes as the bundled ones (`localPattern`). Their map id is `local/<name>`: a bundled map's
 * id is a file stem, which never holds a `/`, so the two cannot be confused, and every href builder
 * here writes such an id as the two segments `local/<name>`.
 */
import type { Depth, MapFilters, MapOverlay } from './depth';
import { viewSearch } from './depth';
import { studySearch, type StudyLinkOptions } from './study';

/** View options kept in the query string, so a shared link shows the same view. */
export interface NodeLinkOptions {
  /** The local-graph depth; omitted (or 'all') leaves the query out. */
  depth?: Depth;
  /** The outline list instead of the canvas (`?view=outline`). */
  outline?: boolean;
  /** Study progress drawn over the map (`?overlay=knowledge`). */
  overlay?: MapOverlay | null;
  /** What the reader hid (`?hide=links&section=istio&isolated=hidden`). */
  filters?: MapFilters;
}

function segment(value: string): string {
  return encodeURIComponent(value);
}

/** The path segment of the maps opened in the browser, and of their list. */
const LOCAL_SEGMENT = 'local';
const LOCAL_PREFIX = `${LOCAL_SEGMENT}/`;

/** The map id of a map opened in the browser and kept under `name` (`local/<name>`). */
export function localMapId(name: string): string {
  return LOCAL_PREFIX + name;
}

/** The name under which a map opened in the browser is kept; null for a bundled map. */
export function localMapName(mapId: string): string | null {
  return mapId.startsWith(LOCAL_PREFIX) ? mapId.slice(LOCAL_PREFIX.length) : null;
}

/** A route pattern of a map (`/:map/node/:id`) for the maps opened in the browser. */
export function localPattern(pattern: string): string {
  return `/${LOCAL_SEGMENT}${pattern}`;
}

/**
 * `/a/b` from raw segments, each percent-encoded. The first segment is a map id: a local map's
 * (`local/<name>`) is written as its two segments, so every builder serves both kinds of map.
 */
function hrefOf([mapId, ...rest]: readonly string[]): string {
  if (mapId === undefined) return '/';
  const name = localMapName(mapId);
  const segments = name === null ? [mapId, ...rest] : [LOCAL_SEGMENT, name, ...rest];
  return `/${segments.map(segment).join('/')}`;
}

/**
 * The static page a build writes for a path (`kubernetes/node/pod/index.html`): raw Unicode
 * names, since static hosts percent-decode the request path before they look up the file.
 */
function pageOf(segments: readonly string[]): string {
  return `${segments.join('/')}/index.html`;
}

/**
 * A place in a talk: a step of the default tour (tour null) or of a named tour, and within it
 * what the query says (`?slide=title`, `?part=2`, `?answer=shown`), so that reload, a shared link
 * and the speaker window land on the same press of the clicker.
 */
export interface PresentStep {
  tour: string | null;
  id: string;
  /** The tour's title or closing slide, shown at the address of its first or last step. */
  slide?: 'title' | 'end';
  /** The part of a card too long for one screen (2, 3, ...); the first is not written. */
  part?: number;
  /** A question's answer is shown (its name was hidden until this press). */
  answered?: boolean;
}

export type QuizParam = 'on' | 'off';

export interface PresentLinkOptions {
  /** `?reveal=all`: show the whole map instead of building it up step by step. */
  revealAll?: boolean;
  /** `?quiz=on` / `off`: every step a question or none, whatever the companion file says. */
  quiz?: QuizParam | null;
}

/** The query key of the progressive-reveal toggle (on by default, so only `all` is written). */
const REVEAL_PARAM = 'reveal';
const SLIDE_PARAM = 'slide';
const PART_PARAM = 'part';
const ANSWER_PARAM = 'answer';
const QUIZ_PARAM = 'quiz';
/** No card is split into more parts than this; a larger number in a URL is not a part. */
const MAX_PART = 99;

/** `/:map/<mode>/:id` or `/:map/<mode>/:tour/:id`: the segment count tells the two apart. */
function stepSegments(mapId: string, mode: string, step: PresentStep): string[] {
  return step.tour === null ? [mapId, mode, step.id] : [mapId, mode, step.tour, step.id];
}

function stepHref(
  mapId: string,
  mode: string,
  step: PresentStep,
  options: PresentLinkOptions,
): string {
  const query = new URLSearchParams();
  if (step.slide) query.set(SLIDE_PARAM, step.slide);
  else {
    if (step.part !== undefined && step.part > 1) query.set(PART_PARAM, String(step.part));
    if (step.answered) query.set(ANSWER_PARAM, 'shown');
  }
  if (options.quiz) query.set(QUIZ_PARAM, options.quiz);
  if (options.revealAll) query.set(REVEAL_PARAM, 'all');
  const search = query.toString();
  return hrefOf(stepSegments(mapId, mode, step)) + (search ? `?${search}` : '');
}

/** What a step URL's query says; anything unreadable is as if it were not there. */
export function readPresentQuery(search: URLSearchParams): {
  slide?: 'title' | 'end';
  part?: number;
  answered?: boolean;
  options: PresentLinkOptions;
} {
  const slide = search.get(SLIDE_PARAM);
  const part = Number(search.get(PART_PARAM));
  const quiz = search.get(QUIZ_PARAM);
  return {
    ...((slide === 'title' || slide === 'end') && { slide }),
    ...(Number.isInteger(part) && part > 1 && part <= MAX_PART && { part }),
    ...(search.get(ANSWER_PARAM) === 'shown' && { answered: true }),
    options: {
      revealAll: search.get(REVEAL_PARAM) === 'all',
      quiz: quiz === 'on' || quiz === 'off' ? quiz : null,
    },
  };
}

function handoutSegments(mapId: string, tour: string | null): string[] {
  return tour === null ? [mapId, 'handout'] : [mapId, 'handout', tour];
}

export const paths = {
  home: {
    pattern: '/',
    href: (): string => '/',
  },
  /**
   * The maps opened in this browser (src/ui/LocalMaps), and where a share link lands: the notes
   * ride in the fragment (`/local/#…`, src/routes/local-fragment.ts), which no server sees. The
   * build writes its page, so the link works on any static host.
   */
  local: {
    pattern: `/${LOCAL_SEGMENT}`,
    href: (): string => `/${LOCAL_SEGMENT}`,
    page: (): string => pageOf([LOCAL_SEGMENT]),
  },
  map: {
    pattern: '/:map',
    href: (mapId: string, options: NodeLinkOptions = {}): string =>
      hrefOf([mapId]) + viewSearch(options),
    page: (mapId: string): string => pageOf([mapId]),
  },
  node: {
    /** Relative to the map route: the child route's own path. */
    childPattern: 'node/:id',
    pattern: '/:map/node/:id',
    href: (mapId: string, id: string, options: NodeLinkOptions = {}): string =>
      hrefOf([mapId, 'node', id]) + viewSearch(options),
    page: (mapId: string, id: string): string => pageOf([mapId, 'node', id]),
  },
  /** Presenting a tour step to the room (src/ui/Presentation). */
  present: {
    childPattern: 'present/:id',
    tourChildPattern: 'present/:tour/:id',
    pattern: '/:map/present/:id',
    tourPattern: '/:map/present/:tour/:id',
    href: (mapId: string, step: PresentStep, options: PresentLinkOptions = {}): string =>
      stepHref(mapId, 'present', step, options),
    page: (mapId: string, step: PresentStep): string =>
      pageOf(stepSegments(mapId, 'present', step)),
  },
  /** The presenter's second window, kept on the audience's step (src/ui/Speaker). */
  speaker: {
    childPattern: 'speaker/:id',
    tourChildPattern: 'speaker/:tour/:id',
    pattern: '/:map/speaker/:id',
    tourPattern: '/:map/speaker/:tour/:id',
    href: (mapId: string, step: PresentStep, options: PresentLinkOptions = {}): string =>
      stepHref(mapId, 'speaker', step, options),
    page: (mapId: string, step: PresentStep): string =>
      pageOf(stepSegments(mapId, 'speaker', step)),
  },
  /** The printable handout of a tour (src/ui/Handout); no tour: the default tour. */
  handout: {
    childPattern: 'handout',
    tourChildPattern: 'handout/:tour',
    pattern: '/:map/handout',
    tourPattern: '/:map/handout/:tour',
    href: (mapId: string, tour: string | null = null, options: PresentLinkOptions = {}): string =>
      hrefOf(handoutSegments(mapId, tour)) + (options.quiz ? `?${QUIZ_PARAM}=${options.quiz}` : ''),
    page: (mapId: string, tour: string | null = null): string =>
      pageOf(handoutSegments(mapId, tour)),
  },
  /** Study mode (src/ui/Study): the session, and one card of it. */
  study: {
    pattern: '/:map/study',
    cardPattern: '/:map/study/:id',
    href: (mapId: string, options: StudyLinkOptions = {}): string =>
      hrefOf([mapId, 'study']) + studySearch(options),
    cardHref: (mapId: string, id: string, options: StudyLinkOptions = {}): string =>
      hrefOf([mapId, 'study', id]) + studySearch(options),
    page: (mapId: string): string => pageOf([mapId, 'study']),
    cardPage: (mapId: string, id: string): string => pageOf([mapId, 'study', id]),
  },
} as const;

/**
 * The map an app path names (`/kubernetes/node/pod` → `kubernetes`, `/local/notes/node/pod` →
 * `local/notes`), read before the router starts so the map's data is fetched at once; null for
 * the home page, the list of local maps or a garbled address.
 */
export function mapIdOfPath(path: string): string | null {
  const [first = '', second = ''] = path.replace(/^\//, '').split('/');
  if (first === '') return null;
  try {
    if (first !== LOCAL_SEGMENT) return decodeURIComponent(first);
    return second === '' ? null : localMapId(decodeURIComponent(second));
  } catch {
    return null; // a garbled address: the app's not-found view will say so
  }
}

import type { ConceptGraph } from '../notes/concepts/model';
import type { Positions } from './concept-map-handle';

/** What the app knows about a map before loading it (the `/` list). */
export interface MapSummary {
  id: string;
  title: string;
  nodeCount: number;
  /**
   * Set when the notes file could not be read at all (unreadable, not UTF-8): the one-line
   * message naming the file and what to do. Such a map has no bundle (loadMap gives null).
   */
  error?: string;
}

/**
 * Where the concepts of a map are drawn (computed at build time, or in a Web Worker): the centre
 * of every concept that holds no other (a container is drawn around what it holds), and the
 * bends of the relations that go around something in their way.
 */
export interface MapLayout {
  positions: Positions;
  /** Bend points per relation (edge id), in map coordinates; absent: a straight line. */
  routes?: Readonly<Record<string, readonly { x: number; y: number }[]>>;
  /** Concepts the author placed by hand (dragged in `npm start`): they never move by themselves. */
  pinned?: readonly string[];
}

/** A map ready to draw: its concept graph and its layout. */
export interface MapBundle extends MapLayout {
  graph: ConceptGraph;
}

/**
 * Where the app gets its maps. In the app it is the build's `virtual:musubi-maps` module (one
 * lazily loaded chunk per map); component tests pass an in-memory source built from fixtures.
 */
export interface MapSource {
  catalogue: readonly MapSummary[];
  loadMap(id: string): Promise<MapBundle | null>;
}

import type { ConceptEdge, ConceptGraph, ConceptNode, NodeId } from '../notes/concepts/model';
import type { Box } from './camera';
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
  /**
   * Set for a big map loaded in parts (map-parts.ts): its graph is then the skeleton — every
   * concept and relation, but no concept's text, links or body and no relation's evidence — and
   * this loads them. Absent: the graph holds everything.
   */
  texts?: ConceptTexts;
  /**
   * For a map that opens on its overview (src/graph/overview.ts): the box of every container, in
   * map coordinates, computed by the build so the app does not measure every label to open it.
   */
  containers?: Readonly<Record<string, Box>>;
}

/** A concept with its text, and its relations with the sentences that explain them. */
export interface ConceptWithText {
  node: ConceptNode;
  relations: readonly ConceptEdge[];
}

/** The texts of a map loaded in parts (MapBundle.texts). */
export interface ConceptTexts {
  /** The concept with its text if that is loaded already (no waiting), else null. */
  loaded(id: NodeId): ConceptWithText | null;
  /** The concept with its text, loading the part of the map that holds it; null: no such id. */
  concept(id: NodeId): Promise<ConceptWithText | null>;
  /** The whole graph with every text (loads every part once). */
  graph(): Promise<ConceptGraph>;
}

/**
 * Where the app gets its maps. In the app it is the build's `virtual:musubi-maps` module (one
 * lazily loaded chunk per map); component tests pass an in-memory source built from fixtures.
 */
export interface MapSource {
  catalogue: readonly MapSummary[];
  loadMap(id: string): Promise<MapBundle | null>;
}

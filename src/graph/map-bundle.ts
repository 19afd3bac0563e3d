import type { ConceptGraph } from '../notes/model';
import type { Positions } from './concept-map-handle';

/** What the app knows about a map before loading it (the `/` list). */
export interface MapSummary {
  id: string;
  title: string;
  nodeCount: number;
}

/** A map ready to draw: its concept graph and the positions computed at build time. */
export interface MapBundle {
  graph: ConceptGraph;
  positions: Positions;
}

/**
 * Where the app gets its maps. In the app it is the build's `virtual:musubi-maps` module (one
 * lazily loaded chunk per map); component tests pass an in-memory source built from fixtures.
 */
export interface MapSource {
  catalogue: readonly MapSummary[];
  loadMap(id: string): Promise<MapBundle | null>;
}

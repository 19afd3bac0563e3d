/**
 * The layout of a map: where each concept is drawn (and, later, how relations bend around what
 * they do not join). Runs at build time in Node and, for notes opened in the browser, in a Web
 * Worker; never on the app's main thread.
 *
 * `computeLayout(graph, previous)` is the one entry point: `previous` is the map's layout file
 * (`data/<map>.layout.json`) when there is one, so a small edit of the notes moves little.
 */
import type { ConceptGraph } from '../../notes/concepts/model';
import type { MapLayout } from '../map-bundle';
import { computeLayout as fcoseLayout } from './experiment-fcose';

export async function computeLayout(
  graph: ConceptGraph,
  _previous: MapLayout | null = null,
): Promise<MapLayout> {
  return { positions: await fcoseLayout(graph) };
}

/**
 * The layout of a map: where each concept is drawn and how relations bend around what they do not
 * join. Runs at build time in Node and, for notes opened in the browser, in a Web Worker; never
 * on the app's main thread.
 *
 * `computeLayout(graph, previous)` is the one entry point. Without `previous`, the whole map is
 * laid out (hierarchy.ts). With it (the map's layout file, `data/<map>.layout.json`), every concept
 * it knows stays where it was and only new ones are placed, near what they relate to (issue 9:
 * "a small edit → a small change"); containers that grew push their neighbours aside as little
 * as they can.
 */
import type { ConceptGraph } from '../../notes/concepts/model';
import { toElements, type MapElements } from '../elements';
import type { MapLayout } from '../map-bundle';
import { createForceEngine } from './force';
import type { Point } from './geometry';
import { finish, layoutHierarchy, runLevelsHere, type LevelRunner } from './hierarchy';
import { levelTree } from './levels';
import { placeNew } from './place-new';

export interface LayoutOptions {
  /**
   * Lays out independent levels; the build passes a pool of worker threads (issue 15). By
   * default they are laid out here, one after another.
   */
  runLevels?: LevelRunner;
}

export async function computeLayout(
  graph: ConceptGraph,
  previous: MapLayout | null = null,
  options: LayoutOptions = {},
): Promise<MapLayout> {
  const elements = toElements(graph, {});
  if (elements.nodes.length === 0) return { positions: {} };
  const known = knownPositions(elements, previous);
  const pinned = (previous?.pinned ?? []).filter((id) => known.has(id));

  const engine = createForceEngine();
  try {
    if (known.size === 0) {
      const layout = await layoutHierarchy(elements, {
        runLevels: options.runLevels ?? runLevelsHere(engine),
      });
      return toMapLayout(layout.positions, layout.routes, []);
    }
    const layout = finish(elements, placeNew(elements, known, engine));
    return toMapLayout(layout.positions, layout.routes, pinned);
  } finally {
    engine.dispose();
  }
}

/** The leaves `previous` has a position for (containers are drawn around their contents). */
function knownPositions(elements: MapElements, previous: MapLayout | null): Map<string, Point> {
  const known = new Map<string, Point>();
  if (!previous) return known;
  const containers = new Set(levelTree(elements).levels.flatMap((level) => level.container ?? []));
  for (const { data } of elements.nodes) {
    const at = previous.positions[data.id];
    if (at && !containers.has(data.id)) known.set(data.id, { x: at.x, y: at.y });
  }
  return known;
}

function toMapLayout(
  positions: ReadonlyMap<string, Point>,
  routes: ReadonlyMap<string, readonly Point[]>,
  pinned: readonly string[],
): MapLayout {
  const round = (point: Point) => ({ x: Math.round(point.x), y: Math.round(point.y) });
  const layout: MapLayout = {
    positions: Object.fromEntries([...positions].map(([id, at]) => [id, round(at)])),
  };
  if (routes.size > 0) {
    layout.routes = Object.fromEntries([...routes].map(([id, bends]) => [id, bends.map(round)]));
  }
  if (pinned.length > 0) layout.pinned = [...pinned];
  return layout;
}

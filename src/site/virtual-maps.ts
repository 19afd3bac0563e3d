/**
 * Source text of the `virtual:musubi-maps` modules. The catalogue module is small and in the main
 * bundle; each map is its own module, imported dynamically, so the bundler puts each map's graph
 * and positions in a separate chunk that loads only when that map is opened.
 *
 * A big map (issue 15: one that opens on its overview, src/graph/overview.ts) is written in parts
 * (src/graph/map-parts.ts): its module holds the skeleton (every concept and relation without
 * their texts), the layout and the containers' boxes, and loads its texts from part modules, one
 * chunk each, when the app asks for them. So a map of 5,000 concepts opens without waiting for
 * 5,000 texts.
 */
import { drawnElements } from '../graph/elements';
import type { MapBundle, MapSummary } from '../graph/map-bundle';
import { splitMap } from '../graph/map-parts';
import { containerBoxes, opensOnOverview } from '../graph/overview';

export const CATALOGUE_MODULE = 'virtual:musubi-maps';
export const MAP_MODULE_PREFIX = 'virtual:musubi-map/';
export const PART_MODULE_PREFIX = 'virtual:musubi-map-part/';

/** The app module that joins a map's parts (imported by a big map's module). */
const MAP_PARTS_MODULE = '/src/graph/map-parts.ts';

/**
 * The module id of one map. The map id (a file stem) is percent-encoded: `?` and `#` in a file
 * name would otherwise be read as a query or a fragment by the bundler.
 */
function mapModuleId(mapId: string): string {
  return MAP_MODULE_PREFIX + encodeURIComponent(mapId);
}

export function mapIdOfModule(moduleId: string): string | null {
  if (!moduleId.startsWith(MAP_MODULE_PREFIX)) return null;
  try {
    return decodeURIComponent(moduleId.slice(MAP_MODULE_PREFIX.length));
  } catch {
    return null;
  }
}

/**
 * The module id of a part of a big map: `<map>-part<n>` (the bundler names the chunk after it,
 * `<map>-part<n>-<hash>.js`, next to the map's own `<map>-<hash>.js`).
 */
function partModuleId(mapId: string, index: number): string {
  return `${PART_MODULE_PREFIX}${encodeURIComponent(mapId)}-part${index}`;
}

export function partOfModule(moduleId: string): { mapId: string; index: number } | null {
  if (!moduleId.startsWith(PART_MODULE_PREFIX)) return null;
  const match = /^(.*)-part(\d+)$/.exec(moduleId.slice(PART_MODULE_PREFIX.length));
  if (!match) return null;
  try {
    return { mapId: decodeURIComponent(match[1]!), index: Number(match[2]) };
  } catch {
    return null;
  }
}

/** Default export: a MapSource (src/graph/map-bundle.ts). */
export function catalogueModuleSource(catalogue: readonly MapSummary[]): string {
  // A Map, not an object literal: a map called `__proto__` or `constructor` must not resolve to
  // Object.prototype's members.
  // A map that could not be read has no module: loadMap gives null and the app shows its error.
  const loaders = catalogue
    .filter((map) => map.error === undefined)
    .map(
      (map) =>
        `  [${JSON.stringify(map.id)}, () => import(${JSON.stringify(mapModuleId(map.id))})],`,
    )
    .join('\n');
  return `const loaders = new Map([
${loaders}
]);

export default {
  catalogue: Object.freeze(JSON.parse(${JSON.stringify(JSON.stringify(catalogue))})),
  loadMap(id) {
    const load = loaders.get(id);
    return load ? load().then((module) => module.default) : Promise.resolve(null);
  },
};
`;
}

/** What the build writes for one map: its module, and for a big map the parts of its texts. */
export interface MapModules {
  map: string;
  parts: string[];
}

/**
 * Default export of the map module: a MapBundle (for a big map, the skeleton with its `texts`
 * seam and its containers' boxes). JSON.parse of a string is faster than a large object literal.
 */
export function mapModules(bundle: MapBundle): MapModules {
  if (!opensOnOverview(bundle.graph)) {
    return { map: `export default JSON.parse(${quoted(bundle)});\n`, parts: [] };
  }
  const { skeleton, parts, partOf } = splitMap(bundle);
  const containers = containerBoxes(drawnElements(bundle.graph), bundle.positions);
  const loaders = parts
    .map(
      (_, index) =>
        `  () => import(${JSON.stringify(partModuleId(bundle.graph.mapId, index))}).then((module) => module.default),`,
    )
    .join('\n');
  return {
    map: `import { mapFromParts } from ${JSON.stringify(MAP_PARTS_MODULE)};

export default mapFromParts(JSON.parse(${quoted({ skeleton: { ...skeleton, containers }, partOf })}), [
${loaders}
]);
`,
    parts: parts.map((part) => `export default JSON.parse(${quoted(part)});\n`),
  };
}

function quoted(value: unknown): string {
  return JSON.stringify(JSON.stringify(value));
}

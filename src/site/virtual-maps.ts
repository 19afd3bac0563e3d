/**
 * Source text of the `virtual:musubi-maps` modules. The catalogue module is small and in the main
 * bundle; each map is its own module, imported dynamically, so the bundler puts each map's graph
 * and positions in a separate chunk that loads only when that map is opened.
 */
import type { MapBundle, MapSummary } from '../graph/map-bundle';

export const CATALOGUE_MODULE = 'virtual:musubi-maps';
export const MAP_MODULE_PREFIX = 'virtual:musubi-map/';

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

/** Default export: a MapBundle. JSON.parse of a string is faster than a large object literal. */
export function mapModuleSource(bundle: MapBundle): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(bundle))});\n`;
}

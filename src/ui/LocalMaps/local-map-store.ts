import type { MapSummary } from '../../graph/map-bundle';
import type { LocalLibrary, LocalMapListing } from '../../local/store';
import { localMapId } from '../../routes/paths';
import type { MapLoad, MapStore } from '../MapScreen/useMapBundle';

/**
 * The map store the map screens read under `/local/…` (LocalScope): the same interface as the
 * bundled maps' store, answering the route's `:map` — a local map's name — from the library.
 * The catalogue lists the maps by their app-wide id (`local/<name>`), so the not-found view's
 * suggestions link to them; it fills in when the library's list arrives.
 */
export function localMapStore(library: LocalLibrary, drawReady: Promise<unknown>): MapStore {
  const settled = new Map<string, MapLoad>();
  const pending = new Map<string, Promise<MapLoad>>();
  let catalogue: MapSummary[] = [];
  void library.list().then(
    (maps) => (catalogue = maps.map(summaryOf)),
    () => {},
  );
  const loadMap = async (name: string) => {
    const [map] = await Promise.all([library.get(name), drawReady]);
    return map?.bundle ?? null;
  };
  return {
    source: {
      get catalogue() {
        return catalogue;
      },
      loadMap,
    },
    peek: (name) => settled.get(name) ?? { status: 'loading' },
    load(name) {
      let load = pending.get(name);
      if (!load) {
        load = loadMap(name).then(
          (bundle): MapLoad => (bundle ? { status: 'ready', bundle } : { status: 'missing' }),
          (error: unknown): MapLoad => ({ status: 'failed', error }),
        );
        void load.then((result) => settled.set(name, result));
        pending.set(name, load);
      }
      return load;
    },
  };
}

function summaryOf(map: LocalMapListing): MapSummary {
  return { id: localMapId(map.name), title: map.title, nodeCount: map.nodeCount };
}

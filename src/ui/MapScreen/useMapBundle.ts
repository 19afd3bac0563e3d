import { createContext, useContext, useEffect, useState } from 'react';
import type { MapBundle, MapSource } from '../../graph/map-bundle';

export type MapLoad =
  | { status: 'loading' }
  | { status: 'ready'; bundle: MapBundle }
  | { status: 'missing' }
  | { status: 'failed'; error: unknown };

/**
 * The map source with one load per map id: a map is fetched once, and a map seen before is
 * shown at once (back/forward between maps never flashes a loading state).
 */
export interface MapStore {
  source: MapSource;
  /** What is known now, without waiting. */
  peek(id: string): MapLoad;
  load(id: string): Promise<MapLoad>;
}

export function createMapStore(source: MapSource): MapStore {
  const settled = new Map<string, MapLoad>();
  const pending = new Map<string, Promise<MapLoad>>();
  return {
    source,
    peek: (id) => settled.get(id) ?? { status: 'loading' },
    load(id) {
      let load = pending.get(id);
      if (!load) {
        // Ids not in the catalogue are not asked for: the catalogue is what exists.
        const known = source.catalogue.some((map) => map.id === id);
        load = (known ? source.loadMap(id) : Promise.resolve(null)).then(
          (bundle): MapLoad => (bundle ? { status: 'ready', bundle } : { status: 'missing' }),
          (error: unknown): MapLoad => ({ status: 'failed', error }),
        );
        load.then((result) => settled.set(id, result));
        pending.set(id, load);
      }
      return load;
    },
  };
}

export const MapStoreContext = createContext<MapStore | null>(null);

export function useMapStore(): MapStore {
  const store = useContext(MapStoreContext);
  if (!store) throw new Error('No map source: render the app through <App source={…}>.');
  return store;
}

/** The map with this id as far as it is loaded; a failed load is thrown to the error boundary. */
export function useMapBundle(id: string): Exclude<MapLoad, { status: 'failed' }> {
  const store = useMapStore();
  const [load, setLoad] = useState<{ id: string; result: MapLoad }>(() => ({
    id,
    result: store.peek(id),
  }));

  useEffect(() => {
    let current = true;
    store.load(id).then((result) => {
      if (current) setLoad({ id, result });
    });
    return () => {
      current = false;
    };
  }, [store, id]);

  const result = load.id === id ? load.result : store.peek(id);
  if (result.status === 'failed') throw result.error;
  return result;
}

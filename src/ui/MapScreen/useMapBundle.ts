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

/**
 * The map with this id as far as it is loaded; a failed load is thrown to the error boundary.
 * A big map comes in parts (MapBundle.texts): by default this waits for every text, as the
 * presenting, study and handout screens need them; the explorer asks for the `skeleton`, draws
 * it at once and reads texts through the seam as they are needed.
 */
export function useMapBundle(
  id: string,
  { skeleton = false }: { skeleton?: boolean } = {},
): Exclude<MapLoad, { status: 'failed' }> {
  const store = useMapStore();
  const peek = (): MapLoad => {
    const known = store.peek(id);
    if (skeleton || known.status !== 'ready' || !known.bundle.texts) return known;
    return wholeLoads.get(known.bundle)?.settled ?? { status: 'loading' };
  };
  const [load, setLoad] = useState<{ id: string; result: MapLoad }>(() => ({
    id,
    result: peek(),
  }));

  useEffect(() => {
    let current = true;
    store
      .load(id)
      .then((result) => (skeleton ? result : whole(result)))
      .then((result) => {
        if (current) setLoad({ id, result });
      });
    return () => {
      current = false;
    };
  }, [store, id, skeleton]);

  const result = load.id === id ? load.result : peek();
  if (result.status === 'failed') throw result.error;
  return result;
}

/** Per skeleton bundle: the load of its whole graph, and its outcome once settled. */
const wholeLoads = new WeakMap<MapBundle, { promise: Promise<MapLoad>; settled?: MapLoad }>();

/** The bundle with every text in its graph (the same bundle when it has them all already). */
function whole(result: MapLoad): Promise<MapLoad> {
  if (result.status !== 'ready') return Promise.resolve(result);
  const bundle = result.bundle;
  const { texts, ...rest } = bundle;
  if (!texts) return Promise.resolve(result);
  let entry = wholeLoads.get(bundle);
  if (!entry) {
    const promise = texts.graph().then(
      (graph): MapLoad => ({ status: 'ready', bundle: { ...rest, graph } }),
      (error: unknown): MapLoad => ({ status: 'failed', error }),
    );
    const made = { promise } as { promise: Promise<MapLoad>; settled?: MapLoad };
    void promise.then((settled) => (made.settled = settled));
    entry = made;
    wholeLoads.set(bundle, entry);
  }
  return entry.promise;
}

import { useEffect, useSyncExternalStore } from 'react';
import type { MapRecords } from './records';
import { studyStore } from './study-store';

/**
 * A map's study records, kept up to date with every save and import (study-store.ts); null
 * while they load. The explorer's overlay and review dates and the study screen all read this.
 */
export function useMapRecords(map: string): MapRecords | null {
  const store = studyStore();
  useEffect(() => {
    void store.load(map);
  }, [store, map]);
  return useSyncExternalStore(
    store.subscribe,
    () => store.records(map),
    () => null,
  );
}

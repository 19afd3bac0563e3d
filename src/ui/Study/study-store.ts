/**
 * The one place study progress is kept (issue 12): IndexedDB in this browser, database
 * `musubi-study`, object store `cards`, one record per map and concept id. Nothing is sent
 * anywhere. Where IndexedDB is missing or refused (a private window of an old browser, storage
 * blocked by settings), progress is kept in memory for the visit and `persistent` says so, so the
 * screen can tell the student.
 *
 * Components read a map's records through `useMapRecords` (useSyncExternalStore): `records(map)`
 * is a snapshot that is replaced, never changed, when a record is written, and `save` resolves
 * only once the write is committed, so what the screen shows has been stored (a reload right
 * after rating finds it).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { newerRecord, type MapRecords, type StudyRecord } from './records';

const DB_NAME = 'musubi-study';
const DB_VERSION = 1;

interface StudyDb extends DBSchema {
  cards: { key: [string, string]; value: StudyRecord };
}

export interface StudyStore {
  /** The map's records, or null until they are loaded (call `load`). */
  records(map: string): MapRecords | null;
  load(map: string): Promise<void>;
  save(record: StudyRecord): Promise<void>;
  /** Every map's records (for the export). */
  all(): Promise<StudyRecord[]>;
  /** Merges imported records (the more recently reviewed of two wins); returns how many changed. */
  merge(records: readonly StudyRecord[]): Promise<number>;
  /** False when progress lives in memory only and is lost when the page closes. */
  readonly persistent: boolean;
  subscribe(listener: () => void): () => void;
}

/** Every key of one map: [map] sorts before [map, id] for any id, [map, []] after (arrays > strings). */
function mapRange(map: string): IDBKeyRange {
  return IDBKeyRange.bound([map], [map, []]);
}

export function createStudyStore(): StudyStore {
  const cache = new Map<string, MapRecords>();
  const loading = new Map<string, Promise<void>>();
  const listeners = new Set<() => void>();
  let persistent = typeof indexedDB !== 'undefined';
  const database: Promise<IDBPDatabase<StudyDb> | null> = persistent
    ? openDB<StudyDb>(DB_NAME, DB_VERSION, {
        upgrade(db) {
          db.createObjectStore('cards', { keyPath: ['map', 'id'] });
        },
      }).catch(() => {
        persistent = false;
        return null;
      })
    : Promise.resolve(null);

  const publish = (map: string, records: MapRecords) => {
    cache.set(map, records);
    for (const listener of listeners) listener();
  };

  const withRecords = (map: string, changed: readonly StudyRecord[]) => {
    const next = new Map(cache.get(map) ?? []);
    for (const record of changed) next.set(record.id, record);
    publish(map, next);
  };

  return {
    records: (map) => cache.get(map) ?? null,
    get persistent() {
      return persistent;
    },
    load(map) {
      const pending = loading.get(map);
      if (pending) return pending;
      const promise = database.then(async (db) => {
        const stored = db ? await db.getAll('cards', mapRange(map)) : [];
        // Records saved while loading are newer than what was read.
        const next = new Map(stored.map((record) => [record.id, record]));
        for (const [id, record] of cache.get(map) ?? []) next.set(id, record);
        publish(map, next);
      });
      loading.set(map, promise);
      return promise;
    },
    async save(record) {
      const db = await database;
      if (db) await db.put('cards', record);
      withRecords(record.map, [record]);
    },
    async all() {
      const db = await database;
      if (db) return db.getAll('cards');
      return [...cache.values()].flatMap((records) => [...records.values()]);
    },
    async merge(imported) {
      const db = await database;
      const changed: StudyRecord[] = [];
      for (const record of imported) {
        const here = db
          ? await db.get('cards', [record.map, record.id])
          : cache.get(record.map)?.get(record.id);
        if (newerRecord(here, record) === record) changed.push(record);
      }
      if (db && changed.length > 0) {
        const transaction = db.transaction('cards', 'readwrite');
        await Promise.all([
          ...changed.map((record) => transaction.store.put(record)),
          transaction.done,
        ]);
      }
      for (const map of new Set(changed.map((record) => record.map))) {
        if (cache.has(map))
          withRecords(
            map,
            changed.filter((record) => record.map === map),
          );
      }
      return changed.length;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

let shared: StudyStore | null = null;

/** The app's store, opened on first use. */
export function studyStore(): StudyStore {
  return (shared ??= createStudyStore());
}

/** Tests start each case from a fresh store (over a fresh fake IndexedDB). */
export function resetStudyStore(): void {
  shared = null;
}

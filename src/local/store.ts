/**
 * The maps opened in this browser, kept in IndexedDB (through `idb`, a thin promise wrapper) so a
 * reload, back/forward or a deep link in a new tab finds them without any server.
 *
 * Two object stores, written together in one transaction: `maps` holds the small summaries the
 * list shows, `contents` the notes and the built map. A transaction is all or nothing, so a full
 * disk (QuotaExceededError) or any other failure leaves no summary without its map, or the other
 * way round. When the browser refuses storage altogether (private browsing, storage turned off),
 * a map is still kept in memory for this tab, and the caller is told so in plain words.
 */
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { MapBundle } from '../graph/map-bundle';
import type { SharedFile } from './share-codec';

export interface LocalMapSummary {
  /** The map's name, its key and its URL segment (`/local/<name>`). */
  name: string;
  title: string;
  nodeCount: number;
  /** Size of the notes and companion as UTF-8, in bytes. */
  bytes: number;
  /** When this version was saved (ms since the epoch). */
  savedAt: number;
  /** Opened from files on this computer, or from a share link. */
  from: 'file' | 'link';
  /** CRC-32 of the files, to find a map already kept when the same notes come again. */
  fingerprint: number;
}

export interface LocalMap {
  summary: LocalMapSummary;
  files: readonly SharedFile[];
  bundle: MapBundle;
}

export type StorageProblem =
  /** The browser keeps nothing for this page (private browsing, storage turned off). */
  | { kind: 'unavailable'; detail: string }
  /** The storage this site may use is full. */
  | { kind: 'quota'; detail: string }
  | { kind: 'failed'; detail: string };

/** Thrown by `remove`, and reported (never thrown) by `save`. */
export class StorageError extends Error {
  constructor(readonly problem: StorageProblem) {
    super(problem.detail);
    this.name = 'StorageError';
  }
}

export interface LocalMapListing extends LocalMapSummary {
  /** False for a map kept only in this tab because the browser refused to store it. */
  persisted: boolean;
}

type SaveResult = { persisted: true } | { persisted: false; problem: StorageProblem };

export interface LocalLibrary {
  /** Newest first. */
  list(): Promise<LocalMapListing[]>;
  get(name: string): Promise<LocalMap | null>;
  /** Adds or replaces the map `map.summary.name`; never half-done. */
  save(map: LocalMap): Promise<SaveResult>;
  remove(name: string): Promise<void>;
  /** Called after any change here or in another tab of this site; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

interface LocalMapsSchema extends DBSchema {
  maps: { key: string; value: LocalMapSummary };
  contents: { key: string; value: { name: string; files: SharedFile[]; bundle: MapBundle } };
}

const DATABASE = 'musubi-local-maps';
const VERSION = 1;
/** Tells the other tabs of this site that the list changed. */
const CHANNEL = 'musubi-local-maps';

/** The library in IndexedDB (`factory` lets tests pass fake-indexeddb). */
export function indexedDbLibrary(
  factory: IDBFactory | null = globalThis.indexedDB ?? null,
): LocalLibrary {
  let database: Promise<IDBPDatabase<LocalMapsSchema>> | null = null;
  const open = () => {
    database ??= openWith(factory).catch((error: unknown) => {
      database = null; // try again next time: the user may have changed a setting
      throw new StorageError(storageProblem(error));
    });
    return database;
  };
  /** Maps the browser would not store, kept for this tab only. */
  const session = new Map<string, LocalMap>();
  const listeners = new Set<() => void>();
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  const notify = (fromOtherTab = false) => {
    for (const listener of listeners) listener();
    if (!fromOtherTab) channel?.postMessage('changed');
  };
  channel?.addEventListener('message', () => notify(true));

  return {
    async list() {
      const inSession = [...session.values()].map((map) => ({ ...map.summary, persisted: false }));
      let stored: LocalMapSummary[] = [];
      try {
        stored = await (await open()).getAll('maps');
      } catch {
        // No storage: the session's maps are all there is (the problem was told on saving).
      }
      const listed = stored
        .filter((summary) => !session.has(summary.name))
        .map((summary) => ({ ...summary, persisted: true }));
      return [...inSession, ...listed].sort((a, b) => b.savedAt - a.savedAt);
    },

    async get(name) {
      const kept = session.get(name);
      if (kept) return kept;
      try {
        const db = await open();
        const transaction = db.transaction(['maps', 'contents']);
        const [summary, content] = await Promise.all([
          transaction.objectStore('maps').get(name),
          transaction.objectStore('contents').get(name),
        ]);
        return summary && content
          ? { summary, files: content.files, bundle: content.bundle }
          : null;
      } catch {
        return null;
      }
    },

    async save(map) {
      const { name } = map.summary;
      try {
        const db = await open();
        // Both puts belong to one transaction: if either fails, neither is kept.
        await writeAll(db, [
          (transaction) => transaction.objectStore('maps').put(map.summary),
          (transaction) =>
            transaction
              .objectStore('contents')
              .put({ name, files: [...map.files], bundle: map.bundle }),
        ]);
        session.delete(name);
        notify();
        return { persisted: true };
      } catch (error) {
        session.set(name, map);
        notify();
        return {
          persisted: false,
          problem: error instanceof StorageError ? error.problem : storageProblem(error),
        };
      }
    },

    async remove(name) {
      const inSession = session.delete(name);
      try {
        const db = await open();
        await writeAll(db, [
          (transaction) => transaction.objectStore('maps').delete(name),
          (transaction) => transaction.objectStore('contents').delete(name),
        ]);
      } catch (error) {
        if (!inSession)
          throw error instanceof StorageError ? error : new StorageError(storageProblem(error));
      } finally {
        notify();
      }
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

type WriteTransaction = IDBPTransaction<LocalMapsSchema, ('maps' | 'contents')[], 'readwrite'>;

/**
 * Runs the writes in one transaction and waits for it to commit. A write can fail as it is
 * asked for (DataCloneError is thrown, not reported) after an earlier one was queued: the
 * transaction is then aborted by hand, or it would commit the earlier write alone.
 */
async function writeAll(
  db: IDBPDatabase<LocalMapsSchema>,
  writes: readonly ((transaction: WriteTransaction) => Promise<unknown>)[],
): Promise<void> {
  const transaction = db.transaction(['maps', 'contents'], 'readwrite');
  const done = transaction.done;
  const requests: Promise<unknown>[] = [];
  try {
    for (const write of writes) {
      const request = write(transaction);
      // Each request also rejects when the transaction is aborted; the first error is enough.
      request.catch(() => {});
      requests.push(request);
    }
    await Promise.all(requests);
    await done;
  } catch (error) {
    try {
      transaction.abort();
    } catch {
      // Already finished or aborted by the failing request: nothing was committed.
    }
    await done.catch(() => {});
    throw error;
  }
}

async function openWith(factory: IDBFactory | null): Promise<IDBPDatabase<LocalMapsSchema>> {
  if (!factory) throw new DOMException('This browser has no IndexedDB.', 'SecurityError');
  // idb's openDB, with the factory given (fake-indexeddb in tests) instead of the global one.
  const request = factory.open(DATABASE, VERSION);
  request.addEventListener('upgradeneeded', () => {
    const db = request.result;
    db.createObjectStore('maps', { keyPath: 'name' });
    db.createObjectStore('contents', { keyPath: 'name' });
  });
  const db = await wrap(request);
  if (!db) throw new DOMException('IndexedDB opened no database.', 'UnknownError');
  return db as unknown as IDBPDatabase<LocalMapsSchema>;
}

/** What went wrong, in the three cases the user can act on differently. */
export function storageProblem(error: unknown): StorageProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const detail =
    error instanceof Error || error instanceof DOMException ? error.message : String(error);
  if (name === 'QuotaExceededError') return { kind: 'quota', detail };
  // SecurityError: storage blocked for the site; InvalidStateError: Firefox's private windows
  // before version 115; UnknownError: Chromium when the profile's storage is unusable.
  if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'UnknownError') {
    return { kind: 'unavailable', detail };
  }
  return { kind: 'failed', detail };
}

/** A library in memory only: the one-file page (which has its map inline) and tests. */
export function memoryLibrary(initial: readonly LocalMap[] = []): LocalLibrary {
  const maps = new Map(initial.map((map) => [map.summary.name, map]));
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  return {
    list: async () =>
      [...maps.values()]
        .map((map) => ({ ...map.summary, persisted: true }))
        .sort((a, b) => b.savedAt - a.savedAt),
    get: async (name) => maps.get(name) ?? null,
    save: async (map) => {
      maps.set(map.summary.name, map);
      notify();
      return { persisted: true };
    },
    remove: async (name) => {
      maps.delete(name);
      notify();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

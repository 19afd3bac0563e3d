// idb recognises requests by the global IDB classes; the auto import installs fake ones.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import {
  indexedDbLibrary,
  memoryLibrary,
  storageProblem,
  StorageError,
  type LocalMap,
} from '../../../src/local/store';

function localMap(
  name: string,
  savedAt = 1,
  text = `${name}\n${'='.repeat(name.length)}\n`,
): LocalMap {
  return {
    summary: {
      name,
      title: name,
      nodeCount: 1,
      bytes: text.length,
      savedAt,
      from: 'file',
      fingerprint: 0,
    },
    files: [{ name: `${name}.rst`, text }],
    bundle: {
      graph: {
        mapId: `local/${name}`,
        title: name,
        nodes: [],
        edges: [],
        tours: [],
        diagnostics: [],
      },
      positions: {},
    },
  };
}

describe('the IndexedDB library', () => {
  test('a saved map is listed and comes back whole, also through a second connection (a reload)', async () => {
    const factory = new IDBFactory();
    const library = indexedDbLibrary(factory);
    await expect(library.save(localMap('notes'))).resolves.toEqual({ persisted: true });

    const afterReload = indexedDbLibrary(factory);
    expect((await afterReload.list()).map((map) => [map.name, map.persisted])).toEqual([
      ['notes', true],
    ]);
    await expect(afterReload.get('notes')).resolves.toEqual(localMap('notes'));
  });

  test('lists newest first; saving a name again replaces that map (an update)', async () => {
    const library = indexedDbLibrary(new IDBFactory());
    await library.save(localMap('old', 1));
    await library.save(localMap('new', 2));
    await library.save(localMap('old', 3, 'updated\n'));
    expect((await library.list()).map((map) => map.name)).toEqual(['old', 'new']);
    expect((await library.get('old'))?.files[0]?.text).toBe('updated\n');
  });

  test('a deleted map is gone from the list and from storage', async () => {
    const factory = new IDBFactory();
    const library = indexedDbLibrary(factory);
    await library.save(localMap('a'));
    await library.save(localMap('b'));
    await library.remove('a');
    expect((await indexedDbLibrary(factory).list()).map((map) => map.name)).toEqual(['b']);
    await expect(indexedDbLibrary(factory).get('a')).resolves.toBeNull();
  });

  test('an unknown name is null, not an error', async () => {
    await expect(indexedDbLibrary(new IDBFactory()).get('nothing')).resolves.toBeNull();
  });

  test('a failed save keeps nothing half-saved: no summary without its map', async () => {
    const factory = new IDBFactory();
    const library = indexedDbLibrary(factory);
    const broken = localMap('broken');
    // A function cannot be stored (DataCloneError) – the summary put, made first in the same
    // transaction, must be rolled back with it.
    (broken.bundle as unknown as { layoutHook: () => void }).layoutHook = () => {};
    const result = await library.save(broken);
    expect(result).toMatchObject({ persisted: false, problem: { kind: 'failed' } });

    const stored = indexedDbLibrary(factory);
    await expect(stored.list()).resolves.toEqual([]);
    await expect(stored.get('broken')).resolves.toBeNull();
  });

  test('a map the browser would not store stays open in this tab, marked as not kept', async () => {
    const library = indexedDbLibrary(null);
    const result = await library.save(localMap('private'));
    expect(result).toMatchObject({ persisted: false, problem: { kind: 'unavailable' } });
    expect((await library.list()).map((map) => [map.name, map.persisted])).toEqual([
      ['private', false],
    ]);
    await expect(library.get('private')).resolves.toEqual(localMap('private'));
    await library.remove('private');
    await expect(library.list()).resolves.toEqual([]);
  });

  test('deleting where there is no storage at all is an error the user is told', async () => {
    await expect(indexedDbLibrary(null).remove('x')).rejects.toBeInstanceOf(StorageError);
  });

  test('subscribers hear of every save and delete', async () => {
    const library = indexedDbLibrary(new IDBFactory());
    let heard = 0;
    const stop = library.subscribe(() => (heard += 1));
    await library.save(localMap('a'));
    await library.remove('a');
    stop();
    await library.save(localMap('b'));
    expect(heard).toBe(2);
  });
});

describe('storage problems are told apart by what the user can do', () => {
  test.each([
    ['QuotaExceededError', 'quota'],
    ['SecurityError', 'unavailable'],
    ['InvalidStateError', 'unavailable'],
    ['UnknownError', 'unavailable'],
    ['DataCloneError', 'failed'],
  ])('%s is %s', (name, kind) => {
    expect(storageProblem(new DOMException('message', name))).toEqual({ kind, detail: 'message' });
  });
});

test('the memory library (the one-file page) lists, finds and forgets', async () => {
  const library = memoryLibrary([localMap('one', 1)]);
  await library.save(localMap('two', 2));
  expect((await library.list()).map((map) => map.name)).toEqual(['two', 'one']);
  await library.remove('one');
  await expect(library.get('one')).resolves.toBeNull();
});

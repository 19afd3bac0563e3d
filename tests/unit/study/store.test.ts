import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test } from 'vitest';
import type { NodeId } from '../../../src/notes/concepts/model';
import { cardHash, type StudyCard } from '../../../src/notes/study';
import { knowledgeOf, progressOf } from '../../../src/ui/Study/records';
import { review } from '../../../src/ui/Study/scheduler';
import { sessionQueue } from '../../../src/ui/Study/session';
import { readStudyFile, toStudyFile } from '../../../src/ui/Study/study-file';
import { createStudyStore } from '../../../src/ui/Study/study-store';

const NOW = Date.parse('2025-05-01T09:00:00Z');
const MINUTE = 60_000;

function card(id: string, text: string, order = 0): StudyCard {
  return { id: id as NodeId, label: id, names: [id], hash: cardHash(text), order };
}

const pod = card('pod', 'A group of containers.', 0);
const service = card('service', 'Finds Pods.', 1);

beforeEach(() => {
  // A fresh, empty IndexedDB per test: nothing leaks from one case into the next.
  globalThis.indexedDB = new IDBFactory();
});

describe('the study store', () => {
  test('a rating survives a reload: a new store over the same database finds it', async () => {
    const first = createStudyStore();
    await first.load('kubernetes');
    expect(first.records('kubernetes')?.size).toBe(0);
    await first.save(review('kubernetes', pod, null, 'good', NOW));

    const reopened = createStudyStore();
    expect(reopened.records('kubernetes')).toBeNull(); // not loaded yet
    await reopened.load('kubernetes');
    const records = reopened.records('kubernetes')!;
    expect([...records.keys()]).toEqual(['pod']);
    expect(records.get('pod')).toMatchObject({ map: 'kubernetes', state: 'learning', reps: 1 });
    expect(reopened.persistent).toBe(true);
  });

  test('maps are kept apart: each map loads only its own records', async () => {
    const store = createStudyStore();
    await store.save(review('kubernetes', pod, null, 'good', NOW));
    await store.save(review('k8s', service, null, 'good', NOW));
    const reopened = createStudyStore();
    await reopened.load('kubernetes');
    expect([...reopened.records('kubernetes')!.keys()]).toEqual(['pod']);
  });

  test('subscribers hear of every save, and the snapshot is replaced, not changed', async () => {
    const store = createStudyStore();
    await store.load('kubernetes');
    const before = store.records('kubernetes');
    let heard = 0;
    store.subscribe(() => (heard += 1));
    await store.save(review('kubernetes', pod, null, 'again', NOW));
    expect(heard).toBe(1);
    expect(store.records('kubernetes')).not.toBe(before);
    expect(before?.size).toBe(0);
  });

  test('without IndexedDB, progress is kept in memory and the store says it is not persistent', async () => {
    // @ts-expect-error -- a browser where IndexedDB is missing
    delete globalThis.indexedDB;
    const store = createStudyStore();
    await store.load('kubernetes');
    await store.save(review('kubernetes', pod, null, 'good', NOW));
    expect(store.persistent).toBe(false);
    expect(store.records('kubernetes')?.get('pod')?.reps).toBe(1);
  });
});

describe('a changed definition comes back as new', () => {
  test('the stored progress is ignored once the card’s text differs', async () => {
    const store = createStudyStore();
    await store.save(review('kubernetes', pod, null, 'easy', NOW));
    await store.load('kubernetes');
    const records = store.records('kubernetes')!;
    expect(knowledgeOf(progressOf(pod, records), NOW + MINUTE)).toBe('known');

    const rewritten = card('pod', 'The smallest deployable unit: one or more containers.', 0);
    expect(progressOf(rewritten, records)).toBeNull();
    expect(knowledgeOf(progressOf(rewritten, records), NOW + MINUTE)).toBe('new');
    expect(sessionQueue([rewritten], records, NOW + MINUTE)).toMatchObject({ fresh: 1 });
    // Re-wrapping the same words is no change.
    const rewrapped = card('pod', 'A group\n   of containers.', 0);
    expect(progressOf(rewrapped, records)).not.toBeNull();
  });
});

describe('the session', () => {
  test('rating a new card Good takes it out of what is due now; it is due again later', () => {
    const records = new Map();
    expect(sessionQueue([pod, service], records, NOW).due.map((c) => c.id)).toEqual([
      'pod',
      'service',
    ]);
    const rated = review('kubernetes', pod, null, 'good', NOW);
    records.set('pod', rated);
    const after = sessionQueue([pod, service], records, NOW + MINUTE);
    expect(after.due.map((c) => c.id)).toEqual(['service']);
    expect(after.doneToday).toBe(1);
    expect(after.nextDue).toBe(rated.due);
    // Learning steps: Good on a new card asks again within the hour, and then it is due first.
    expect(rated.due - NOW).toBeLessThan(60 * MINUTE);
    expect(sessionQueue([pod, service], records, rated.due).due.map((c) => c.id)).toEqual([
      'pod',
      'service',
    ]);
  });

  test('Again keeps a card close, Easy sends it days away', () => {
    const again = review('kubernetes', pod, null, 'again', NOW);
    const easy = review('kubernetes', pod, null, 'easy', NOW);
    expect(again.due - NOW).toBeLessThanOrEqual(5 * MINUTE);
    expect(easy.due - NOW).toBeGreaterThanOrEqual(24 * 60 * MINUTE);
    expect(knowledgeOf(easy, NOW)).toBe('known');
    expect(knowledgeOf(again, NOW)).toBe('learning');
    expect(knowledgeOf(again, again.due)).toBe('due');
  });
});

describe('export and import', () => {
  test('a file exported in one browser brings the same progress into another', async () => {
    const here = createStudyStore();
    const podRecord = review('kubernetes', pod, null, 'good', NOW);
    await here.save(podRecord);
    await here.save(review('kubernetes', service, null, 'easy', NOW + MINUTE));
    await here.save(review('other-map', pod, null, 'again', NOW));
    const text = JSON.stringify(toStudyFile(await here.all(), NOW + 2 * MINUTE));

    globalThis.indexedDB = new IDBFactory(); // the other browser
    const there = createStudyStore();
    const read = readStudyFile(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(await there.merge(read.records)).toBe(3);
    await there.load('kubernetes');
    expect(there.records('kubernetes')?.get('pod')).toEqual(podRecord);
    expect(sortById(await there.all())).toEqual(sortById(await here.all()));
  });

  test('importing keeps the more recently reviewed of two records of a card', async () => {
    const store = createStudyStore();
    const older = review('kubernetes', pod, null, 'again', NOW);
    const newer = review('kubernetes', pod, older, 'good', NOW + 10 * MINUTE);
    await store.save(newer);
    expect(await store.merge([older])).toBe(0);
    await store.load('kubernetes');
    expect(store.records('kubernetes')?.get('pod')).toEqual(newer);
  });

  test.each([
    ['not JSON at all', 'hello', 'not-json'],
    ['some other JSON file', '{"name":"package"}', 'not-study-file'],
    ['a newer format', '{"format":"musubi-study","version":9,"records":[]}', 'newer-version'],
    [
      'a broken record',
      '{"format":"musubi-study","version":1,"exportedAt":"2025-05-01T00:00:00.000Z","records":[{"map":"k"}]}',
      'invalid',
    ],
  ])('a file that is %s is refused and says why', (_, text, problem) => {
    expect(readStudyFile(text)).toEqual({ ok: false, problem });
  });
});

function sortById<T extends { map: string; id: string }>(records: T[]): T[] {
  return [...records].sort((a, b) => `${a.map}/${a.id}`.localeCompare(`${b.map}/${b.id}`));
}

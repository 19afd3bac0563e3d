import { describe, expect, test } from 'vitest';
import {
  appPathInMap,
  pathInMap,
  readShareFragment,
  shareHref,
} from '../../../src/routes/local-fragment';
import {
  localMapId,
  localMapName,
  localPattern,
  mapIdOfPath,
  paths,
} from '../../../src/routes/paths';

const notes = localMapId('notes');

describe('URLs of maps opened in the browser', () => {
  test.each([
    [paths.map.href(notes), '/local/notes'],
    [paths.node.href(notes, 'pod', { depth: 1 }), '/local/notes/node/pod?depth=1'],
    [paths.present.href(notes, { tour: 'intro', id: 'pod' }), '/local/notes/present/intro/pod'],
    [paths.speaker.href(notes, { tour: null, id: 'pod' }), '/local/notes/speaker/pod'],
    [paths.handout.href(notes), '/local/notes/handout'],
    [
      paths.node.href(localMapId('ノート'), 'ポッド'),
      `/local/${encodeURIComponent('ノート')}/node/${encodeURIComponent('ポッド')}`,
    ],
    // A bundled map is unchanged, even one whose name starts like the prefix.
    [paths.node.href('localhost', 'pod'), '/localhost/node/pod'],
  ])('%s', (href, expected) => {
    expect(href).toBe(expected);
  });

  test('the route patterns are the bundled ones one segment down', () => {
    expect(localPattern(paths.node.pattern)).toBe('/local/:map/node/:id');
  });

  test('a path names its map before the router starts', () => {
    expect(mapIdOfPath('/local/notes/node/pod')).toBe('local/notes');
    expect(mapIdOfPath(`/local/${encodeURIComponent('ノート')}`)).toBe('local/ノート');
    expect(mapIdOfPath('/local')).toBeNull();
    expect(mapIdOfPath('/kubernetes/node/pod')).toBe('kubernetes');
  });

  test('a bundled map id is never read as local', () => {
    expect(localMapName('kubernetes')).toBeNull();
    expect(localMapName(notes)).toBe('notes');
  });
});

describe('the share fragment', () => {
  test('carries where to land and the notes, and reads back', () => {
    const href = shareHref({ at: '/node/pod?depth=1', payload: 'AbC-_9' });
    expect(href).toBe('/local/#at=%2Fnode%2Fpod%3Fdepth%3D1&notes=AbC-_9');
    expect(readShareFragment(href.slice(href.indexOf('#')))).toEqual({
      at: '/node/pod?depth=1',
      payload: 'AbC-_9',
    });
  });

  test('a fragment without notes is not a share link', () => {
    expect(readShareFragment('#at=%2Fnode%2Fpod')).toBeNull();
    expect(readShareFragment('')).toBeNull();
  });

  test.each([
    ['a climb out of the map', '/../../kubernetes'],
    ['a dot segment', '/node/./pod'],
    ['no leading slash', 'node/pod'],
    ['an empty segment', '//evil.example/x'],
    ['a fragment', '/node/pod#x'],
  ])('lands on the whole map for %s', (_case, at) => {
    expect(readShareFragment(`#at=${encodeURIComponent(at)}&notes=x`)?.at).toBe('');
    expect(appPathInMap(notes, at)).toBe('/local/notes');
  });

  test('the place in a map is read from the app path and put back under another name', () => {
    const at = pathInMap(notes, '/local/notes/present/intro/pod');
    expect(at).toBe('/present/intro/pod');
    expect(appPathInMap(localMapId('notes-2'), at)).toBe('/local/notes-2/present/intro/pod');
    expect(pathInMap(notes, '/local/other/node/pod')).toBe('');
    expect(pathInMap(notes, '/local/notes-2/node/pod')).toBe('');
  });
});

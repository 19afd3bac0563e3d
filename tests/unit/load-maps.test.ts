import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { firstInvalidByte } from '../../src/cli/decode-utf8';
import { NotesFileError, listMaps, readMap } from '../../src/cli/load-maps';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'musubi-load-'));
}

describe('listMaps', () => {
  test('every .rst file in the folder is a map named by its stem, sorted', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'zeta.rst'), 'Z\n');
    writeFileSync(join(dir, 'alpha.rst'), 'A\n');
    writeFileSync(join(dir, 'alpha.map.yaml'), 'tours: {}\n');
    writeFileSync(join(dir, 'readme.txt'), 'not notes\n');
    mkdirSync(join(dir, 'folder.rst'));
    expect(listMaps(dir)).toEqual([
      { mapId: 'alpha', notesPath: join(dir, 'alpha.rst') },
      { mapId: 'zeta', notesPath: join(dir, 'zeta.rst') },
    ]);
  });

  test('finds the notes in a folder (the tests’ copy of the seed)', () => {
    expect(listMaps('tests/fixtures/seed').map((entry) => entry.mapId)).toContain('kubernetes');
  });
});

describe('readMap', () => {
  test('reads the notes and the sibling companion, naming files relative to the root', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'k8s.rst'), 'Pod\n\tA container.\n');
    writeFileSync(join(dir, 'k8s.map.yaml'), 'aliases: { Pod: [ポッド] }\n');
    expect(readMap(join(dir, 'k8s.rst'), { root: dir })).toEqual({
      mapId: 'k8s',
      notes: { file: 'k8s.rst', text: 'Pod\n\tA container.\n' },
      companion: { file: 'k8s.map.yaml', text: 'aliases: { Pod: [ポッド] }\n' },
    });
  });

  test('has no companion when there is no sibling .map.yaml', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'solo.rst'), 'Solo\n');
    expect(readMap(join(dir, 'solo.rst'), { root: dir }).companion).toBeUndefined();
  });

  test('strips a UTF-8 byte order mark', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bom.rst'), Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('用語\n')]));
    const input = readMap(join(dir, 'bom.rst'), { root: dir });
    expect('notes' in input && input.notes.text).toBe('用語\n');
  });

  test.each([
    ['a Latin-1 byte', Buffer.from('Pod\nCaf\xe9\n', 'latin1'), 'byte 0xe9 at offset 7, line 2'],
    ['Shift_JIS (ポッド)', Buffer.from([0x50, 0x0a, 0x83, 0x7c]), 'byte 0x83 at offset 2, line 2'],
    ['a stray 0xff', Buffer.from([0x61, 0xff]), 'byte 0xff at offset 1, line 1'],
  ])('refuses notes that are not UTF-8: %s', (_, bytes, where) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'x.rst'), bytes);
    const read = () => readMap(join(dir, 'x.rst'), { root: dir });
    expect(read).toThrow(NotesFileError);
    expect(read).toThrow(`x.rst: not valid UTF-8 (${where}); save the notes as UTF-8`);
  });

  test('a non-UTF-8 companion file is named in the error', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'x.rst'), 'Pod\n');
    writeFileSync(join(dir, 'x.map.yaml'), Buffer.from([0xfe]));
    expect(() => readMap(join(dir, 'x.rst'), { root: dir })).toThrow(
      'x.map.yaml: not valid UTF-8 (byte 0xfe at offset 0, line 1); save the companion file as UTF-8',
    );
  });

  test.each([
    ['a missing file', (dir: string) => join(dir, 'nope.rst'), 'nope.rst: no such file'],
    [
      'a directory',
      (dir: string) => (mkdirSync(join(dir, 'd.rst')), join(dir, 'd.rst')),
      'd.rst: is a directory, not a notes file',
    ],
  ])('an unreadable path is a one-line NotesFileError: %s', (_, make, message) => {
    const dir = tempDir();
    const path = make(dir);
    expect(() => readMap(path, { root: dir })).toThrow(NotesFileError);
    expect(() => readMap(path, { root: dir })).toThrow(message);
  });
});

describe('firstInvalidByte', () => {
  test.each([
    ['ASCII and Japanese', Buffer.from('Pod ポッド 🚀'), -1],
    ['an overlong encoding of "/"', Buffer.from([0x41, 0xc0, 0xaf]), 1],
    ['a UTF-16 surrogate', Buffer.from([0xed, 0xa0, 0x80]), 0],
    ['a sequence cut short at the end', Buffer.from([0x41, 0xe3, 0x83]), 1],
    ['a code point past U+10FFFF', Buffer.from([0xf4, 0x90, 0x80, 0x80]), 0],
  ])('%s', (_, bytes, offset) => {
    expect(firstInvalidByte(bytes)).toBe(offset);
    // Agrees with the platform's strict decoder on whether the bytes are valid at all.
    const valid = (() => {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return true;
      } catch {
        return false;
      }
    })();
    expect(valid).toBe(offset === -1);
  });
});

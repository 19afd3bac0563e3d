/**
 * Loading notebooks from data/: a folder of notes files is one map (listMaps), read with all its
 * files and the companion file beside it (readMap), inspected by the CLI, and `.. include::`
 * reads only files inside it, whatever symbolic links say.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runInspect } from '../../../src/cli/cli';
import { companionPathFor, listMaps, readMap } from '../../../src/cli/load-maps';
import { nodeAtLine } from '../../../src/notes/concepts/node-at-line';
import { buildMap } from '../../../src/notes/pipeline';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'musubi-notebook-'));
}

/** data/ with a single-file map, a notebook (nested, with hidden and empty folders) and extras. */
function dataDir(): string {
  const data = tempDir();
  writeFileSync(join(data, 'kubernetes.rst'), 'Kubernetes\n==========\n\nPod\n   A container.\n');
  const notebook = join(data, 'crypto');
  mkdirSync(join(notebook, 'classical'), { recursive: true });
  mkdirSync(join(notebook, '.obsidian'));
  writeFileSync(join(notebook, 'index.md'), '# Cryptography\n\nStart at [[Caesar cipher]].\n');
  writeFileSync(
    join(notebook, 'classical', 'Caesar cipher.md'),
    '---\naliases: [Shift cipher]\n---\n# Caesar cipher\n\nShift every letter.\n',
  );
  writeFileSync(join(notebook, '.obsidian', 'hidden.md'), '# Not a note\n');
  writeFileSync(join(notebook, 'picture.png'), 'not notes');
  writeFileSync(join(data, 'crypto.map.yaml'), 'aliases:\n  Caesar cipher: [ROT3]\n');
  mkdirSync(join(data, 'empty', 'deeper'), { recursive: true });
  writeFileSync(join(data, 'empty', 'readme.txt'), 'no notes here');
  return data;
}

describe('listMaps', () => {
  test('a folder holding notes files at any depth is one map, named after the folder', () => {
    const data = dataDir();
    expect(listMaps(data)).toEqual([
      { mapId: 'crypto', notesPath: join(data, 'crypto') },
      { mapId: 'kubernetes', notesPath: join(data, 'kubernetes.rst') },
    ]);
  });

  test("a notebook's companion file is beside its folder, named after the map", () => {
    expect(companionPathFor(join('data', 'crypto'))).toBe(join('data', 'crypto.map.yaml'));
    expect(companionPathFor('data/crypto/')).toBe(join('data', 'crypto.map.yaml'));
    expect(companionPathFor('data/my.notes')).toBe(join('data', 'my.notes.map.yaml'));
  });
});

describe('readMap on a notebook folder', () => {
  test('reads every notes file in path order, hidden folders and other files left out', () => {
    const data = dataDir();
    const input = readMap(join(data, 'crypto'), { root: data });
    expect(input.mapId).toBe('crypto');
    expect('notebook' in input && input.notebook.folder).toBe('crypto');
    expect('notebook' in input && input.notebook.files.map((f) => f.file)).toEqual([
      'crypto/classical/Caesar cipher.md',
      'crypto/index.md',
    ]);
    expect(input.companion?.file).toBe('crypto.map.yaml');
  });

  test('builds one map: links across folders, the companion applied to it', () => {
    const data = dataDir();
    const graph = buildMap(readMap(join(data, 'crypto'), { root: data }));
    expect(graph.title).toBe('Cryptography');
    expect(graph.nodes.map((n) => n.id)).toEqual(['cryptography', 'caesar-cipher']);
    expect(graph.edges.map((e) => e.id)).toContain('links:caesar-cipher->cryptography');
    expect(graph.nodes[1]!.aliases).toEqual(['Shift cipher', 'ROT3']);
    // The Problems panel finds the concept at a line of a notebook file.
    expect(nodeAtLine(graph, 'crypto/classical/Caesar cipher.md', 6)).toBe('caesar-cipher');
    expect(nodeAtLine(graph, 'crypto/index.md', 3)).toBe('cryptography');
  });

  test('a file of the notebook that cannot be read is an error of the map, which still builds', () => {
    const data = dataDir();
    writeFileSync(join(data, 'crypto', 'latin1.md'), Buffer.from('Caf\xe9\n', 'latin1'));
    const graph = buildMap(readMap(join(data, 'crypto'), { root: data }));
    expect(graph.nodes.map((n) => n.id)).toEqual(['cryptography', 'caesar-cipher']);
    expect(graph.diagnostics).toEqual([
      {
        file: 'crypto/latin1.md',
        line: 1,
        severity: 'error',
        message:
          'not valid UTF-8 (byte 0xe9 at offset 3, line 1); save the notes as UTF-8; this file is left out of the map.',
      },
    ]);
  });

  test('a folder without notes files is not a map', () => {
    const data = dataDir();
    expect(() => readMap(join(data, 'empty'), { root: data })).toThrow(
      'empty: is a directory, not a notes file, and holds no notes files (.rst, .rest, .md, .markdown)',
    );
  });
});

describe('.. include:: reads only inside the notebook folder', () => {
  test('a file of the folder is read; a symbolic link out of it is refused', () => {
    const data = tempDir();
    const outside = join(data, 'secret.txt');
    writeFileSync(outside, 'Secret\n   Must never be read.\n');
    const notebook = join(data, 'book');
    mkdirSync(join(notebook, 'parts'), { recursive: true });
    writeFileSync(join(notebook, 'index.rst'), 'Book\n====\n\n.. include:: parts/link.txt\n');
    writeFileSync(join(notebook, 'parts', 'inside.txt'), 'Inside\n   Read.\n');
    symlinkSync(outside, join(notebook, 'parts', 'link.txt'));
    const input = readMap(notebook, { root: data });
    if (!('notebook' in input)) throw new Error('a folder is a notebook');
    const read = input.notebook.readIncluded!;
    expect(read('parts/inside.txt')).toEqual({ text: 'Inside\n   Read.\n' });
    expect(read('parts/link.txt')).toEqual({
      problem: 'it leads outside the notebook folder (through a symbolic link)',
    });
    expect(read('parts/missing.txt')).toEqual({ problem: 'no such file in the notebook folder' });
    expect(read('parts')).toEqual({ problem: 'it is not a file' });
  });

  test('a symbolic link to a folder outside is not followed when listing notes', () => {
    const data = tempDir();
    mkdirSync(join(data, 'elsewhere'));
    writeFileSync(join(data, 'elsewhere', 'private.md'), '# Private\n');
    mkdirSync(join(data, 'book'));
    writeFileSync(join(data, 'book', 'index.md'), '# Book\n');
    symlinkSync(join(data, 'elsewhere'), join(data, 'book', 'linked'));
    const input = readMap(join(data, 'book'), { root: data });
    expect('notebook' in input && input.notebook.files.map((f) => f.file)).toEqual([
      'book/index.md',
    ]);
  });
});

describe('inspect on a notebook folder', () => {
  test('prints the notebook as one graph, its file being the folder', () => {
    const data = dataDir();
    const stdout: string[] = [];
    const status = runInspect([`${join(data, 'crypto')}/`], {
      stdout: (line) => stdout.push(line),
      stderr: (line) => stdout.push(`stderr: ${line}`),
      cwd: data,
    });
    expect(status).toBe(0);
    const output = JSON.parse(stdout.join('\n')) as {
      file: string;
      mapId: string;
      nodes: unknown[];
    };
    expect(output.file).toBe('crypto');
    expect(output.mapId).toBe('crypto');
    expect(output.nodes).toHaveLength(2);
  });
});

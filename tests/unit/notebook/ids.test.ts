/**
 * Concept ids in a notebook stay unique and stable: a name defined in two files is one concept,
 * two different concepts with one name get ids that tell them apart (qualified by their file)
 * and a diagnostic says so. docs/graph-format.md, "Ids in a notebook".
 */
import { describe, expect, test } from 'vitest';
import type { ConceptGraph } from '../../../src/notes/concepts/model';
import { buildMap } from '../../../src/notes/pipeline';

function vault(files: Record<string, string>): ConceptGraph {
  return buildMap({
    mapId: 'vault',
    notebook: {
      folder: 'data/vault',
      files: Object.entries(files).map(([path, text]) => ({ file: `data/vault/${path}`, text })),
    },
  });
}

const ids = (graph: ConceptGraph) => graph.nodes.map((node) => node.id);

describe('ids in a notebook', () => {
  test('a term defined in two files is one concept, written in both', () => {
    const graph = vault({
      'a.md': '# A\n\nAperture\n: The diameter of the main lens.\n',
      'b.md': '# B\n\nAperture\n: Decides how much light is gathered.\n',
    });
    const aperture = graph.nodes.filter((node) => node.label === 'Aperture');
    expect(aperture).toHaveLength(1);
    expect(aperture[0]!.id).toBe('aperture');
    expect(aperture[0]!.occurrences.map((o) => `${o.file}:${o.line}`)).toEqual([
      'data/vault/a.md:3',
      'data/vault/b.md:3',
    ]);
    expect(graph.diagnostics).toEqual([]);
  });

  test('a note and a heading of that name in another note are one concept', () => {
    const graph = vault({
      'Enigma.md': '# Enigma\n\nA rotor machine.\n',
      'History.md': '# History\n\n## Enigma\n\nBroken at Bletchley Park.\n',
    });
    expect(graph.nodes.filter((node) => node.label === 'Enigma').map((n) => n.id)).toEqual([
      'enigma',
    ]);
  });

  test('the same heading in two notes is two concepts, each qualified by its file, with an info', () => {
    const graph = vault({
      'Caesar cipher.md': '# Caesar cipher\n\n## How it works\n\nShift every letter.\n',
      'guide/Vigenere cipher.md': '# Vigenère cipher\n\n## How it works\n\nShift by a key word.\n',
    });
    expect(ids(graph)).toEqual([
      'caesar-cipher',
      'caesar-cipher--how-it-works',
      'vigenère-cipher',
      'guide-vigenere-cipher--how-it-works',
    ]);
    expect(graph.diagnostics.map((d) => [d.file, d.line, d.severity])).toEqual([
      ['data/vault/Caesar cipher.md', 3, 'info'],
      ['data/vault/guide/Vigenere cipher.md', 3, 'info'],
    ]);
    expect(graph.diagnostics[0]!.message).toBe(
      'The heading "How it works" is also a heading in guide/Vigenere cipher.md: headings of different notes are different concepts, so this one\'s id is "caesar-cipher--how-it-works" rather than "how-it-works". Define "How it works" as a term if they are one concept.',
    );
  });

  test('two notes with one title in different folders are two concepts, with a warning each', () => {
    const graph = vault({
      'physics/index.md': '# Index\n\nForces.\n',
      'chemistry/index.md': '# Index\n\nReactions.\n',
    });
    expect(ids(graph).sort()).toEqual(['chemistry-index--index', 'physics-index--index']);
    expect(graph.diagnostics.map((d) => [d.file, d.severity, d.message])).toEqual([
      [
        'data/vault/chemistry/index.md',
        'warning',
        'Another note is titled "Index" too (physics/index.md): each is a concept of its own, and this one\'s id is "chemistry-index--index". Give the notes different titles so that links by name find the one you mean.',
      ],
      ['data/vault/physics/index.md', 'warning', expect.stringContaining('"physics-index--index"')],
    ]);
  });

  test('paths whose slugs are equal still give different ids', () => {
    const graph = vault({ 'a/b.md': '# Same\n', 'a-b.md': '# Same\n' });
    const same = ids(graph);
    expect(new Set(same).size).toBe(2);
    expect(same).toContain('a-b--same');
  });

  test('every id of a notebook is unique, and links name the concept they lead to', () => {
    const graph = vault({
      'a.md': '# A\n\n## Notes\n\nSee [[b#Notes]].\n',
      'b.md': '# B\n\n## Notes\n\nSee [[a#Notes]].\n',
    });
    expect(new Set(ids(graph)).size).toBe(graph.nodes.length);
    expect(graph.edges.filter((e) => e.kind === 'links').map((e) => e.id)).toEqual([
      'links:b--notes->a--notes',
      'links:a--notes->b--notes',
    ]);
  });

  test('a heading several notes have is mentioned only in its own note', () => {
    const graph = vault({
      'a.md': '# A\n\nThe Examples below show it.\n\n## Examples\n\nOne.\n',
      'b.md': '# B\n\n## Examples\n\nTwo.\n',
      'c.md': '# C\n\nNo Examples here.\n',
    });
    expect(graph.edges.filter((e) => e.kind === 'mentions').map((e) => e.id)).toEqual([
      'mentions:a--examples->a',
    ]);
  });

  test('ids are stable: adding an unrelated note changes no id', () => {
    const before = vault({
      'a.md': '# A\n\n## Usage\n\nText.\n\nTerm\n: Meaning.\n',
      'b.md': '# B\n\n## Setup\n\nMore.\n',
    });
    const after = vault({
      'a.md': '# A\n\n## Usage\n\nText.\n\nTerm\n: Meaning.\n',
      'b.md': '# B\n\n## Setup\n\nMore.\n',
      '0-first.md': '# First\n\n## Other\n\nUnrelated.\n',
    });
    expect(ids(after)).toEqual(expect.arrayContaining(ids(before)));
  });

  test('a single notes file keeps its plain ids, even for a heading written twice', () => {
    const single = buildMap({
      mapId: 'solo',
      notes: { file: 'data/solo.md', text: '# Solo\n\n## A\n\n### Notes\n\n## B\n\n### Notes\n' },
    });
    expect(ids(single)).toEqual(['solo', 'a', 'notes', 'b']);
    expect(single.diagnostics).toEqual([]);
  });
});

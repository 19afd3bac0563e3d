/**
 * An Obsidian-style vault as one map (tests/fixtures/notebooks/study-notes, the bundled example
 * notebook's copy): every note is a concept of its own, wikilinks and Markdown links between
 * notes are links and `links` relations, frontmatter aliases and tags belong to the note's own
 * concept, and mentions cross files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { ConceptGraph } from '../../../src/notes/concepts/model';
import { buildMap } from '../../../src/notes/pipeline';
import { edgeIds, nodeOf, resolvedReferences } from './documents';

const FIXTURE = new URL('../../fixtures/notebooks/study-notes/', import.meta.url);

function studyNotes(): ConceptGraph {
  const names = readdirSync(FIXTURE).filter((name) => name.endsWith('.md'));
  return buildMap({
    mapId: 'study-notes',
    notebook: {
      folder: 'notes/study-notes',
      files: names.sort().map((name) => ({
        file: `notes/study-notes/${name}`,
        text: readFileSync(new URL(name, FIXTURE), 'utf8'),
      })),
    },
  });
}

function vault(files: Record<string, string>): ConceptGraph {
  return buildMap({
    mapId: 'vault',
    notebook: {
      folder: 'vault',
      files: Object.entries(files).map(([path, text]) => ({ file: `vault/${path}`, text })),
    },
  });
}

describe('the study-notes vault is one map', () => {
  const graph = studyNotes();
  const id = (label: string) => nodeOf(graph, label).id;

  test('named after its index note, which comes first; each note is a concept of its own', () => {
    expect(graph.mapId).toBe('study-notes');
    expect(graph.title).toBe('History of cryptography');
    expect(graph.nodes.filter((n) => n.kind === 'title').map((n) => n.label)).toEqual([
      'History of cryptography',
      'Caesar cipher',
      'Cryptographers',
      'Enigma',
      'Frequency analysis',
      'Glossary',
      'Public-key cryptography',
      'Vigenère cipher',
    ]);
  });

  test('each concept says which file it is written in', () => {
    expect(nodeOf(graph, 'Crib').occurrences.map((o) => `${o.file}:${o.line}`)).toEqual([
      'notes/study-notes/Glossary.md:57',
    ]);
    expect(nodeOf(graph, 'Breaking Enigma').occurrences[0]!.file).toBe(
      'notes/study-notes/Enigma.md',
    );
  });

  test('wikilinks lead to the note they name, by file name, and to its heading after #', () => {
    expect(resolvedReferences(nodeOf(graph, 'Reading order'))).toEqual([
      ['Caesar cipher', 'caesar-cipher'],
      ['Frequency analysis', 'frequency-analysis'],
      // [[Vigenere cipher|The Vigenère cipher]]: the file is `Vigenere cipher.md`.
      ['The Vigenère cipher', id('Vigenère cipher')],
      ['Enigma', 'enigma'],
      ['Public-key cryptography', 'public-key-cryptography'],
      ["who's who", 'cryptographers'],
      ['Glossary', 'glossary'],
    ]);
    expect(resolvedReferences(nodeOf(graph, 'Open questions'))).toEqual([
      ['Enigma#Breaking Enigma', 'breaking-enigma'],
      // A note not written yet: shown as text, and no mistake (Obsidian's unresolved link).
      ['One-time pad', undefined],
    ]);
  });

  test('a link is a relation from the concept named to the concept whose text names it', () => {
    expect(edgeIds(graph, 'links')).toEqual(
      expect.arrayContaining([
        // Glossary.md: "Crib: ... used at Bletchley Park to test [[Enigma]] settings."
        'links:enigma->crib',
        // Cryptographers.md, Friedrich Kasiski: "see [[Vigenere cipher#Breaking it]]".
        'links:vigenere-cipher--breaking-it->friedrich-kasiski',
      ]),
    );
    // Unresolved links make no relation, and are no diagnostic.
    expect(graph.diagnostics.every((d) => d.severity === 'info')).toBe(true);
  });

  test("frontmatter aliases and tags belong to the note's own concept; #tags to the concept they are in", () => {
    const caesar = nodeOf(graph, 'Caesar cipher');
    expect(caesar.aliases).toEqual(['Shift cipher', 'Caesar shift']);
    expect(caesar.tags).toEqual(['cryptography/classical', 'classical']);
    expect(nodeOf(graph, 'Against which ciphers').tags).toEqual(['cryptanalysis']);
    expect(nodeOf(graph, 'How it works', 'Caesar cipher.md').tags).toEqual([]);
  });

  test('mentions cross files too, by name and by a frontmatter alias', () => {
    // Enigma.md's "Breaking Enigma" names Marian Rejewski, a term of Cryptographers.md.
    expect(edgeIds(graph, 'mentions')).toContain('mentions:marian-rejewski->breaking-enigma');
    const shift = vault({
      'Caesar.md': '---\naliases: [Shift cipher]\n---\n# Caesar\n\nShift by three.\n',
      'ROT13.md': '# ROT13\n\nA shift cipher by thirteen.\n',
    });
    expect(edgeIds(shift, 'mentions')).toEqual(['mentions:caesar->rot13']);
  });
});

describe('Markdown links between notes', () => {
  const graph = vault({
    'index.md': [
      '# Home',
      '',
      'Start with [the install guide](guide/Install%20steps.md#before-you-start),',
      'then [usage](guide/usage) and [this page](#later).',
      '',
      '## Later',
      '',
      'See [[#Home]] and [[usage]] and [elsewhere](https://example.com/x.md).',
    ].join('\n'),
    'guide/Install steps.md':
      '# Install steps\n\n## Before you start\n\nBack to [home](../index.md).\n',
    'guide/usage.md': '# Usage\n\nSee [[Install steps#No such heading]].\n',
  });

  test('a path (decoded, extension optional) leads to the note, an anchor to its heading', () => {
    expect(resolvedReferences(nodeOf(graph, 'Home'))).toEqual([
      ['the install guide', 'before-you-start'],
      ['usage', 'usage'],
      ['this page', 'later'],
    ]);
    expect(resolvedReferences(nodeOf(graph, 'Before you start'))).toEqual([['home', 'home']]);
  });

  test('links inside one note, and a heading that does not exist leads to the note itself', () => {
    expect(resolvedReferences(nodeOf(graph, 'Later'))).toEqual([
      ['#Home', 'home'],
      ['usage', 'usage'],
    ]);
    expect(resolvedReferences(nodeOf(graph, 'Usage'))).toEqual([
      ['Install steps#No such heading', 'install-steps'],
    ]);
  });

  test('a URL stays a hyperlink, not a link to a note', () => {
    expect(nodeOf(graph, 'Later').links).toEqual([
      { text: 'elsewhere', url: 'https://example.com/x.md' },
    ]);
  });

  test('when two notes share a name, a wikilink leads to the one in its own folder', () => {
    const twins = vault({
      'a/Notes.md': '# Notes A\n\nSee [[Topic]].\n',
      'a/Topic.md': '# Topic A\n',
      'b/Topic.md': '# Topic B\n',
      'c/Notes.md': '# Notes C\n\nSee [[Topic]] and [[b/Topic]].\n',
    });
    expect(resolvedReferences(nodeOf(twins, 'Notes A'))).toEqual([['Topic', 'topic-a']]);
    expect(resolvedReferences(nodeOf(twins, 'Notes C'))).toEqual([
      ['Topic', 'topic-a'],
      ['b/Topic', 'topic-b'],
    ]);
  });
});

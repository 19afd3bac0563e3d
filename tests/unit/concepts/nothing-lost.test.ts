/**
 * Nothing of the user's notes is silently dropped: every piece of text docutils reads in a file
 * (title, section titles, terms, classifiers, paragraphs, list items, link texts and URLs) must
 * appear in some node of the concept graph or in a diagnostic. docutils' reading (the committed
 * golden files) is the witness, so this does not trust our own reader to say what was there.
 *
 * A notebook (a folder of notes files, one map) must lose nothing either: every word of each
 * file's own map is in the notebook's map, and every word of a Markdown file's source too.
 */
import { seedInput } from '../../support/seed';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readMap } from '../../../src/cli/load-maps';
import type { ConceptGraph } from '../../../src/notes/concepts/model';
import { forEachInline } from '../../../src/notes/document/visit';
import { buildMap } from '../../../src/notes/pipeline';

const fixtures = new URL('../../fixtures/rst/', import.meta.url);

interface GoldenTerm {
  term: string;
  classifiers: string[];
  body_text: string;
  nested_terms: GoldenTerm[];
}
interface Golden {
  title: string | null;
  subtitle: string | null;
  sections: { title: string }[];
  terms: GoldenTerm[];
  links: { text: string; url: string | null }[];
  bullets: { text: string }[];
}

/** Runs of letters, digits and marks: the words a reader would miss. */
function words(text: string): string[] {
  return text.normalize('NFKC').match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
}

function goldenTexts(golden: Golden): string[] {
  const texts: string[] = [];
  const addTerm = (term: GoldenTerm) => {
    texts.push(term.term, ...term.classifiers, term.body_text);
    term.nested_terms.forEach(addTerm);
  };
  if (golden.title) texts.push(golden.title);
  if (golden.subtitle) texts.push(golden.subtitle);
  // `.. sectnum::` numbers are docutils' own text before a title ("2.1" and three no-break
  // spaces), not words of the notes.
  texts.push(...golden.sections.map((s) => s.title.replace(/^\S*\u00a0\u00a0\u00a0/u, '')));
  golden.terms.forEach(addTerm);
  for (const link of golden.links)
    texts.push(link.text, link.url?.startsWith('#') ? '' : (link.url ?? ''));
  texts.push(...golden.bullets.map((b) => b.text));
  return texts;
}

function graphHaystack(graph: ConceptGraph): string {
  return graph.nodes
    .flatMap((n) => [n.label, ...n.aliases, n.text, ...n.links.flatMap((l) => [l.text, l.url])])
    .concat(graph.diagnostics.map((d) => d.message))
    .join('\n')
    .normalize('NFKC');
}

const files = readdirSync(fixtures).filter((f) => f.endsWith('.rst'));

describe('nothing in the notes is lost on the way to the concept graph', () => {
  test('there are fixtures to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  test.each(files)('%s', (file) => {
    const text = readFileSync(new URL(file, fixtures), 'utf8');
    const golden = JSON.parse(
      readFileSync(new URL(file.replace(/\.rst$/, '.docutils.json'), fixtures), 'utf8'),
    ) as Golden;
    const graph = buildMap({ mapId: 'fixture', notes: { file, text } });
    const haystack = graphHaystack(graph);
    const missing = [...new Set(goldenTexts(golden).flatMap(words))].filter(
      (word) => !haystack.includes(word),
    );
    expect(missing).toEqual([]);
  });

  test('the hostile notes, with their companion file', () => {
    const read = (p: string) => readFileSync(new URL(`../../../${p}`, import.meta.url), 'utf8');
    const golden = JSON.parse(read('tests/fixtures/rst/hostile.docutils.json')) as Golden;
    const graph = buildMap({
      mapId: 'hostile',
      notes: { file: 'hostile.rst', text: read('tests/fixtures/hostile/hostile.rst') },
      companion: {
        file: 'hostile.map.yaml',
        text: read('tests/fixtures/hostile/hostile.map.yaml'),
      },
    });
    const haystack = graphHaystack(graph);
    const missing = goldenTexts(golden)
      .flatMap(words)
      .filter((word) => !haystack.includes(word));
    expect(missing).toEqual([]);
  });

  test('the seed memo, with its companion file', () => {
    const read = (p: string) => readFileSync(new URL(`../../../${p}`, import.meta.url), 'utf8');
    const golden = JSON.parse(read('tests/fixtures/rst/seed-kubernetes.docutils.json')) as Golden;
    const graph = buildMap(seedInput());
    const haystack = graphHaystack(graph);
    const missing = goldenTexts(golden)
      .flatMap(words)
      .filter((word) => !haystack.includes(word));
    expect(missing).toEqual([]);
  });
});

/** What a notebook's map holds: graphHaystack, the tags, and what links between notes name. */
function notebookHaystack(graph: ConceptGraph): string {
  const parts = [graphHaystack(graph)];
  for (const node of graph.nodes) {
    parts.push(...node.tags);
    for (const occurrence of node.occurrences) {
      forEachInline(occurrence.blocks, (inline) => {
        if (inline.type === 'crossReference') parts.push(inline.target, inline.anchor ?? '');
      });
    }
  }
  return parts.join('\n').normalize('NFKC');
}

/** Markdown's own syntax, not words of the notes (tests/unit/markdown/nothing-lost.test.ts). */
const MARKDOWN_SYNTAX_WORDS = new Set(['title', 'aliases', 'tags']);

function markdownWords(source: string): string[] {
  return words(
    source
      .replace(/^([ \t>]*)\d{1,9}[.)](?=[ \t]|$)/gm, '$1')
      .replace(/&(?:#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, ' ')
      .replace(/%[0-9a-f]{2}/gi, ' '),
  ).filter((word) => !MARKDOWN_SYNTAX_WORDS.has(word));
}

const notebooks = new URL('../../fixtures/notebooks/', import.meta.url);
const notebookNames = readdirSync(notebooks);

describe('nothing in a notebook is lost on the way to its one map', () => {
  test('there are notebooks to check, in both formats', () => {
    expect(notebookNames).toEqual(expect.arrayContaining(['study-notes', 'sphinx-project']));
  });

  test.each(notebookNames)('%s', (name) => {
    const folder = fileURLToPath(new URL(`${name}/`, notebooks));
    const input = readMap(folder);
    if (!('notebook' in input)) throw new Error(`${name} is a folder`);
    const haystack = notebookHaystack(buildMap(input));
    const missing = new Set<string>();
    for (const file of input.notebook.files) {
      // What the file alone builds (checked above against docutils, for reST), less what only
      // Musubi's own messages say (a file alone is told its `:doc:` names nothing)...
      const built = buildMap({ mapId: 'alone', notes: file });
      const alone = notebookHaystack({ ...built, diagnostics: [] });
      // ...and for Markdown, every word of its source.
      const source = file.file.endsWith('.md') ? markdownWords(file.text) : [];
      // A file with no title of its own is named by its file name, which is not text of it.
      const fileName = file.file.slice(file.file.lastIndexOf('/') + 1).replace(/\.\w+$/, '');
      for (const word of [...words(alone), ...source]) {
        if (word === fileName) continue;
        if (!haystack.includes(word)) missing.add(`${file.file}: ${word}`);
      }
    }
    expect([...missing]).toEqual([]);
  });

  test('the check can fail: a word a notebook dropped is found missing', () => {
    const files = [
      { file: 'nb/a.md', text: '# A\n\nKept words.\n' },
      { file: 'nb/b.md', text: '# B\n\nDropped words.\n' },
    ];
    const graph = buildMap({ mapId: 'nb', notebook: { folder: 'nb', files: [files[0]!] } });
    const haystack = notebookHaystack(graph);
    expect(markdownWords(files[1]!.text).filter((word) => !haystack.includes(word))).toEqual([
      'B',
      'Dropped',
    ]);
  });
});

/**
 * Nothing of the user's notes is silently dropped: every piece of text docutils reads in a file
 * (title, section titles, terms, classifiers, paragraphs, list items, link texts and URLs) must
 * appear in some node of the concept graph or in a diagnostic. docutils' reading (the committed
 * golden files) is the witness, so this does not trust our own reader to say what was there.
 */
import { seedInput } from '../../support/seed';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { ConceptGraph } from '../../../src/notes/concepts/model';
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

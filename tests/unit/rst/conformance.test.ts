import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRst } from '../../../src/notes/rst';
import { toOracleShape, type OracleShape } from './oracle-shape';

/*
 * docutils conformance: every tests/fixtures/rst/NAME.rst is read by our reader and compared,
 * aspect by aspect, with NAME.docutils.json (docutils' reading, from scripts/rst_oracle.py;
 * regenerate with `npm run fixtures:refresh`). The seed memo's golden file is read against the
 * suite's own copy of the seed (tests/fixtures/seed/), never against data/.
 */

const fixtures = new URL('../../fixtures/rst/', import.meta.url);
const SOURCES: Record<string, URL> = {
  'seed-kubernetes': new URL('../../fixtures/seed/kubernetes.rst', import.meta.url),
  hostile: new URL('../../fixtures/hostile/hostile.rst', import.meta.url),
};
for (const file of readdirSync(fixtures).sort()) {
  if (file.endsWith('.rst')) SOURCES[file.slice(0, -4)] = new URL(file, fixtures);
}

type Aspect = Exclude<keyof OracleShape, 'warnings'>;
const ASPECTS: Aspect[] = [
  'title',
  'subtitle',
  'sections',
  'terms',
  'bullets',
  'links',
  'inlines',
  'tables',
  'images',
  'footnotes',
  'footnote_refs',
  'literal_blocks',
  'rubrics',
];

/**
 * Where we knowingly differ from docutils. docutils hides lines it cannot place inside system
 * messages (which rst_oracle.py drops from all text); we keep them as visible text.
 */
const DELIBERATE: Record<string, Partial<Record<keyof OracleShape, string>>> = {
  'sections-unexpected': {
    bullets: 'a title inside a list item stays visible text (nothing lost)',
  },
  'directives-other': {
    literal_blocks: 'an unknown directive and `raw` keep their text as literal text (nothing lost)',
  },
  hostile: {
    literal_blocks: '`raw` keeps its text as literal text, never as markup (nothing lost)',
  },
  images: {
    bullets: 'a figure whose content is not a caption keeps it as its legend (nothing lost)',
    images: 'a figure whose content is not a caption keeps it as its legend (nothing lost)',
  },
  'tables-grid': { literal_blocks: 'a malformed table is kept as literal text (nothing lost)' },
  'tables-simple': { literal_blocks: 'a malformed table is kept as literal text (nothing lost)' },
  'tables-directives': {
    literal_blocks: 'a list-table that is not a table is kept as literal text (nothing lost)',
  },
};

/**
 * docutils' messages Musubi does not give, by design: an unknown role is named once per file
 * at INFO level (not an error at every use), and `include` becomes an include block that the
 * notebook loader reads (docutils is run with file insertion disabled).
 */
const BY_DESIGN = [/^Unknown interpreted text role "/, /^"include" directive disabled\.$/];

/**
 * WARNING and up, as a set of "line:level" (messages may be worded differently). docutils
 * sometimes reports a problem found at the end of the input one line past the last line (e.g.
 * an anonymous-target mismatch); we keep every diagnostic on a line of the notes, so such lines
 * are compared as the last line.
 */
function warningSet(warnings: OracleShape['warnings'], lastLine: number): string[] {
  return [
    ...new Set(
      warnings
        .filter((w) => w.level >= 2 && !BY_DESIGN.some((pattern) => pattern.test(w.message ?? '')))
        .map((w) => `${w.line === null ? null : Math.min(w.line, lastLine)}:${w.level}`),
    ),
  ].sort();
}

describe.each(Object.keys(SOURCES))('%s.rst', (name) => {
  const golden = JSON.parse(
    readFileSync(new URL(`${name}.docutils.json`, fixtures), 'utf8'),
  ) as OracleShape;
  const document = parseRst(readFileSync(SOURCES[name]!, 'utf8'));
  const ours = toOracleShape(document);
  const deliberate = DELIBERATE[name] ?? {};

  for (const aspect of ASPECTS) {
    if (deliberate[aspect]) {
      test(`${aspect} differ from docutils on purpose: ${deliberate[aspect]}`, () => {
        expect(ours[aspect]).not.toEqual(golden[aspect]);
      });
      continue;
    }
    test(`${aspect} of ${name}.rst match docutils`, () => {
      expect(ours[aspect]).toEqual(golden[aspect]);
    });
  }

  test(`warnings (WARNING and up) of ${name}.rst match docutils`, () => {
    const lastLine = document.lineCount;
    expect(warningSet(ours.warnings, lastLine)).toEqual(warningSet(golden.warnings, lastLine));
  });
});

test('the seed reads in full: title, 16 sections, 16 terms, 21 links', () => {
  const golden = JSON.parse(
    readFileSync(new URL('seed-kubernetes.docutils.json', fixtures), 'utf8'),
  ) as OracleShape;
  expect(golden.sections).toHaveLength(16);
  expect(golden.terms).toHaveLength(16);
  expect(golden.links).toHaveLength(21);
  expect(Object.keys(SOURCES).length).toBeGreaterThanOrEqual(31);
});

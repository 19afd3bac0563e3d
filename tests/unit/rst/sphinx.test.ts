import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildConceptGraph } from '../../../src/notes/concepts/build-graph';
import { parseRst } from '../../../src/notes/rst';
import { sphinxShape } from './sphinx-shape';

/*
 * Sphinx behaviour, where docutils alone is not the judge: each tests/fixtures/rst/sphinx/
 * NAME.rst is read and compared with NAME.sphinx.json, the rendering a Sphinx 5.3 HTML build
 * gives (written down in the compact shape of sphinx-shape.ts, and checked against
 * `sphinx-build -b text` of the same file: titles of object references, `()` after functions,
 * `~` and `!`, the labels of versionadded and friends, glossary terms).
 */

const fixtures = new URL('../../fixtures/rst/sphinx/', import.meta.url);
const NAMES = readdirSync(fixtures)
  .filter((file) => file.endsWith('.rst'))
  .map((file) => file.slice(0, -'.rst'.length));

describe.each(NAMES)('sphinx/%s.rst', (name) => {
  test('reads as a Sphinx build shows it', () => {
    const doc = parseRst(readFileSync(new URL(`${name}.rst`, fixtures), 'utf8'));
    const expected = JSON.parse(readFileSync(new URL(`${name}.sphinx.json`, fixtures), 'utf8'));
    expect(sphinxShape(doc)).toEqual(expected);
  });
});

/** Pages a Sphinx build reads without a warning (tests/fixtures/notes and a notebook). */
const CLEAN_PAGES = [
  '../../fixtures/notes/sphinx-page.rst',
  '../../fixtures/notes/readme-badges.rst',
  '../../fixtures/notes/changelog.rst',
  '../../fixtures/notebooks/sphinx-project/index.rst',
  '../../fixtures/notebooks/sphinx-project/sky.rst',
  '../../fixtures/notebooks/sphinx-project/telescopes.rst',
  '../../fixtures/notebooks/sphinx-project/observing.rst',
  '../../fixtures/notebooks/sphinx-project/snippet.rst',
];

/** `:role:` followed by a backquote: interpreted text left as it was written. */
const RAW_ROLE = /:[A-Za-z][\w.+:-]*:`/;

describe.each(CLEAN_PAGES)('%s, which Sphinx builds without warnings', (path) => {
  const text = readFileSync(new URL(path, import.meta.url), 'utf8');
  const doc = parseRst(text);

  test('gives no error', () => {
    const errors = doc.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'severe');
    expect(errors).toEqual([]);
  });

  test('leaves no raw role syntax in any concept', () => {
    const graph = buildConceptGraph([{ file: path, document: doc }], { mapId: 'page' });
    for (const node of graph.nodes) expect(node.text, node.label).not.toMatch(RAW_ROLE);
  });
});

test('the Sphinx page: its glossary terms and tables are there, its roles read as code', () => {
  const doc = parseRst(
    readFileSync(new URL('../../fixtures/notes/sphinx-page.rst', import.meta.url), 'utf8'),
  );
  const graph = buildConceptGraph([{ file: 'sphinx-page.rst', document: doc }], { mapId: 'page' });
  const labels = graph.nodes.map((node) => node.label);
  expect(labels).toEqual(expect.arrayContaining(['Bucket', 'Capacity', 'Burst', 'Refill rate']));
  const choosing = graph.nodes.find((node) => node.label === 'Choosing limits')!;
  // The simple table's cells are the concept's text (concepts in tables are still found).
  expect(choosing.text).toContain('1 token every 6 seconds');
  const refill = graph.nodes.find((node) => node.label === 'Refill rules')!;
  expect(refill.text).toContain('Limiter.try_acquire()');
  expect(refill.text).toContain('New in version 1.2');
});

test('a concept named in a table cell is still found: the table mentions it', () => {
  const doc = parseRst(
    [
      'Terms',
      '=====',
      '',
      'Pod',
      '   The smallest unit.',
      '',
      'Workloads',
      '---------',
      '',
      '========  =====================',
      'Kind      Runs',
      '========  =====================',
      'Job       one **Pod** to the end',
      '========  =====================',
      '',
    ].join('\n'),
  );
  const graph = buildConceptGraph([{ file: 'tables.rst', document: doc }], { mapId: 'tables' });
  const workloads = graph.nodes.find((node) => node.label === 'Workloads')!;
  const pod = graph.nodes.find((node) => node.label === 'Pod')!;
  expect(workloads.text).toContain('one Pod to the end');
  // A mention edge runs from the concept named to the one naming it, quoting the table's row.
  expect(graph.edges).toContainEqual(
    expect.objectContaining({
      kind: 'mentions',
      source: pod.id,
      target: workloads.id,
      evidence: expect.objectContaining({ text: 'one Pod to the end', line: 13 }),
    }),
  );
});

test('README badges: each image is a link showing its alt text, substitutions included', () => {
  const doc = parseRst(
    readFileSync(new URL('../../fixtures/notes/readme-badges.rst', import.meta.url), 'utf8'),
  );
  const graph = buildConceptGraph([{ file: 'readme-badges.rst', document: doc }], {
    mapId: 'readme',
  });
  const top = graph.nodes.find((node) => node.label === 'tidewater')!;
  expect(top.links.slice(0, 4)).toEqual([
    { text: 'PyPI version', url: 'https://pypi.org/project/tidewater/' },
    { text: 'MIT licence', url: 'https://opensource.org/licenses/MIT' },
    { text: 'Build status', url: 'https://github.com/example/tidewater/actions' },
    { text: 'Documentation', url: 'https://tidewater.readthedocs.io/' },
  ]);
  // |py| and |ver| are replaced, in the text and wherever else they are used.
  expect(top.text).toContain('Token bucket rate limiting for Python 3.9 or newer');
  expect(top.text).toContain('This README describes tidewater 2.1.');
  expect(graph.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
});

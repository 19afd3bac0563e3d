import { describe, expect, test } from 'vitest';
import { parseInlines } from '../../../src/notes/rst';
import type { Block, Inline, NotesDocument } from '../../../src/notes/document/model';
import { newReaderContext } from '../../../src/notes/rst/block/context';
import { readNested } from '../../../src/notes/rst/block/parser';
import { Source } from '../../../src/notes/rst/source/source';
import { resolveReferences } from '../../../src/notes/rst/transforms/references';

/*
 * Reference resolution on hand-built documents (so these tests do not depend on the block
 * reader); every expectation was checked against docutils with rst_oracle.py.
 */

const paragraph = (text: string, line: number): Block => ({
  type: 'paragraph',
  line,
  content: parseInlines(text, line).content,
});
const target = (line: number, name: string | null, url: string | null, refname?: string): Block =>
  ({
    type: 'target',
    line,
    name,
    anonymous: name === null,
    url,
    ...(refname ? { refname } : {}),
  }) as Block;
const section = (line: number, title: string, blocks: Block[]): Block => ({
  type: 'section',
  line,
  endLine: line,
  level: 1,
  title: [{ type: 'text', text: title }],
  blocks,
});
const document = (blocks: Block[], lineCount = 20): NotesDocument => ({
  title: null,
  titleLine: null,
  subtitle: null,
  subtitleLine: null,
  blocks,
  lineCount,
  diagnostics: [],
});

function links(doc: NotesDocument): [string, string | null][] {
  const found: [string, string | null][] = [];
  const visit = (content: Inline[]) => {
    for (const inline of content)
      if (inline.type === 'reference') found.push([inline.text, inline.url]);
  };
  const walk = (blocks: Block[]) => {
    for (const block of blocks) {
      if (block.type === 'paragraph') visit(block.content);
      if (block.type === 'section') {
        visit(block.title);
        walk(block.blocks);
      }
    }
  };
  walk(doc.blocks);
  return found;
}

/** References resolved as the reader resolves them, with nothing else noted by the block stage. */
const resolve = (doc: NotesDocument) =>
  resolveReferences(doc, newReaderContext(new Source([]), readNested));

const problems = (doc: NotesDocument) =>
  doc.diagnostics.map((d) => `${d.line} ${d.severity}: ${d.message}`);

describe('named references', () => {
  test('resolve against targets, whatever the case and spacing of the name', () => {
    const doc = resolve(
      document([
        paragraph('docutils_, `Python  Home`_ and `PYTHON HOME`_', 1),
        target(3, 'docutils', 'https://docutils.sourceforge.io/'),
        target(4, 'python home', 'https://www.python.org/'),
      ]),
    );
    expect(links(doc)).toEqual([
      ['docutils', 'https://docutils.sourceforge.io/'],
      ['Python  Home', 'https://www.python.org/'],
      ['PYTHON HOME', 'https://www.python.org/'],
    ]);
    expect(problems(doc)).toEqual([]);
  });

  test('an unknown name is an error at its block, and the reference becomes its source text', () => {
    const doc = resolve(document([paragraph('See nowhere_ and `no page`_.', 5)]));
    expect(links(doc)).toEqual([]);
    const content = (doc.blocks[0] as Extract<Block, { type: 'paragraph' }>).content;
    expect(content).toEqual([{ type: 'text', text: 'See nowhere_ and `no page`_.' }]);
    expect(problems(doc)).toEqual([
      '5 error: Unknown target name: "nowhere".',
      '5 error: Unknown target name: "no page".',
    ]);
  });

  test('an embedded URI names a target that later references use', () => {
    const doc = resolve(
      document([paragraph('`Kubernetes <https://kubernetes.io/>`_ then Kubernetes_', 1)]),
    );
    expect(links(doc)).toEqual([
      ['Kubernetes', 'https://kubernetes.io/'],
      ['Kubernetes', 'https://kubernetes.io/'],
    ]);
  });

  test('section titles are implicit targets; a title without Latin letters gets section-N', () => {
    const doc = resolve(
      document([
        section(1, 'Overview', [paragraph('`Details and more`_ and `日本語の節`_', 4)]),
        section(6, 'Details and more', []),
        section(9, '日本語の節', []),
      ]),
    );
    expect(links(doc)).toEqual([
      ['Details and more', '#details-and-more'],
      ['日本語の節', '#section-1'],
    ]);
  });

  test('indirect targets and internal targets chained to the next target are followed', () => {
    const doc = resolve(
      document([
        paragraph('alias_ and chained_', 1),
        target(3, 'alias', null, 'target'),
        target(4, 'target', 'https://example.com/target'),
        target(5, 'chained', null),
        target(6, 'final', 'https://example.com/final'),
      ]),
    );
    expect(links(doc)).toEqual([
      ['alias', 'https://example.com/target'],
      ['chained', 'https://example.com/final'],
    ]);
    expect(problems(doc)).toEqual([]);
  });
});

describe('duplicates and unreferenced targets', () => {
  test('two URLs for one name: a warning, and references to it are errors', () => {
    const doc = resolve(
      document([
        paragraph('differ_ and same_', 1),
        target(3, 'same', 'https://example.com/same'),
        target(4, 'same', 'https://example.com/same'),
        target(5, 'differ', 'https://example.com/one'),
        target(6, 'differ', 'https://example.com/two'),
        target(7, 'unused', 'https://example.com/unused'),
      ]),
    );
    expect(links(doc)).toEqual([['same', 'https://example.com/same']]);
    expect(problems(doc)).toEqual([
      '1 error: Duplicate target name, cannot be used as a unique reference: "differ".',
      '4 info: Duplicate explicit target name: "same".',
      '6 warning: Duplicate explicit target name: "differ".',
      '7 info: Hyperlink target "unused" is not referenced.',
    ]);
  });
});

describe('anonymous references', () => {
  test('match anonymous targets in document order; embedded anonymous links do not count', () => {
    const doc = resolve(
      document([
        paragraph('`first`__, second__ and `e <https://example.com/e>`__', 1),
        target(3, null, 'https://example.com/1'),
        target(4, null, 'https://example.com/2'),
      ]),
    );
    expect(links(doc)).toEqual([
      ['first', 'https://example.com/1'],
      ['second', 'https://example.com/2'],
      ['e', 'https://example.com/e'],
    ]);
    expect(problems(doc)).toEqual([]);
  });

  test('a count mismatch is one error and leaves every anonymous reference unresolved', () => {
    const doc = resolve(
      document([
        paragraph('`a`__, b__ and `c`__', 1),
        target(3, null, 'https://example.com/only'),
        paragraph('Last paragraph.', 5),
      ]),
    );
    expect(links(doc)).toEqual([]);
    expect(problems(doc)).toEqual([
      '6 error: Anonymous hyperlink mismatch: 3 references but 1 targets. Each `text`__ needs its own "__ URL" target, in the same order.',
    ]);
  });
});

test('a mismatch after the last line of the notes is reported on the last line', () => {
  // docutils says line 2 for this one-line file; a diagnostic must point at a line that exists.
  const doc = resolve(document([paragraph('anon__', 1)], 1));
  expect(doc.diagnostics.map((d) => d.line)).toEqual([1]);
});

test('the input document is not modified', () => {
  const input = document([paragraph('x_', 1), target(2, 'x', 'https://x.example')]);
  const snapshot = structuredClone(input);
  resolve(input);
  expect(input).toEqual(snapshot);
});

/**
 * A Sphinx project as one map: `:doc:`, `:ref:`, `:numref:` and `:term:` between files become
 * links to concepts and `links` relations, and `toctree` orders the documents and nests them
 * under the document that lists them.
 */
import { describe, expect, test } from 'vitest';
import {
  document,
  edgeIds,
  label,
  nodeOf,
  notebookGraph,
  paragraph,
  reference,
  resolvedReferences,
  section,
  terms,
  toctree,
} from './documents';

// index.rst lists guide/telescopes and sky; telescopes refers to sky's labels and terms.
const project = {
  files: {
    'index.rst': document('Backyard Astronomy', [
      paragraph(4, 'Read ', reference('doc', 'sky'), ' first.'),
      toctree(6, 'guide/telescopes', 'sky'),
    ]),
    'sky.rst': document('The night sky', [
      label(4, 'sky-coordinates'),
      section(6, 'Coordinates', 20, terms(9, ['Declination', 'The north-south coordinate.'])),
      label(21, 'Brightness Label'),
      paragraph(23, 'Brightness is measured in magnitudes.'),
    ]),
    'guide/telescopes.rst': document('Telescopes', [
      paragraph(3, 'Sky words come from ', reference('doc', '../sky'), '.'),
      section(
        5,
        'Mounts',
        20,
        paragraph(8, 'Pointed by ', reference('term', 'declination'), '.'),
        paragraph(
          10,
          'See ',
          reference('ref', 'sky-coordinates'),
          ' and ',
          reference('numref', 'brightness   label'),
          '.',
        ),
      ),
    ]),
  },
};

describe('Sphinx cross-references between the files of a notebook', () => {
  const graph = notebookGraph(project);
  const id = (name: string) => nodeOf(graph, name).id;

  test(':doc: names a document by path, relative to the file, and leads to its own concept', () => {
    expect(resolvedReferences(nodeOf(graph, 'Backyard Astronomy'))).toEqual([
      ['sky', 'the-night-sky'],
    ]);
    expect(edgeIds(graph, 'links')).toContain('links:the-night-sky->backyard-astronomy');
  });

  test(':ref: leads to the concept its label stands before, even in another file', () => {
    const mounts = nodeOf(graph, 'Mounts');
    expect(resolvedReferences(mounts)).toEqual([
      ['declination', id('Declination')],
      ['sky-coordinates', id('Coordinates')],
      // A label before a paragraph names the concept the paragraph is part of; labels are
      // compared as docutils normalises them (case and runs of spaces).
      ['brightness   label', id('The night sky')],
    ]);
    expect(edgeIds(graph, 'links')).toEqual(
      expect.arrayContaining([
        'links:declination->mounts',
        'links:coordinates->mounts',
        'links:the-night-sky->mounts',
      ]),
    );
  });

  test('a relation says where the reference is written, as its evidence', () => {
    const edge = graph.edges.find((e) => e.id === 'links:coordinates->mounts')!;
    expect(edge.evidence).toEqual({
      text: 'See sky-coordinates and brightness   label.',
      line: 10,
      file: 'data/notebook/guide/telescopes.rst',
    });
  });

  test('a reference that names nothing stays text, with a warning at its line', () => {
    const broken = notebookGraph({
      files: {
        'index.rst': document('Index', [
          paragraph(
            3,
            reference('doc', 'nowhere'),
            reference('ref', 'no-label'),
            reference('term', 'Nothing'),
          ),
        ]),
      },
    });
    expect(resolvedReferences(nodeOf(broken, 'Index'))).toEqual([
      ['nowhere', undefined],
      ['no-label', undefined],
      ['Nothing', undefined],
    ]);
    expect(broken.diagnostics.map((d) => [d.file, d.line, d.severity, d.message])).toEqual([
      [
        'data/notebook/index.rst',
        3,
        'warning',
        expect.stringMatching(/^:doc:`nowhere` names no document/),
      ],
      [
        'data/notebook/index.rst',
        3,
        'warning',
        expect.stringMatching(/^:ref:`no-label` names no label/),
      ],
      [
        'data/notebook/index.rst',
        3,
        'warning',
        expect.stringMatching(/^:term:`Nothing` names a term defined nowhere/),
      ],
    ]);
    expect(edgeIds(broken, 'links')).toEqual([]);
  });

  test('a label above the title names the document itself; a second definition is a warning', () => {
    const labelled = notebookGraph({
      files: {
        'a.rst': document('Alpha', [label(1, 'top'), paragraph(6, reference('ref', 'top'))], 10, 4),
        'b.rst': document('Beta', [label(3, 'top'), paragraph(5, 'See ', reference('ref', 'top'))]),
      },
    });
    expect(resolvedReferences(nodeOf(labelled, 'Beta'))).toEqual([['top', 'alpha']]);
    expect(labelled.diagnostics).toEqual([
      expect.objectContaining({
        file: 'data/notebook/b.rst',
        line: 3,
        message:
          'The label "top" is already defined at data/notebook/a.rst:1; references to it lead there.',
      }),
    ]);
  });
  test('an inline target names the concept whose text holds it', () => {
    const inline = notebookGraph({
      files: {
        'a.rst': document('Alpha', [
          terms(3, ['Seeing', 'Steadiness of the air.']),
          paragraph(6, 'Poor ', { type: 'target', text: 'seeing', name: 'poor seeing' }, ' blurs.'),
        ]),
        'b.rst': document('Beta', [paragraph(3, reference('ref', 'Poor Seeing'))]),
      },
    });
    expect(resolvedReferences(nodeOf(inline, 'Beta'))).toEqual([['Poor Seeing', 'alpha']]);
  });
});

describe('toctree: reading order and nesting', () => {
  const graph = notebookGraph(project);

  test('the documents a toctree lists follow it, in its order, after the root document', () => {
    const titles = graph.nodes.filter((n) => n.kind === 'title').map((n) => n.label);
    expect(titles).toEqual(['Backyard Astronomy', 'Telescopes', 'The night sky']);
    expect(graph.title).toBe('Backyard Astronomy');
  });

  test('they are nested under the document that lists them', () => {
    expect(edgeIds(graph, 'nesting')).toEqual(
      expect.arrayContaining([
        'nesting:backyard-astronomy->telescopes',
        'nesting:backyard-astronomy->the-night-sky',
      ]),
    );
    expect(nodeOf(graph, 'Telescopes').occurrences[0]!.parent).toBe('backyard-astronomy');
  });

  test('a document no toctree lists stays at the top, after the listed ones of the root', () => {
    const withLoose = notebookGraph({
      files: { ...project.files, 'aside.rst': document('Aside', [paragraph(3, 'Loose notes.')]) },
    });
    const titles = withLoose.nodes.filter((n) => n.kind === 'title');
    expect(titles.map((n) => n.label)).toEqual([
      'Backyard Astronomy',
      'Telescopes',
      'The night sky',
      'Aside',
    ]);
    expect(nodeOf(withLoose, 'Aside').occurrences[0]!.parent).toBeNull();
  });

  test('toctrees that list each other nest each document once, and never in a cycle', () => {
    const cycle = notebookGraph({
      files: {
        'a.rst': document('A', [toctree(3, 'b')]),
        'b.rst': document('B', [toctree(3, 'a', 'c', 'missing')]),
        'c.rst': document('C', [toctree(3, 'b')]),
      },
    });
    expect(edgeIds(cycle, 'nesting')).toEqual(['nesting:a->b', 'nesting:b->c']);
    expect(cycle.diagnostics).toEqual([
      expect.objectContaining({
        file: 'data/notebook/b.rst',
        line: 7,
        severity: 'warning',
        message: expect.stringContaining('The toctree lists "missing", which is no document'),
      }),
    ]);
  });
});

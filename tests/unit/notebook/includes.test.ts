/**
 * `.. include::` in a notebook: the included file's text takes the directive's place, and is
 * read only from inside the notebook folder. A path out of the folder, an absolute path, a
 * missing file and an include cycle are each a diagnostic at the directive's line, and the rest
 * of the map builds.
 */
import { describe, expect, test } from 'vitest';
import { MAX_INCLUDES } from '../../../src/notes/notebook/includes';
import { parseRst } from '../../../src/notes/rst';
import { document, include, nodeOf, notebookGraph, paragraph, section, terms } from './documents';

const SNIPPET = 'Solar filter\n   A sheet that blocks all but a tiny fraction of sunlight.\n';

describe('an include puts the included file in its place', () => {
  const graph = notebookGraph({
    files: {
      'telescopes.rst': document('Telescopes', [
        paragraph(3, 'Safety first.'),
        section(
          5,
          'Choosing',
          20,
          include(8, 'parts/snippet.rst'),
          terms(10, ['Refractor', 'Uses a lens.']),
        ),
      ]),
      'parts/snippet.rst': parseRst(SNIPPET),
    },
  });

  test('the included concepts are concepts of the including file, where the include stands', () => {
    const filter = nodeOf(graph, 'Solar filter');
    expect(filter.occurrences[0]!.parent).toBe('choosing');
    expect(graph.edges.map((e) => e.id)).toContain('nesting:choosing->solar-filter');
    expect(graph.nodes.map((n) => n.label)).toEqual([
      'Telescopes',
      'Choosing',
      'Solar filter',
      'Refractor',
    ]);
  });

  test('they say where they are written: the included file, at its own lines', () => {
    expect(nodeOf(graph, 'Solar filter').occurrences[0]).toMatchObject({
      file: 'data/notebook/parts/snippet.rst',
      line: 1,
    });
    expect(nodeOf(graph, 'Refractor').occurrences[0]!.file).toBe('data/notebook/telescopes.rst');
  });

  test('an included notes file is part of the file that includes it, not a document of its own', () => {
    expect(graph.nodes.filter((n) => n.kind === 'title').map((n) => n.label)).toEqual([
      'Telescopes',
    ]);
    expect(graph.diagnostics).toEqual([]);
  });

  test('a file that is not notes (`.txt`) is read as the including file is', () => {
    const withText = notebookGraph({
      files: { 'a.rst': document('A', [include(3, 'shared.txt')]) },
      others: { 'shared.txt': SNIPPET },
    });
    expect(nodeOf(withText, 'Solar filter').occurrences[0]!.file).toBe('data/notebook/shared.txt');
  });
});

describe('an include is read only inside the notebook folder', () => {
  const refused = (path: string, others: Record<string, string> = {}) => {
    const graph = notebookGraph({
      files: { 'guide/a.rst': document('A', [paragraph(3, 'Before.'), include(5, path)]) },
      others,
    });
    // Nothing of the notes is lost: the map still has the file's own text.
    expect(nodeOf(graph, 'A').text.trim()).toBe('Before.');
    return graph.diagnostics.map((d) => `${d.file}:${d.line}: ${d.severity}: ${d.message}`);
  };

  test.each([
    [
      'a path out of the folder',
      '../../secret.rst',
      'a path that leads outside the notebook folder',
    ],
    [
      'a path out of the folder and back in',
      '../../notebook/x.rst',
      'a path that leads outside the notebook folder',
    ],
    ['an absolute path', '/etc/passwd', 'an absolute path'],
    ['a Windows absolute path', 'C:\\Windows\\win.ini', 'an absolute path'],
    ['a network path', '\\\\host\\share\\x.rst', 'an absolute path'],
  ])('%s is refused, with the line', (_what, path, why) => {
    expect(refused(path, { 'x.rst': SNIPPET, 'notebook/x.rst': SNIPPET })).toEqual([
      `data/notebook/guide/a.rst:5: warning: ".. include:: ${path}" is not read: ${why}. Only files inside the notebook folder are included; write the path relative to this file.`,
    ]);
  });

  test('a missing file is named, with the line', () => {
    expect(refused('nope.rst')).toEqual([
      'data/notebook/guide/a.rst:5: warning: ".. include:: nope.rst" is not read: no such file in the notebook folder.',
    ]);
  });

  test('a path that climbs and stays inside is read', () => {
    const graph = notebookGraph({
      files: { 'guide/a.rst': document('A', [include(5, '../shared/s.txt')]) },
      others: { 'shared/s.txt': SNIPPET },
    });
    expect(graph.diagnostics).toEqual([]);
    expect(nodeOf(graph, 'Solar filter').occurrences[0]!.file).toBe('data/notebook/shared/s.txt');
  });

  test('a single notes file includes nothing', () => {
    const graph = notebookGraph(
      { files: { 'solo.rst': document('Solo', [include(4, 'other.rst')]) } },
      null,
    );
    expect(graph.diagnostics).toEqual([
      expect.objectContaining({
        line: 4,
        message: expect.stringContaining('is not read: a single notes file includes nothing'),
      }),
    ]);
  });
});

describe('include cycles and include bombs', () => {
  test('a file that would include itself, directly or through another, is reported once', () => {
    const graph = notebookGraph({
      files: {
        'index.rst': document('Index', [include(3, 'a.rst')]),
        'a.rst': document(null, [paragraph(1, 'Alpha text.'), include(3, 'b.rst')]),
        'b.rst': document(null, [
          paragraph(1, 'Beta text.'),
          include(3, 'a.rst'),
          include(4, 'b.rst'),
        ]),
      },
    });
    expect(nodeOf(graph, 'Index').text.trim()).toBe('Alpha text.\n\nBeta text.');
    expect(graph.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`)).toEqual([
      'data/notebook/b.rst:3: ".. include:: a.rst" is not read: the file would include itself (index.rst → a.rst → b.rst → a.rst).',
      'data/notebook/b.rst:4: ".. include:: b.rst" is not read: the file would include itself (index.rst → a.rst → b.rst → b.rst).',
    ]);
  });

  test('files that only include each other stay documents, so nothing is lost', () => {
    const graph = notebookGraph({
      files: {
        'a.rst': document('A', [include(3, 'b.rst')]),
        'b.rst': document('B', [include(3, 'a.rst')]),
      },
    });
    expect(graph.nodes.map((n) => n.label)).toEqual(expect.arrayContaining(['A', 'B']));
  });

  test(`at most ${MAX_INCLUDES} files are put in, however the includes multiply`, () => {
    // Each level includes the next one ten times: 10^4 includes unless they are counted.
    const files: Record<string, ReturnType<typeof document>> = {
      'index.rst': document(
        'Index',
        Array.from({ length: 10 }, (_, i) => include(i + 3, 'l1.rst')),
      ),
    };
    for (let level = 1; level <= 4; level++) {
      files[`l${level}.rst`] = document(null, [
        paragraph(1, `Level ${level}.`),
        ...(level < 4
          ? Array.from({ length: 10 }, (_, i) => include(i + 3, `l${level + 1}.rst`))
          : []),
      ]);
    }
    const graph = notebookGraph({ files });
    const index = nodeOf(graph, 'Index');
    expect(index.text.split('Level').length - 1).toBe(MAX_INCLUDES);
    expect(graph.diagnostics.length).toBeGreaterThan(0);
    expect(graph.diagnostics[0]!.message).toContain(`already includes ${MAX_INCLUDES} files`);
  });
});

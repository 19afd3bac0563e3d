import { describe, expect, test } from 'vitest';
import { nodeAtLine } from '../../src/notes/concepts/node-at-line';
import { buildMap } from '../../src/notes/pipeline';

// Lines:   1 =====  2 Notes  3 =====  5 Intro  7 Section A  10 Pod  11-13 its body
//          15 Service  16 its body  18 Section B  21 Text of B  23 Pod again (merged)
const NOTES = [
  '=====',
  'Notes',
  '=====',
  '',
  'Intro paragraph.',
  '',
  'Section A',
  '=========',
  '',
  'Pod',
  '\tThe smallest unit.',
  '',
  '\tRuns containers.',
  '',
  'Service',
  '\tExposes pods.',
  '',
  'Section B',
  '=========',
  '',
  'Text of B.',
  '',
  'Pod',
  '\tWritten a second time.',
  '',
].join('\n');

const graph = buildMap({ mapId: 'notes', notes: { file: 'data/notes.rst', text: NOTES } });

describe('nodeAtLine picks the innermost concept written at a line of the notes', () => {
  test.each([
    ['the title line', 2, 'notes'],
    ['a paragraph under the title, before any section', 5, 'notes'],
    ['a section heading', 7, 'section-a'],
    ['a term', 10, 'pod'],
    ['the body of a term inside a section', 13, 'pod'],
    ['the blank line between two terms of a section', 14, 'section-a'],
    ['the last line of a term', 16, 'service'],
    ['the body of another section', 21, 'section-b'],
    ['the second occurrence of a merged concept', 24, 'pod'],
  ])('%s (line %i) -> %s', (_what, line, expected) => {
    expect(nodeAtLine(graph, 'data/notes.rst', line)).toBe(expected);
  });

  test.each([
    ['the overline above the title', 1],
    ['a line past the end of the notes', 999],
    ['line 0', 0],
  ])('%s belongs to no concept', (_what, line) => {
    expect(nodeAtLine(graph, 'data/notes.rst', line)).toBeNull();
  });

  test.each([
    ['the companion file', 'data/notes.map.yaml'],
    ['another notes file', 'data/other.rst'],
  ])('a line of %s selects nothing, even where the notes have a concept', (_what, file) => {
    expect(nodeAtLine(graph, file, 10)).toBeNull();
  });

  test('the notes file is recognised by its stem, whatever folder it is in', () => {
    expect(nodeAtLine(graph, 'notes.rst', 10)).toBe('pod');
    expect(nodeAtLine(graph, 'C:\\notes\\notes.rst', 10)).toBe('pod');
  });

  test('an empty map has no concept at any line', () => {
    const empty = buildMap({ mapId: 'empty', notes: { file: 'data/empty.rst', text: '' } });
    expect(nodeAtLine(empty, 'data/empty.rst', 1)).toBeNull();
  });
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildConceptGraph } from '../../../src/notes/concepts/build-graph';
import { conceptId } from '../../../src/notes/concepts/ids';
import type { ConceptGraph } from '../../../src/notes/concepts/model';
import { parseRst } from '../../../src/notes/rst';
import type { NotesDocument } from '../../../src/notes/document/model';
import { safeHref } from '../../../src/notes/safe-url';
import { chaoticRst, documentModel, plainNotes } from '../../support/arbitraries';

// Properties of the concept graph, whatever the notes: it builds, it is a well-formed graph
// (Cytoscape refuses edges to missing nodes and duplicate ids), and its lines and links are safe
// to show. Three sources: document models built directly (the builder alone), and chaotic and
// well-formed text through the reader (the whole pipeline).
//
// Volume: 1,000 models + 600 chaotic + 300 well-formed texts + 200 models (prototype check)
// = 2,100 cases.

function build(doc: NotesDocument): ConceptGraph {
  return buildConceptGraph([{ file: 'notes/fuzz.rst', document: doc }], { mapId: 'fuzz' });
}

function checkGraph(doc: NotesDocument, graph: ConceptGraph): void {
  const ids = graph.nodes.map((node) => node.id);
  const known = new Set(ids);
  expect(known.size, 'node ids are unique').toBe(ids.length);

  for (const node of graph.nodes) {
    expect(node.id).toBe(conceptId(node.label));
    expect(node.id).not.toBe('');
    expect(node.id).not.toMatch(/[/\\\s]/);
    expect(node.pathIds).toHaveLength(node.path.length);
    for (const pathId of node.pathIds) if (pathId !== null) expect(known).toContain(pathId);
    for (const line of node.lines) {
      expect(line).toBeGreaterThanOrEqual(1);
      expect(line).toBeLessThanOrEqual(Math.max(1, doc.lineCount));
    }
    for (const link of node.links) expect(safeHref(link.url), link.url).not.toBeNull();
  }
  expect(graph.nodes.map((node) => node.order).sort((a, b) => a - b)).toEqual(ids.map((_, i) => i));

  const edgeIds = new Set<string>();
  const joins = new Set<string>();
  for (const edge of graph.edges) {
    expect(known, `edge ${edge.id}: source`).toContain(edge.source);
    expect(known, `edge ${edge.id}: target`).toContain(edge.target);
    expect(edge.source, `edge ${edge.id} is a self-loop`).not.toBe(edge.target);
    const join = `${edge.source}\u0000${edge.target}\u0000${edge.kind}`;
    expect(joins.has(join), `duplicate edge ${edge.id}`).toBe(false);
    expect(edgeIds.has(edge.id), `duplicate edge id ${edge.id}`).toBe(false);
    joins.add(join);
    edgeIds.add(edge.id);
  }

  for (const diagnostic of graph.diagnostics) {
    expect(diagnostic.file).toBe('notes/fuzz.rst');
    expect(diagnostic.line, diagnostic.message).toBeGreaterThanOrEqual(1);
    expect(diagnostic.line, diagnostic.message).toBeLessThanOrEqual(Math.max(1, doc.lineCount));
  }
}

describe('the graph builder', () => {
  test('builds a well-formed graph from any document model', () => {
    fc.assert(
      fc.property(documentModel, (doc) => checkGraph(doc, build(doc))),
      { numRuns: 1000 },
    );
  });

  test.each([
    ['chaotic', chaoticRst, 600],
    ['well-formed', plainNotes, 300],
  ] as const)(
    'builds a well-formed graph from %s notes read by the reader',
    (_name, notes, numRuns) => {
      fc.assert(
        fc.property(notes, (text) => {
          const doc = parseRst(text);
          checkGraph(doc, build(doc));
        }),
        { numRuns },
      );
    },
  );

  test('leaves Object.prototype alone, whatever the names', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    fc.assert(
      fc.property(documentModel, (doc) => {
        build(doc);
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
        expect(({} as Record<string, unknown>).constructor).toBe(Object);
      }),
      { numRuns: 200 },
    );
  });
});

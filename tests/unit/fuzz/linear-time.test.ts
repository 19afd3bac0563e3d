import { MAX_NESTING } from '../../../src/notes/document/limits';
import { describe, expect, test } from 'vitest';
import { adversarialNotes } from '../../../bench/generate-adversarial';
import { buildConceptGraph } from '../../../src/notes/concepts/build-graph';
import type { ConceptGraph } from '../../../src/notes/concepts/model';
import { parseRst } from '../../../src/notes/rst';
import type { Block, NotesDocument } from '../../../src/notes/document/model';
import { forEachInline } from '../../../src/notes/document/visit';
import { EVERY_CONSTRUCT } from './every-construct';
import { measureWork } from './work-meter';

// Linear time without a clock (bench/adversarial.ts prints the timings): the 1 MB adversarial
// notes are read and built at all (no stack overflow at 5,000 levels of nesting, no throw), and
// what the pipeline produces (elements, diagnostics, nodes, text) grows in proportion to the
// input, at most about 2× per doubling. A stage that copied nested content per level or
// reported a problem once per pair of things would show 4× here.
//
// A clock-free measure of work as well: the number of Map and Set lookups the pipeline makes
// (tries, indexes and caches all go through them). A stage that rescans per character shows up
// as lookups growing 4× per doubling, however fast the machine.
//
// A finer clock-free measure (work-meter.ts) weighs every built-in string, array, regular
// expression and lookup operation by what it goes through. With it, every construct the reader
// knows (every-construct.ts) is repeated 500, 1,000 and 2,000 times, and the two shapes that
// were quadratic (issue 10) 4,000, 8,000 and 16,000 times: the work may only double.
//
// Volume: 4 adversarial files (125 kB .. 1 MB), 4 more (32 kB .. 256 kB) counted for lookups,
// one 5,000-level model, one 1 MB file of a single repeated term and its model, 82 constructs
// at 3 sizes, 2 shapes at 16,000 repetitions.

const SIZES = [125_000, 250_000, 500_000, 1_000_000];
const TIMEOUT_MS = 20_000;

interface Output {
  bytes: number;
  /** Messages of the reader's internal-error fallback (parseRst catches its own crashes). */
  internalErrors: string[];
  elements: number;
  deepest: number;
  diagnostics: number;
  nodes: number;
  edges: number;
  graphText: number;
}

/** Counts the elements of a document and its deepest nesting, without recursion. */
function measureDocument(doc: NotesDocument): { elements: number; deepest: number } {
  let elements = 0;
  let deepest = 0;
  const stack: { block: Block; depth: number }[] = doc.blocks.map((block) => ({ block, depth: 1 }));
  while (stack.length > 0) {
    const { block, depth } = stack.pop()!;
    elements++;
    deepest = Math.max(deepest, depth);
    const push = (blocks: readonly Block[]) =>
      blocks.forEach((inner) => stack.push({ block: inner, depth: depth + 1 }));
    switch (block.type) {
      case 'section':
      case 'blockQuote':
      case 'admonition':
        push(block.blocks);
        break;
      case 'bulletList':
      case 'enumeratedList':
      case 'definitionList':
        elements += block.items.length;
        block.items.forEach((item) => push(item.blocks));
        break;
      case 'fieldList':
        elements += block.fields.length;
        block.fields.forEach((field) => push(field.blocks));
        break;
      default:
        break;
    }
  }
  return { elements, deepest };
}

function measureGraph(graph: ConceptGraph): number {
  return graph.nodes.reduce((sum, node) => sum + node.label.length + node.text.length, 0);
}

const outputs = new Map<number, Output>();
const graphs = new Map<number, ConceptGraph>();

function outputFor(size: number): Output {
  const known = outputs.get(size);
  if (known) return known;
  const text = adversarialNotes(size);
  const doc = parseRst(text);
  const graph = buildConceptGraph([{ file: 'adversarial.rst', document: doc }], {
    mapId: 'adversarial',
  });
  const output = {
    bytes: text.length,
    internalErrors: doc.diagnostics
      .filter((diagnostic) =>
        diagnostic.message.startsWith('Internal error in the reStructuredText reader'),
      )
      .map((diagnostic) => diagnostic.message),
    ...measureDocument(doc),
    diagnostics: doc.diagnostics.length,
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    graphText: measureGraph(graph),
  };
  outputs.set(size, output);
  graphs.set(size, graph);
  return output;
}

/** Calls to Map#get/has and Set#has while `work` runs: a deterministic count of lookups. */
function countLookups(work: () => void): number {
  let count = 0;
  const originals = [
    [Map.prototype, 'get', Map.prototype.get],
    [Map.prototype, 'has', Map.prototype.has],
    [Set.prototype, 'has', Set.prototype.has],
  ] as const;
  for (const [prototype, name, original] of originals) {
    // A counting wrapper around the built-in; `this` and arguments pass through untouched.
    (prototype as unknown as Record<string, unknown>)[name] = function (
      this: unknown,
      ...args: unknown[]
    ) {
      count++;
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
  }
  try {
    work();
  } finally {
    for (const [prototype, name, original] of originals) {
      (prototype as unknown as Record<string, unknown>)[name] = original;
    }
  }
  return count;
}

describe('adversarial notes', () => {
  test.each(SIZES)(
    'of %i characters are read and built without throwing, and without the reader crashing inside',
    (size) => {
      expect(() => outputFor(size)).not.toThrow();
      expect(outputFor(size).internalErrors).toEqual([]);
    },
    TIMEOUT_MS,
  );

  test(
    'the 1 MB notes keep their deepest content and their one-line 5,000-level list',
    () => {
      const output = outputFor(1_000_000);
      // docutils reads `* * * x` as nested lists; a reader that stopped early would lose text.
      expect(output.deepest).toBeGreaterThan(100);
      const graph = graphs.get(1_000_000)!;
      const allText = graph.nodes.map((node) => node.text).join('\n');
      expect(allText).toContain('deep bullet');
      expect(allText).toContain('deep enumeration');
    },
    TIMEOUT_MS,
  );

  test(
    'produce output in proportion to their size (about 2× per doubling, never 4×)',
    () => {
      for (let index = 1; index < SIZES.length; index++) {
        const before = outputFor(SIZES[index - 1]!);
        const after = outputFor(SIZES[index]!);
        for (const key of ['elements', 'diagnostics', 'graphText'] as const) {
          const growth = after[key] / Math.max(1, before[key]);
          expect(growth, `${key} ${before[key]} -> ${after[key]}`).toBeGreaterThan(1.4);
          expect(growth, `${key} ${before[key]} -> ${after[key]}`).toBeLessThan(2.6);
        }
        // No stage multiplies the input: a few elements per line of notes at most.
        expect(after.elements).toBeLessThan(after.bytes / 4);
        expect(after.graphText).toBeLessThan(after.bytes * 2);
      }
    },
    TIMEOUT_MS * 2,
  );

  test(
    'cost Map and Set lookups in proportion to their size (about 2× per doubling, never 4×)',
    () => {
      const sizes = [32_000, 64_000, 128_000, 256_000];
      const lookups = sizes.map((size) => {
        const text = adversarialNotes(size);
        return countLookups(() =>
          buildConceptGraph([{ file: 'adversarial.rst', document: parseRst(text) }], {
            mapId: 'adversarial',
          }),
        );
      });
      for (let index = 1; index < sizes.length; index++) {
        const growth = lookups[index]! / lookups[index - 1]!;
        expect(growth, `lookups ${lookups[index - 1]} -> ${lookups[index]}`).toBeLessThan(2.6);
      }
    },
    TIMEOUT_MS * 2,
  );

  test(
    'give a graph that can be serialised as JSON, as the model promises (the CLI prints it)',
    () => {
      outputFor(1_000_000);
      expect(() => JSON.stringify(graphs.get(1_000_000))).not.toThrow();
    },
    TIMEOUT_MS,
  );
});

test(
  'a document model nested ten times deeper than the reader ever nests builds (the builder alone)',
  () => {
    // The reader keeps text nested deeper than MAX_NESTING as a literal block (model.ts), so the
    // builder may recurse; this checks a margin of ten times that: `* * * … x` and a staircase
    // of block quotes.
    const DEPTH = 10 * MAX_NESTING;
    let list: Block = {
      type: 'paragraph',
      line: 1,
      content: [{ type: 'text', text: 'deep bullet' }],
    };
    let quote: Block = {
      type: 'paragraph',
      line: 2,
      content: [{ type: 'text', text: 'deep quote' }],
    };
    for (let level = 0; level < DEPTH; level++) {
      list = { type: 'bulletList', line: 1, bullet: '*', items: [{ line: 1, blocks: [list] }] };
      quote = { type: 'blockQuote', line: 2, blocks: [quote] };
    }
    const doc: NotesDocument = {
      title: [{ type: 'text', text: 'Deep' }],
      titleLine: 1,
      subtitle: null,
      subtitleLine: null,
      blocks: [list, quote],
      lineCount: 2,
      diagnostics: [],
    };
    const graph = buildConceptGraph([{ file: 'deep.rst', document: doc }], { mapId: 'deep' });
    expect(graph.nodes[0]!.text).toContain('deep bullet');
    expect(graph.nodes[0]!.text).toContain('deep quote');
  },
  TIMEOUT_MS,
);

describe('one term written 150,000 times (about 1 MB)', () => {
  const COUNT = 150_000;

  test(
    'is one concept with every line, read from the notes',
    () => {
      const graph = buildConceptGraph(
        [{ file: 'pods.rst', document: parseRst('Pod\n\tx\n'.repeat(COUNT)) }],
        { mapId: 'pods' },
      );
      const pods = graph.nodes.filter((node) => node.label === 'Pod');
      expect(pods).toHaveLength(1);
      expect(pods[0]!.lines).toHaveLength(COUNT);
    },
    TIMEOUT_MS,
  );

  test(
    'is one concept with every line, built from the document model alone',
    () => {
      // The same notes as the reader should give them, so the builder is tested on its own.
      const doc: NotesDocument = {
        title: null,
        titleLine: null,
        subtitle: null,
        subtitleLine: null,
        blocks: [
          {
            type: 'definitionList',
            line: 1,
            items: Array.from({ length: COUNT }, (_, index) => ({
              line: 2 * index + 1,
              endLine: 2 * index + 2,
              term: [{ type: 'text' as const, text: 'Pod' }],
              classifiers: [],
              blocks: [
                {
                  type: 'paragraph' as const,
                  line: 2 * index + 2,
                  content: [{ type: 'text' as const, text: 'x' }],
                },
              ],
            })),
          },
        ],
        lineCount: 2 * COUNT,
        diagnostics: [],
      };
      const graph = buildConceptGraph([{ file: 'pods.rst', document: doc }], { mapId: 'pods' });
      expect(graph.nodes).toHaveLength(1);
      expect(graph.nodes[0]!.lines).toHaveLength(COUNT);
    },
    TIMEOUT_MS,
  );
});

/** The work of reading `text` and building its concept graph. */
function workOf(text: string): number {
  return measureWork(() =>
    buildConceptGraph([{ file: 'repeated.rst', document: parseRst(text) }], { mapId: 'repeated' }),
  );
}

/** Growth of the work per doubling of the repetitions, for each step of `counts`. */
function growths(make: (count: number) => string, counts: readonly number[]): number[] {
  const work = counts.map((count) => workOf(make(count)));
  return work.slice(1).map((after, index) => after / work[index]!);
}

describe('every construct the reader knows, repeated', () => {
  test.each(Object.keys(EVERY_CONSTRUCT))(
    '%s: work about 2× per doubling, never 4×',
    (name) => {
      for (const growth of growths(EVERY_CONSTRUCT[name]!, [500, 1000, 2000])) {
        expect(growth).toBeLessThan(2.6);
      }
    },
    TIMEOUT_MS,
  );
});

describe('the two shapes that were quadratic, 16,000 times', () => {
  test(
    '`text <url>`_ references in one paragraph: linear, and every one a link',
    () => {
      const make = EVERY_CONSTRUCT['embedded-URI references in one paragraph']!;
      for (const growth of growths(make, [4000, 8000, 16000])) {
        expect(growth).toBeLessThan(2.3);
      }
      let links = 0;
      forEachInline(parseRst(make(16_000)).blocks, (inline) => {
        if (inline.type === 'reference' && inline.url !== null) links++;
      });
      expect(links).toBe(16_000);
    },
    TIMEOUT_MS,
  );

  test(
    'simple-table borders that no closing border ends: linear',
    () => {
      const make = EVERY_CONSTRUCT['simple-table borders that nothing closes']!;
      for (const growth of growths(make, [4000, 8000, 16000])) {
        expect(growth).toBeLessThan(2.3);
      }
    },
    TIMEOUT_MS,
  );
});

/**
 * The Markdown reader works in linear time, proved without a clock as
 * tests/unit/fuzz/linear-time.test.ts does for reST: on adversarial Markdown of doubling size
 * (adversarial.ts: unclosed openers on one line, nesting thousands deep, wide tables, ...), the
 * work done and the output grow about 2× per doubling, never 4×. Work is counted as the
 * characters examined: markdown-it, its plugins and our own rules all read the source through
 * String#charCodeAt, so a rule that rescanned the rest of a line per opener would show here.
 */
import { describe, expect, test } from 'vitest';
import { buildConceptGraph } from '../../../src/notes/concepts/build-graph';
import type { NotesDocument } from '../../../src/notes/document/model';
import { blocksText } from '../../../src/notes/document/text';
import { forEachBlock } from '../../../src/notes/document/visit';
import { parseMarkdown } from '../../../src/notes/markdown';
import { adversarialMarkdown } from './adversarial';

const TIMEOUT_MS = 30_000;

/** Calls to String#charCodeAt while `work` runs: a deterministic count of characters read. */
function countCharacterReads(work: () => void): number {
  let count = 0;
  const original = String.prototype.charCodeAt;
  String.prototype.charCodeAt = function (this: string, index: number) {
    count++;
    return original.call(this, index);
  };
  try {
    work();
  } finally {
    String.prototype.charCodeAt = original;
  }
  return count;
}

function measure(doc: NotesDocument): { blocks: number; text: number } {
  let blocks = 0;
  forEachBlock(doc.blocks, () => blocks++);
  return { blocks, text: blocksText(doc.blocks).length };
}

describe('adversarial Markdown', () => {
  test(
    'costs characters read in proportion to its size (about 2× per doubling, never 4×)',
    () => {
      parseMarkdown('warm up the parser');
      const sizes = [32_000, 64_000, 128_000, 256_000];
      const reads = sizes.map((size) => {
        const text = adversarialMarkdown(size);
        return countCharacterReads(() => parseMarkdown(text));
      });
      for (let index = 1; index < sizes.length; index++) {
        const growth = reads[index]! / reads[index - 1]!;
        expect(growth, `reads ${reads[index - 1]} -> ${reads[index]}`).toBeGreaterThan(1.5);
        expect(growth, `reads ${reads[index - 1]} -> ${reads[index]}`).toBeLessThan(2.6);
      }
    },
    TIMEOUT_MS,
  );

  test(
    'of 1 MB is read without throwing, keeps its deepest text, and builds a graph',
    () => {
      const doc = parseMarkdown(adversarialMarkdown(1_000_000));
      expect(doc.diagnostics.filter((d) => d.severity === 'severe')).toEqual([]);
      const text = blocksText(doc.blocks);
      for (const words of ['deep bullet', 'deep enumeration', 'deep quote']) {
        expect(text).toContain(words);
      }
      // Nothing after the too-deep parts is swallowed by them: every part's heading is a section.
      const headings: string[] = [];
      forEachBlock(
        doc.blocks,
        (block) =>
          block.type === 'section' && headings.push(block.title.map((i) => i.text).join('')),
      );
      expect(headings).toEqual(
        expect.arrayContaining(['Deep quotes', 'Staircase', 'Table', 'Code']),
      );
      const graph = buildConceptGraph([{ file: 'adversarial.md', document: doc }], {
        mapId: 'adversarial',
      });
      expect(() => JSON.stringify(graph)).not.toThrow();
    },
    TIMEOUT_MS,
  );

  test(
    'produces output in proportion to its size',
    () => {
      const sizes = [125_000, 250_000, 500_000];
      const outputs = sizes.map((size) => measure(parseMarkdown(adversarialMarkdown(size))));
      for (let index = 1; index < sizes.length; index++) {
        for (const key of ['blocks', 'text'] as const) {
          const growth = outputs[index]![key] / outputs[index - 1]![key];
          expect(growth, key).toBeGreaterThan(1.4);
          expect(growth, key).toBeLessThan(2.6);
        }
      }
    },
    TIMEOUT_MS,
  );
});

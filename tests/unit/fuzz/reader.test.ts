import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseRst } from '../../../src/notes/rst';
import type { Block, NotesDocument } from '../../../src/notes/document/model';
import { chaoticRst, plainNotes } from '../../support/arbitraries';

// Properties of the reader on any RST-like text (tests/support/arbitraries.ts): it never throws,
// and every line it reports points into the notes, so the editor jump and the node panel work.
//
// Volume: 1,500 chaotic + 300 well-formed documents per property (2 properties): 3,600 cases.
const CHAOTIC_RUNS = 1500;
const PLAIN_RUNS = 300;

/** Every source line the document model claims, with what claims it. */
function claimedLines(doc: NotesDocument): { what: string; line: number }[] {
  const claims: { what: string; line: number }[] = [];
  if (doc.titleLine !== null) claims.push({ what: 'title', line: doc.titleLine });
  if (doc.subtitleLine !== null) claims.push({ what: 'subtitle', line: doc.subtitleLine });
  // Iterative: fuzzed notes may nest deeply.
  const stack: Block[] = [...doc.blocks];
  while (stack.length > 0) {
    const block = stack.pop()!;
    claims.push({ what: block.type, line: block.line });
    switch (block.type) {
      case 'section':
        claims.push({ what: 'section end', line: block.endLine });
        stack.push(...block.blocks);
        break;
      case 'bulletList':
      case 'enumeratedList':
        for (const item of block.items) {
          claims.push({ what: `${block.type} item`, line: item.line });
          stack.push(...item.blocks);
        }
        break;
      case 'definitionList':
        for (const item of block.items) {
          claims.push({ what: 'definition item', line: item.line });
          claims.push({ what: 'definition item end', line: item.endLine });
          stack.push(...item.blocks);
        }
        break;
      case 'fieldList':
        for (const field of block.fields) {
          claims.push({ what: 'field', line: field.line });
          stack.push(...field.blocks);
        }
        break;
      case 'blockQuote':
      case 'admonition':
        stack.push(...block.blocks);
        break;
      default:
        break;
    }
  }
  return claims;
}

/**
 * Lines as docutils counts them: Python's str.splitlines() breaks (\r\n, \r, \n, \x1c-\x1e,
 * \x85, \u2028, \u2029), after \v and \f became spaces (they are not line breaks there).
 */
function physicalLineCount(text: string): number {
  // eslint-disable-next-line no-control-regex -- \x1c-\x1e are line breaks to Python.
  return text.split(/\r\n|[\n\r\x1c-\x1e\x85\u2028\u2029]/).length;
}

describe.each([
  ['chaotic', chaoticRst, CHAOTIC_RUNS],
  ['well-formed', plainNotes, PLAIN_RUNS],
] as const)('the reader on %s notes', (_name, notes, numRuns) => {
  test('never throws nor falls back on its internal-error path, and counts the lines', () => {
    fc.assert(
      fc.property(notes, (text) => {
        const doc = parseRst(text);
        // parseRst catches its own crashes and shows the notes as one literal block with a
        // severe "Internal error" diagnostic: for the user that is a failure too.
        const crashes = doc.diagnostics.filter((d) => /internal error/i.test(d.message));
        expect(crashes.map((d) => d.message)).toEqual([]);
        // A final newline may or may not open a last, empty line; nothing else may differ.
        const lines = physicalLineCount(text);
        expect(doc.lineCount).toBeGreaterThanOrEqual(lines - 1);
        expect(doc.lineCount).toBeLessThanOrEqual(lines);
      }),
      { numRuns },
    );
  });

  test('reports every element and diagnostic on a line of the notes', () => {
    fc.assert(
      fc.property(notes, (text) => {
        const doc = parseRst(text);
        const last = Math.max(1, doc.lineCount);
        for (const diagnostic of doc.diagnostics) {
          expect(diagnostic.line, diagnostic.message).toBeGreaterThanOrEqual(1);
          expect(diagnostic.line, diagnostic.message).toBeLessThanOrEqual(last);
          expect(Number.isInteger(diagnostic.line)).toBe(true);
        }
        for (const { what, line } of claimedLines(doc)) {
          expect(line, what).toBeGreaterThanOrEqual(1);
          expect(line, what).toBeLessThanOrEqual(last);
          expect(Number.isInteger(line), what).toBe(true);
        }
      }),
      { numRuns },
    );
  });
});

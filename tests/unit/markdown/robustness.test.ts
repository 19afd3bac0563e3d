/**
 * Hostile and broken notes: the reader never throws, never makes HTML of anything, keeps every
 * word, and caps nesting at MAX_NESTING levels with a warning (model.ts).
 */
import { describe, expect, test } from 'vitest';
import { buildConceptGraph } from '../../../src/notes/concepts/build-graph';
import type { Block } from '../../../src/notes/document/model';
import { blocksText } from '../../../src/notes/document/text';
import { forEachInline } from '../../../src/notes/document/visit';
import { parseMarkdown } from '../../../src/notes/markdown';
import { MAX_NESTING } from '../../../src/notes/document/limits';

function depthOf(blocks: readonly Block[]): number {
  let deepest = 0;
  const stack: [readonly Block[], number][] = [[blocks, 1]];
  while (stack.length > 0) {
    const [list, depth] = stack.pop()!;
    for (const block of list) {
      deepest = Math.max(deepest, depth);
      if (block.type === 'blockQuote' || block.type === 'section')
        stack.push([block.blocks, depth + 1]);
      if (
        block.type === 'bulletList' ||
        block.type === 'enumeratedList' ||
        block.type === 'definitionList'
      ) {
        for (const item of block.items) stack.push([item.blocks, depth + 1]);
      }
    }
  }
  return deepest;
}

describe('hostile notes', () => {
  test('script tags and event handlers stay visible text, never HTML', () => {
    const doc = parseMarkdown(
      '<script>alert("block")</script>\n\nInline <img src=x onerror="alert(1)"> and <b>bold</b>.\n',
    );
    expect(doc.blocks[0]).toEqual({
      type: 'literalBlock',
      line: 1,
      text: '<script>alert("block")</script>',
      language: 'html',
    });
    const literals: string[] = [];
    forEachInline(doc.blocks, (inline) => inline.type === 'literal' && literals.push(inline.text));
    expect(literals).toEqual(['<img src=x onerror="alert(1)">', '<b>', '</b>']);
  });

  test('javascript: links are not hidden: the graph builder keeps them as text and reports them', () => {
    const doc = parseMarkdown(
      '# Note\n\n[click me](javascript:alert(1)) and [x](JaVaScRiPt&#58;alert(1))\n',
    );
    const graph = buildConceptGraph([{ file: 'note.md', document: doc }], { mapId: 'note' });
    expect(graph.nodes[0]!.links).toEqual([]);
    expect(graph.nodes[0]!.text).toContain('click me');
    expect(graph.diagnostics.map((d) => d.message)).toEqual([
      expect.stringContaining('javascript: links are not allowed'),
      expect.stringContaining('javascript: links are not allowed'),
    ]);
  });

  test('entities are decoded to text, not markup', () => {
    const doc = parseMarkdown('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#x3C;b&#x3E;\n');
    expect(blocksText(doc.blocks)).toBe('<script>alert(1)</script> & <b>');
  });

  test.each([
    ['a NUL character', 'a\u0000b\n'],
    ['lone surrogates', '\uD800 # \uDC00 [[\uD800]] #\uDFFFtag\n'],
    ['only frontmatter delimiters', '---\n---\n'],
    ['an unclosed fence', '```\ncode\n'],
    ['a tab-indented mess', '\t-\t*\t>\t# x\n'],
    ['a non-string value', 42 as unknown as string],
  ])('%s reads without a severe diagnostic', (_name, text) => {
    const doc = parseMarkdown(text);
    expect(doc.diagnostics.filter((d) => d.severity === 'severe')).toEqual([]);
  });
});

describe('nesting', () => {
  test.each([
    ['quotes', `${'> '.repeat(300)}deep words\n`],
    ['bullets', `${'- '.repeat(300)}deep words\n`],
    [
      'a staircase',
      `${Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- step`).join('\n')} deep words\n`,
    ],
  ])(
    `%s deeper than ${MAX_NESTING} levels are kept as literal text with a warning`,
    (_name, text) => {
      const doc = parseMarkdown(`# Deep\n\n${text}\nAfter.\n`);
      expect(depthOf(doc.blocks)).toBeLessThanOrEqual(MAX_NESTING);
      expect(blocksText(doc.blocks)).toContain('deep words');
      expect(blocksText(doc.blocks)).toContain('After.');
      expect(doc.diagnostics).toEqual([
        expect.objectContaining({
          severity: 'warning',
          message: `Nesting deeper than ${MAX_NESTING} levels; kept as literal text.`,
        }),
      ]);
    },
  );

  test(`nesting just short of ${MAX_NESTING} levels is still read as structure`, () => {
    const doc = parseMarkdown(`${'> '.repeat(MAX_NESTING - 2)}x\n`);
    expect(doc.diagnostics).toEqual([]);
    expect(depthOf(doc.blocks)).toBe(MAX_NESTING - 1);
  });
});

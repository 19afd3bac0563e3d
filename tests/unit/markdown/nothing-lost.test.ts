/**
 * Nothing of a Markdown note is silently dropped (the idea of tests/unit/concepts/
 * nothing-lost.test.ts, for Markdown): every word of the source file is in the document the
 * reader makes — its text (blocksText), its title, aliases and tags, what its elements point at
 * (URLs, link targets, image files and alt text, comments) — or in a diagnostic. Only Markdown's
 * own syntax is not a word of the notes: the names of the frontmatter properties the reader
 * consumes (`title`, `aliases`, `tags`), the numbers of an ordered list's items (the list keeps
 * its start), and character references and %-escapes (`&lt;`, `%20`), which are read as the
 * characters they stand for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { NotesDocument } from '../../../src/notes/document/model';
import { blocksText, inlineText } from '../../../src/notes/document/text';
import { forEachBlock, forEachInline } from '../../../src/notes/document/visit';
import { parseMarkdown } from '../../../src/notes/markdown';
import { adversarialMarkdown } from './adversarial';

const fixtures = new URL('../../fixtures/markdown/', import.meta.url);
const files = readdirSync(fixtures).filter((file) => file.endsWith('.md'));

const SYNTAX_WORDS = new Set(['title', 'aliases', 'tags']);

/** Runs of letters, digits and marks: the words a reader would miss. */
function words(text: string): string[] {
  return text.normalize('NFKC').match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
}

/** Everything the document holds that a reader can see or follow. */
function haystack(doc: NotesDocument): string {
  const parts: string[] = [blocksText(doc.blocks)];
  if (doc.title) parts.push(inlineText(doc.title));
  parts.push(...(doc.aliases ?? []), ...(doc.tags ?? []));
  forEachInline(doc.blocks, (inline) => {
    if (inline.type === 'reference') parts.push(inline.url ?? '');
    if (inline.type === 'crossReference') parts.push(inline.target, inline.anchor ?? '');
  });
  forEachBlock(doc.blocks, (block) => {
    if (block.type === 'image') parts.push(block.uri, block.alt, block.target ?? '');
    if (block.type === 'comment') parts.push(block.text);
    if (block.type === 'target') parts.push(block.name ?? '', block.url ?? '');
    if (block.type === 'literalBlock' && block.language) parts.push(block.language);
  });
  parts.push(...doc.diagnostics.map((d) => d.message));
  return parts.join('\n').normalize('NFKC');
}

/** The source without the syntax that is not words of the notes (see above). */
function withoutSyntax(source: string): string {
  return source
    .replace(/^([ \t>]*)\d{1,9}[.)](?=[ \t]|$)/gm, '$1')
    .replace(/&(?:#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, ' ')
    .replace(/%[0-9a-f]{2}/gi, ' ');
}

function missingWords(source: string): string[] {
  const found = haystack(parseMarkdown(source));
  return [...new Set(words(withoutSyntax(source)))].filter(
    (word) => !SYNTAX_WORDS.has(word) && !found.includes(word),
  );
}

describe('nothing in a Markdown note is lost on the way to the document model', () => {
  test('there are fixtures to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  test.each(files)('%s', (file) => {
    expect(missingWords(readFileSync(new URL(file, fixtures), 'utf8'))).toEqual([]);
  });

  test('the adversarial Markdown of the linear-time test', () => {
    expect(missingWords(adversarialMarkdown(64_000))).toEqual([]);
  });

  test('the check can fail: a word the reader dropped is found missing', () => {
    const source = '# Note\n\nVisible words.\n';
    const doc = parseMarkdown(source);
    forEachBlock(doc.blocks, (block) => {
      if (block.type === 'paragraph') block.content = [{ type: 'text', text: 'Visible' }];
    });
    const found = haystack(doc);
    expect(words(source).filter((word) => !found.includes(word))).toEqual(['words']);
  });
});

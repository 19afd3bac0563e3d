/**
 * Reads Markdown (CommonMark + GFM + Obsidian's conventions) into the document model, top to
 * bottom: source lines → markdown-it tokens (parser.ts) → frontmatter (frontmatter.ts) → blocks
 * (blocks.ts) → sections (sections.ts) → title (frontmatter `title`, else doctitle.ts). Never
 * throws: an internal error becomes a 'severe' diagnostic and the text is kept as one literal
 * block.
 */
import { documentAsText, internalError } from '../document/as-text';
import type { Block, Diagnostic, NotesDocument } from '../document/model';
import { BlockReader, type BlockContext } from './blocks';
import { promoteTitle } from './doctitle';
import { readFrontmatter, type Frontmatter } from './frontmatter';
import type { FootnoteList } from './inlines';
import { markdownParser } from './parser';
import { nestSections } from './sections';

export function parseMarkdown(text: string): NotesDocument {
  let lines: string[] = [];
  try {
    const source = withoutBom(typeof text === 'string' ? text : String(text));
    lines = sourceLines(source);
    const diagnostics: Diagnostic[] = [];
    const env: { footnotes?: FootnoteList; references?: BlockContext['references'] } = {};
    const tokens = markdownParser().parse(source, env);

    let frontmatter: Frontmatter | null = null;
    const first = tokens[0];
    if (first?.type === 'front_matter') {
      frontmatter = readFrontmatter(first.content, 2, diagnostics);
    }
    const context: BlockContext = {
      lines,
      diagnostics,
      references: env.references ?? {},
      footnotes: env.footnotes ?? {},
      pendingNotes: [],
    };
    const items = new BlockReader(tokens, context, frontmatter ? 1 : 0).readTop();
    const sections = nestSections(items, lines);
    const titled = frontmatter?.title
      ? { title: frontmatter.title, titleLine: frontmatter.titleLine, blocks: sections }
      : promoteTitle(sections);
    const blocks: Block[] = [...(frontmatter?.blocks ?? []), ...titled.blocks];

    return {
      title: titled.title,
      titleLine: titled.titleLine,
      subtitle: null,
      subtitleLine: null,
      blocks,
      lineCount: lines.length,
      diagnostics: diagnostics.sort((a, b) => a.line - b.line),
      ...(frontmatter && frontmatter.aliases.length > 0 ? { aliases: frontmatter.aliases } : {}),
      ...(frontmatter && frontmatter.tags.length > 0 ? { tags: frontmatter.tags } : {}),
    };
  } catch (error) {
    return documentAsText(lines, internalError('Markdown', error));
  }
}

/** A leading byte-order mark is not text (markdown-it would read `\uFEFF# Title` as a paragraph). */
function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The lines markdown-it numbers: it normalises \r\n and \r to \n. A final newline ends the last
 * line rather than starting an empty one, so `a\nb\n` has two lines, as for the reST reader.
 */
function sourceLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r\n?|\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

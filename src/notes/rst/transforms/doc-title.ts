import type { Block, Inline, NotesDocument, Section } from '../../document/model';

/*
 * docutils' DocTitle transform (transforms/frontmatter.py): a lone top-level section becomes
 * the document title, then a lone sub-section the subtitle.
 */

/** Blocks docutils calls PreBibliographic: they may come before a promoted title. */
function isPreBibliographic(block: Block): boolean {
  return block.type === 'comment' || block.type === 'target';
}

/** TitlePromoter.candidate_index: the only non-PreBibliographic block, if it is a section. */
function loneSection(blocks: readonly Block[]): { section: Section; index: number } | null {
  const index = blocks.findIndex((block) => !isPreBibliographic(block));
  if (index === -1 || index !== blocks.length - 1) return null;
  const block = blocks[index]!;
  return block.type === 'section' ? { section: block, index } : null;
}

interface Promoted {
  title: Inline[] | null;
  titleLine: number | null;
  subtitle: Inline[] | null;
  subtitleLine: number | null;
  blocks: Block[];
}

function promoteTitles(blocks: Block[]): Promoted {
  const result: Promoted = {
    title: null,
    titleLine: null,
    subtitle: null,
    subtitleLine: null,
    blocks,
  };
  const top = loneSection(blocks);
  if (!top) return result;
  result.title = top.section.title;
  result.titleLine = top.section.line;
  result.blocks = [...blocks.slice(0, top.index), ...top.section.blocks];
  const sub = loneSection(result.blocks);
  if (sub) {
    result.subtitle = sub.section.title;
    result.subtitleLine = sub.section.line;
    result.blocks = [...result.blocks.slice(0, sub.index), ...sub.section.blocks];
  }
  renumberSections(result.blocks);
  return result;
}

/** Section levels after promotion: 1 = child of the document. Iterative: no deep recursion. */
function renumberSections(blocks: Block[]): void {
  const pending: [Block[], number][] = [[blocks, 1]];
  while (pending.length > 0) {
    const [list, level] = pending.pop()!;
    for (const block of list) {
      if (block.type !== 'section') continue;
      block.level = level;
      pending.push([block.blocks, level + 1]);
    }
  }
}

/** DocTitle: the document's title and subtitle, promoted from lone sections. */
export function docTitle(doc: NotesDocument): NotesDocument {
  return { ...doc, ...promoteTitles(doc.blocks) };
}

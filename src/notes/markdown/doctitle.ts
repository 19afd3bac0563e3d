/**
 * The document title, as docutils' DocTitle transform finds it: when the only block at the top
 * of the document (comments and link definitions aside, docutils' PreBibliographic elements) is
 * a section, that section's title is the document's and its contents move up a level. A note
 * with text before its first heading, or with two top-level headings, has no title here (the
 * graph builder then names it after its file). Unlike docutils, a lone subsection is not made a
 * subtitle: Markdown has no such convention, and it would stop being a concept of its own.
 */
import type { Block, Inline } from '../document/model';

export interface Titled {
  title: Inline[] | null;
  titleLine: number | null;
  blocks: Block[];
}

function isPreBibliographic(block: Block): boolean {
  return block.type === 'comment' || block.type === 'target';
}

export function promoteTitle(blocks: Block[]): Titled {
  const index = blocks.findIndex((block) => !isPreBibliographic(block));
  const lone = index >= 0 && index === blocks.length - 1 ? blocks[index]! : null;
  if (lone?.type !== 'section') return { title: null, titleLine: null, blocks };
  const promoted = [...blocks.slice(0, index), ...lone.blocks];
  renumberSections(promoted);
  return { title: lone.title, titleLine: lone.line, blocks: promoted };
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

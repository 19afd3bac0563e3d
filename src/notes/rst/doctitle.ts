import type { Block, Diagnostic, Inline, Section } from '../document/model';

/*
 * docutils' transforms after parsing that change what a reader sees: DocTitle (a lone top-level
 * section becomes the document title, then a lone sub-section the subtitle) and
 * misc.Transitions (where a transition may not stand).
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

export interface Promoted {
  title: Inline[] | null;
  titleLine: number | null;
  subtitle: Inline[] | null;
  subtitleLine: number | null;
  blocks: Block[];
}

export function promoteTitles(blocks: Block[]): Promoted {
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

/** misc.Transitions: not first in a document or section, not doubled, not last in the document. */
export function checkTransitions(blocks: readonly Block[], diagnostics: Diagnostic[]): void {
  const error = (line: number, message: string) =>
    diagnostics.push({ line, severity: 'error', message });
  // [blocks, whether this container is the last thing in the document]
  const pending: [readonly Block[], boolean][] = [[blocks, true]];
  while (pending.length > 0) {
    const [list, lastInDocument] = pending.pop()!;
    list.forEach((block, index) => {
      if (block.type === 'section') {
        pending.push([block.blocks, lastInDocument && index === list.length - 1]);
        return;
      }
      if (block.type !== 'transition') return;
      if (index === 0) error(block.line, 'Document or section may not begin with a transition.');
      else if (list[index - 1]!.type === 'transition') {
        error(
          block.line,
          'At least one body element must separate transitions; adjacent transitions are not allowed.',
        );
      }
      if (index === list.length - 1 && lastInDocument) {
        error(block.line, 'Document may not end with a transition.');
      }
    });
  }
}

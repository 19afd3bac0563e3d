/**
 * Headings → nested sections. A heading opens a section that holds everything up to the next
 * heading of the same or a higher rank (fewer `#`); a deeper heading opens a subsection, however
 * many ranks it skips (`#` then `###` nests one level, as in every Markdown outline). A
 * section's own text, the blocks before its first subsection, is what the graph builder shows
 * as its definition.
 */
import type { Block, Section } from '../document/model';
import { trimBlankEnd, type HeadingMark } from './blocks';

export function nestSections(
  items: readonly (Block | HeadingMark)[],
  lines: readonly string[],
): Block[] {
  const top: Block[] = [];
  const open: { section: Section; depth: number }[] = [];
  const closeUntil = (depth: number, nextLine: number) => {
    while (open.length > 0 && open[open.length - 1]!.depth >= depth) {
      const { section } = open.pop()!;
      // The line before the next heading (or the end), trailing blank lines left out.
      section.endLine = Math.max(section.line, trimBlankEnd(lines, section.line - 1, nextLine - 1));
    }
  };
  for (const item of items) {
    if (item.type !== 'heading') {
      (open[open.length - 1]?.section.blocks ?? top).push(item);
      continue;
    }
    closeUntil(item.depth, item.line);
    const section: Section = {
      type: 'section',
      line: item.line,
      endLine: item.line,
      level: open.length + 1,
      title: item.title,
      blocks: [],
    };
    (open[open.length - 1]?.section.blocks ?? top).push(section);
    open.push({ section, depth: item.depth });
  }
  closeUntil(0, lines.length + 1);
  return top;
}

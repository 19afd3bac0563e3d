import type { Block, NotesDocument } from '../../document/model';
import type { ReaderContext, SectionNumbering } from '../block/context';

/**
 * docutils' SectNum transform (transforms/parts.py), for `.. sectnum::`: every section down to
 * `depth` levels gets its number ("1", "1.2", ... after `start`, with `prefix` and `suffix`).
 * The number is kept beside the title (Section.number), as docutils keeps it in a node of its
 * own before the title's text.
 */
export function sectionNumbers(doc: NotesDocument, context: ReaderContext): NotesDocument {
  const numbering = context.sectionNumbering;
  if (!numbering) return doc;
  return { ...doc, blocks: numberSections(doc.blocks, numbering, [], 1) };
}

function numberSections(
  blocks: Block[],
  numbering: SectionNumbering,
  prefix: readonly string[],
  depth: number,
): Block[] {
  let next = prefix.length > 0 ? 1 : numbering.start;
  return blocks.map((block) => {
    if (block.type !== 'section') return block;
    const numbers = [...prefix, String(next++)];
    return {
      ...block,
      number: `${numbering.prefix}${numbers.join('.')}${numbering.suffix}`,
      blocks:
        depth < numbering.depth
          ? numberSections(block.blocks, numbering, numbers, depth + 1)
          : block.blocks,
    };
  });
}

import type { NotesDocument } from '../document/model';
import { documentAsText, internalError } from '../document/as-text';
import { newReaderContext } from './block/context';
import { readBlocks, readNested } from './block/parser';
import { SectionStack } from './block/section-stack';
import { sourceLines } from './source/lines';
import { Source } from './source/source';
import { sortByLine } from './transforms/diagnostics';
import { applyTransforms } from './transforms/transforms';

/**
 * Reads reStructuredText into the document model, the way docutils does (see rst_oracle.py for
 * the reference), in three stages: source text -> lines (source/), lines -> blocks (block/,
 * with inline/ for the text of each block), blocks -> the finished document (transforms/).
 * Never throws: an internal error becomes a 'severe' diagnostic and the text is kept as one
 * literal block.
 */
export function parseRst(text: string): NotesDocument {
  let lines: string[] = [];
  try {
    lines = sourceLines(typeof text === 'string' ? text : String(text));
    const source = new Source(lines);
    const context = newReaderContext(source, readNested, (inner, views, depth) => {
      const nested = new SectionStack(lines);
      readBlocks(inner, views, depth, nested);
      return nested.finish();
    });
    const sections = new SectionStack(lines);
    readBlocks(context, source.all(), 0, sections);
    return applyTransforms(
      {
        title: null,
        titleLine: null,
        subtitle: null,
        subtitleLine: null,
        blocks: sections.finish(),
        lineCount: lines.length,
        diagnostics: sortByLine(context.diagnostics),
      },
      context,
    );
  } catch (error) {
    return documentAsText(lines, internalError('reStructuredText', error));
  }
}

import { BodyParser } from './body';
import type { ReaderContext } from './context';
import { checkTransitions, promoteTitles } from './doctitle';
import { sourceLines } from './lines';
import type { NotesDocument } from '../document/model';
import { resolveReferences } from './references';
import { SectionStack } from './sections';
import { Source } from './source';

/**
 * Reads reStructuredText into the document model, the way docutils does (see rst_oracle.py for
 * the reference). Never throws: an internal error becomes a 'severe' diagnostic and the text is
 * kept as one literal block.
 */
export function parseRst(text: string): NotesDocument {
  let lines: string[] = [];
  try {
    lines = sourceLines(typeof text === 'string' ? text : String(text));
    const source = new Source(lines);
    const context: ReaderContext = { source, diagnostics: [], titleStyles: [] };
    const sections = new SectionStack(lines);
    new BodyParser(context, source.all(), 0, sections).run();
    const promoted = promoteTitles(sections.finish());
    checkTransitions(promoted.blocks, context.diagnostics);
    const diagnostics = [...context.diagnostics].sort((a, b) => a.line - b.line);
    return resolveReferences({ ...promoted, lineCount: lines.length, diagnostics });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      title: null,
      titleLine: null,
      subtitle: null,
      subtitleLine: null,
      blocks: lines.length > 0 ? [{ type: 'literalBlock', line: 1, text: lines.join('\n') }] : [],
      lineCount: lines.length,
      diagnostics: [
        {
          line: 1,
          severity: 'severe',
          message: `Internal error in the reStructuredText reader (${message}); the notes are shown as plain text. Please report this with the notes that caused it.`,
        },
      ],
    };
  }
}

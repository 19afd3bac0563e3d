import type { Diagnostic, NotesDocument } from './model';

/**
 * Notes kept as they are, one literal block, with the diagnostic that says why: what a reader
 * gives when it cannot read them (an internal error) and what a file no reader reads becomes.
 * Nothing of the user's text is lost either way.
 */
export function documentAsText(lines: readonly string[], diagnostic: Diagnostic): NotesDocument {
  return {
    title: null,
    titleLine: null,
    subtitle: null,
    subtitleLine: null,
    blocks: lines.length > 0 ? [{ type: 'literalBlock', line: 1, text: lines.join('\n') }] : [],
    lineCount: lines.length,
    diagnostics: [diagnostic],
  };
}

/** A reader's own failure, in words that say what to do. */
export function internalError(format: string, error: unknown): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  return {
    line: 1,
    severity: 'severe',
    message: `Internal error in the ${format} reader (${message}); the notes are shown as plain text. Please report this with the notes that caused it.`,
  };
}

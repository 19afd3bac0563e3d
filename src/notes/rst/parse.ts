import type { RstDocument } from './model';

/**
 * Reads reStructuredText into the document model, the way docutils does. Never throws.
 * PLACEHOLDER: the block reader replaces this.
 */
export function parseRst(text: string): RstDocument {
  return {
    title: null,
    titleLine: null,
    subtitle: null,
    subtitleLine: null,
    blocks: [],
    lineCount: text.split(/\r\n|\r|\n/).length,
    diagnostics: [],
  };
}

import { readInlines } from './inline';
import type { Diagnostic, Inline, Severity } from '../document/model';
import type { Source } from './source';

/**
 * Nesting deeper than this (block quotes in list items in definitions ...) is kept as literal
 * text. docutils itself recurses per level and hits Python's recursion limit long before
 * thousands of levels; the reader must neither crash nor overflow the stack.
 */
export const MAX_NESTING = 100;

/** What the whole read shares: the lines, the diagnostics, docutils' memo of title styles. */
export interface ReaderContext {
  readonly source: Source;
  readonly diagnostics: Diagnostic[];
  /** Adornment styles in order of first appearance: index + 1 = section level (docutils memo). */
  readonly titleStyles: string[];
}

export function report(
  context: ReaderContext,
  line: number,
  severity: Severity,
  message: string,
): void {
  context.diagnostics.push({ line, severity, message });
}

/** Inline markup of one text block; its problems join the document's diagnostics. */
export function inlines(context: ReaderContext, text: string, line: number): Inline[] {
  return readInlines(text, line, context.diagnostics);
}

import type { Diagnostic, Inline } from './model';

/**
 * Parses the inline markup of one text block (a paragraph, term, title...). `text` may span
 * several lines; `line` is the source line of its first line, so diagnostics can point at the
 * exact line. References are returned unresolved (url null) unless they embed their URL.
 *
 * PLACEHOLDER: returns the text as is. The inline-markup work replaces this.
 */
export function parseInlines(
  text: string,
  line: number,
): { content: Inline[]; diagnostics: Diagnostic[] } {
  void line;
  return { content: text ? [{ type: 'text', text }] : [], diagnostics: [] };
}

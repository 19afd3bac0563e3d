import type { Inline } from '../../document/model';

/** No empty text and no two texts in a row: mergeTexts would only copy the list. */
export function isMerged(inlines: readonly Inline[]): boolean {
  for (let i = 0; i < inlines.length; i++) {
    const inline = inlines[i]!;
    if (inline.type === 'text' && (!inline.text || inlines[i - 1]?.type === 'text')) return false;
  }
  return true;
}

/**
 * Adjacent text inlines (plain text, kept problematic markup, unresolved references turned
 * back into text) read as one; empty ones are dropped.
 */
export function mergeTexts(inlines: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    const last = out[out.length - 1];
    if (inline.type === 'text' && last?.type === 'text') {
      out[out.length - 1] = { type: 'text', text: last.text + inline.text };
    } else if (inline.type !== 'text' || inline.text) {
      out.push(inline);
    }
  }
  return out;
}

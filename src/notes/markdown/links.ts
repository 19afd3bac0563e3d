/**
 * What a Markdown link's destination names. A URL with a scheme (`https:`, `mailto:`, but also
 * `javascript:`) or a protocol-relative `//host` is a hyperlink: the graph builder's allow-list
 * (safe-url.ts) decides whether it may be clicked and reports it otherwise. Anything else is a
 * path in the notebook (`other.md#install`, `../guide.md`, `#heading` for this note): a
 * cross-reference the graph builder resolves to a concept, or leaves as text. The reader does not
 * judge which files are notes; it only records what the link names.
 */
import type { Inline } from '../document/model';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** `text` is what the notes show; empty text (`[](x)`) shows the destination. */
export function linkInline(destination: string, text: string): Inline {
  const shown = text.trim() === '' ? destination : text;
  if (SCHEME.test(destination) || /^[/\\]{2}/.test(destination)) {
    return { type: 'reference', text: shown, url: destination };
  }
  const hash = destination.indexOf('#');
  const path = hash < 0 ? destination : destination.slice(0, hash);
  const anchor = hash < 0 ? '' : destination.slice(hash + 1);
  return {
    type: 'crossReference',
    text: shown,
    via: 'link',
    target: decoded(path),
    ...(anchor ? { anchor: decoded(anchor) } : {}),
    explicitTitle: text.trim() !== '',
  };
}

/** Obsidian writes `Three%20laws%20of%20motion.md`; the note is named with spaces. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

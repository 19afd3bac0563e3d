/**
 * The hyperlinks of a concept's body. Only http:, https: and mailto: links (and #fragments)
 * become links; any other scheme stays plain text in the body and is reported, so a hostile
 * `javascript:` link is visible to the author and never clickable (issue #5, OWASP allow-list).
 */
import type { ConceptLink, GraphDiagnostic } from './model';
import type { Block, Inline } from './rst/model';
import { describeUnsafe, safeHref } from './safe-url';

export function collectLinks(
  blocks: readonly Block[],
  file: string,
  diagnostics: GraphDiagnostic[],
): ConceptLink[] {
  const links: ConceptLink[] = [];
  forEachInline(blocks, (inline, line) => {
    if (inline.type !== 'reference' || inline.url === null) return;
    const href = safeHref(inline.url);
    if (href !== null) {
      links.push({ text: inline.text, url: href });
    } else {
      const reason = describeUnsafe(inline.url) ?? 'the link is not allowed';
      diagnostics.push({
        file,
        line,
        severity: 'warning',
        message: `Link "${inline.text}" to "${inline.url}" is shown as text: ${reason}.`,
      });
    }
  });
  return links;
}

/** Calls `visit` for every inline in `blocks`, with the line of the block it is in. */
export function forEachInline(
  blocks: readonly Block[],
  visit: (inline: Inline, line: number) => void,
): void {
  // Iterative: notes may nest blocks thousands of levels deep.
  const stack: Block[] = [];
  const push = (inner: readonly Block[]) => {
    for (let i = inner.length - 1; i >= 0; i--) stack.push(inner[i]!);
  };
  push(blocks);
  while (stack.length > 0) {
    const block = stack.pop()!;
    switch (block.type) {
      case 'paragraph':
        for (const inline of block.content) visit(inline, block.line);
        break;
      // Items are pushed last first (no flattened or reversed copies), so they pop in order.
      case 'bulletList':
      case 'enumeratedList':
        for (let i = block.items.length - 1; i >= 0; i--) push(block.items[i]!.blocks);
        break;
      case 'definitionList':
        for (let i = block.items.length - 1; i >= 0; i--) {
          const item = block.items[i]!;
          push(item.blocks);
          for (const inline of item.term) visit(inline, item.line);
        }
        break;
      case 'fieldList':
        for (let i = block.fields.length - 1; i >= 0; i--) push(block.fields[i]!.blocks);
        break;
      case 'blockQuote':
        push(block.blocks);
        for (const inline of block.attribution ?? []) visit(inline, block.line);
        break;
      case 'admonition':
        for (const inline of block.title) visit(inline, block.line);
        push(block.blocks);
        break;
      case 'section':
        for (const inline of block.title) visit(inline, block.line);
        push(block.blocks);
        break;
      default:
        break;
    }
  }
}

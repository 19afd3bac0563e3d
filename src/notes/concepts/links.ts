/**
 * The hyperlinks of a concept's body. Only http:, https: and mailto: links (and #fragments)
 * become links; any other scheme stays plain text in the body and is reported, so a hostile
 * `javascript:` link is visible to the author and never clickable (issue #5, OWASP allow-list).
 */
import type { ConceptLink, GraphDiagnostic } from './model';
import type { Block, Inline } from '../document/model';
import { forEachPart, type PartVisitor } from '../document/visit';
import { describeUnsafe, safeHref } from '../safe-url';

/**
 * The links in document order: references, and images that lead somewhere (`:target:`, README
 * badges), which are links showing their alternative text.
 */
export function collectLinks(
  blocks: readonly Block[],
  file: string,
  diagnostics: GraphDiagnostic[],
): ConceptLink[] {
  const links: ConceptLink[] = [];
  const add = (text: string, url: string, line: number) => {
    const href = safeHref(url);
    if (href !== null) {
      links.push({ text, url: href });
    } else {
      const reason = describeUnsafe(url) ?? 'the link is not allowed';
      diagnostics.push({
        file,
        line,
        severity: 'warning',
        message: `Link "${text}" to "${url}" is shown as text: ${reason}.`,
      });
    }
  };
  const walker: PartVisitor = {
    inlines: (content: readonly Inline[], line: number) => {
      for (const inline of content) {
        if (inline.type === 'reference' && inline.url !== null) add(inline.text, inline.url, line);
      }
    },
    blocks: (inner) => {
      for (const block of inner) {
        if (block.type === 'image' && block.target !== null) {
          add(block.alt, block.target, block.line);
        }
        forEachPart(block, walker);
      }
    },
  };
  walker.blocks(blocks);
  return links;
}

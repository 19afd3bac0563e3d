/**
 * The hyperlinks of a concept's body. Only http:, https: and mailto: links (and #fragments)
 * become links; any other scheme stays plain text in the body and is reported, so a hostile
 * `javascript:` link is visible to the author and never clickable (issue #5, OWASP allow-list).
 */
import type { ConceptLink, GraphDiagnostic } from './model';
import type { Block } from '../document/model';
import { forEachInline } from '../document/visit';
import { describeUnsafe, safeHref } from '../safe-url';

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

import { safeHref } from '../../notes/safe-url';

/**
 * A link from the notes: opens in a new tab without giving it our window (rel=noopener), shows
 * the full URL on hover and its domain in the text, so a reader sees where it leads. Only
 * http, https and mailto become links (safe-url.ts); anything else stays plain text.
 */
export function ExternalLink({ url, children }: { url: string | null; children: string }) {
  const href = url === null ? null : safeHref(url);
  if (href === null) return <span className="unsafe-link">{children}</span>;
  const domain = domainOf(href);
  return (
    <>
      <a href={href} target="_blank" rel="noopener noreferrer" title={href}>
        {children}
      </a>
      {domain && domain !== children ? <span className="link-domain"> ({domain})</span> : null}
    </>
  );
}

function domainOf(href: string): string | null {
  try {
    const url = new URL(href);
    if (url.protocol === 'mailto:') return url.pathname;
    return url.hostname || null;
  } catch {
    return null; // a `#fragment`: no domain to show
  }
}

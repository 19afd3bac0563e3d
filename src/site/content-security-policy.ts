/**
 * The Content-Security-Policy of the built site, as a `<meta http-equiv>` in index.html (so in
 * 404.html and every node page too, which are copies of it). Static hosts such as GitHub Pages
 * cannot send headers, so the meta element is the only way. The notes are untrusted input: if a
 * hostile note ever slipped through the escaping, the browser still runs no script but ours.
 *
 * - `script-src 'self'`: only the bundled chunks; no inline script, no eval (Vite's build emits
 *   neither; Cytoscape's `Function('return this')` fallback is never reached in a browser).
 * - `style-src 'self' 'sha256-…'`: the bundled stylesheet, plus the one `<style>` element
 *   Cytoscape adds to <head> when it starts (CYTOSCAPE_CONTAINER_STYLE), allowed by the hash of
 *   its exact text rather than by 'unsafe-inline', so no other inline style can apply. React and
 *   Cytoscape otherwise set styles through the CSSOM (`element.style.x = …`), which CSP does not
 *   restrict. The e2e tests report any violation as a failure, so a Cytoscape upgrade that
 *   changes the text shows up there.
 * - `img-src 'self' data:`: the favicon and any small data-URL image the bundle inlines; the
 *   app shows no image from the notes (the `image` directive is not rendered).
 * - `object-src 'none'`, `base-uri 'self'`, `form-action 'none'`: no plugins, no `<base>`
 *   hijacking relative URLs, no form posting anywhere.
 * `frame-ancestors` is left out: browsers ignore it in a meta element (CSP3 §6.1), so it would
 * only look like protection.
 */
import { createHash } from 'node:crypto';
import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * What cytoscape 3's BaseRenderer.init writes into a `<style>` at the top of <head>. Our own CSS
 * positions the container already (`.concept-map-canvas`), so the rule changes nothing, but a
 * blocked stylesheet would be a CSP violation on every map.
 */
export const CYTOSCAPE_CONTAINER_STYLE = '.__________cytoscape_container { position: relative; }';

/** A CSP hash source: base64 SHA-256 of the element's exact text (CSP3 §2.3.1). */
export function styleHashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${styleHashSource(CYTOSCAPE_CONTAINER_STYLE)}`,
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function cspMetaTag(): HtmlTagDescriptor {
  return {
    tag: 'meta',
    attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
    // First in <head>: a policy applies only to what comes after it in the document.
    injectTo: 'head-prepend',
  };
}

/**
 * Adds the policy to index.html in `vite build` only. Vite's dev server needs inline scripts
 * (the react-refresh preamble it injects into the page), which this policy forbids.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'musubi-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [cspMetaTag()],
  };
}

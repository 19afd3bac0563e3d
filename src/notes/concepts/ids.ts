import type { NodeId } from './model';

/**
 * The one function that makes node ids: a lower-case slug of the concept's name that is safe
 * in a URL path segment. `Pod` → `pod`, `Ingress Controller` → `ingress-controller`; letters of
 * every script are kept as they are, so Japanese names stay readable (`コンテキスト`).
 *
 * NFKC first, so full-width `Ｐｏｄ` and `Pod` are one concept. Anything that is not a letter,
 * a digit or `_` becomes a single `-`. Names with no letter or digit at all (`???`) get a stable
 * id from a hash of the name rather than an empty one.
 */
export function conceptId(name: string): NodeId {
  const slug = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}_]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // `.` and `..` cannot survive the replacement above, so a slug is never a path-traversal step.
  return (slug || `concept-${fnv1a(name)}`) as NodeId;
}

/** 32-bit FNV-1a, hex: a short, stable, dependency-free fingerprint for id fallbacks. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

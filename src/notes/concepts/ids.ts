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

/**
 * The id of a concept of a notebook whose name another, different concept also has (identity.ts
 * decides when): the slug of its file's path in the notebook, `--`, the slug of its name.
 * `Caesar cipher.md` › `How it works` → `caesar-cipher--how-it-works`. conceptId never makes
 * `--`, so a qualified id cannot equal a plain one; `withHash` adds a fingerprint of the path for
 * the rare paths whose slugs are equal (`a/b.md` and `a-b.md`).
 */
export function qualifiedConceptId(name: string, pathInNotebook: string, withHash = false): NodeId {
  const file = conceptId(pathInNotebook.replace(/\.[^./]*$/, ''));
  const qualifier = withHash ? `${file}-${fnv1a(pathInNotebook)}` : file;
  return `${qualifier}--${conceptId(name)}` as NodeId;
}

/**
 * The id a concept reference names (the companion file's keys, `from`, `to`, tour steps): a
 * qualified id as written, since conceptId would fold its `--`; anything else through conceptId.
 */
export function referencedId(name: string): NodeId {
  const written = name.trim();
  const at = written.indexOf('--');
  if (at > 0) {
    const file = written.slice(0, at);
    const slug = written.slice(at + 2);
    if (conceptId(file) === file && conceptId(slug) === slug) return written as NodeId;
  }
  return conceptId(name);
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

import { simpleNameEnd } from '../simple-name';

/*
 * Hyperlink target blocks, as docutils' Body.hyperlink_target / parse_target read them:
 * `.. _name: url`, `.. _`quoted name`: url`, `.. __: url` (anonymous) and indirect targets
 * `.. _name: other_` that point at another reference name.
 */

export interface TargetParts {
  name: string | null;
  anonymous: boolean;
  url: string | null;
  refname?: string;
}

/** docutils' normalize_name(): whitespace collapsed, lower-cased. */
export function normalizeName(name: string): string {
  return name.split(/\s+/).filter(Boolean).join(' ').toLowerCase();
}

function unescape(text: string): string {
  return text.replace(/\\(.)/gu, '$1');
}

function isSpace(char: string | undefined): boolean {
  return char !== undefined && /^\s$/u.test(char);
}

/** `[ ]?:( +|$)` at `at`: the end of the target name's closing colon, or -1. */
function closingColon(text: string, at: number): number {
  let colon = at;
  if (text[colon] === ' ') colon++;
  if (text[colon] !== ':') return -1;
  const after = colon + 1;
  if (after === text.length) return after;
  if (text[after] !== ' ') return -1;
  let end = after;
  while (text[end] === ' ') end++;
  return end;
}

/** The target name at the start of `text` (after ".. _"): the shortest name that closes. */
function matchTargetName(text: string): { name: string | null; end: number } | null {
  if (text[0] === '_') {
    const end = closingColon(text, 1);
    return end === -1 ? null : { name: null, end };
  }
  const quoted = text[0] === '`';
  const start = quoted ? 1 : 0;
  if (start >= text.length || text[start] === ' ' || text[start] === '`') return null;
  for (let k = start + 1; k <= text.length; k++) {
    const last = text[k - 1];
    // The name may not end in whitespace or an escape, nor in an unescaped colon.
    if (isSpace(last) || last === '\\') continue;
    if (last === ':' && text[k - 2] !== '\\') continue;
    let close = k;
    if (quoted) {
      if (text[k] !== '`') continue;
      close = k + 1;
    }
    const end = closingColon(text, close);
    if (end !== -1) return { name: text.slice(start, k), end };
  }
  return null;
}

/** Where a target points: a URL (whitespace removed), another reference name, or nowhere. */
export function targetUrl(block: readonly string[]): { url: string | null; refname?: string } {
  const lines = block.map((line) => line.trim()).filter(Boolean);
  if (lines.length === 0) return { url: null };
  const joined = lines.join(' ');
  if (joined.endsWith('_')) {
    const body = joined.slice(0, -1);
    if (body.startsWith('`') && body.endsWith('`') && body.length > 2 && body[1] !== ' ') {
      return { url: null, refname: normalizeName(unescape(body.slice(1, -1))) };
    }
    if (body && simpleNameEnd(body, 0) === body.length) {
      return { url: null, refname: normalizeName(unescape(body)) };
    }
  }
  const url = unescape(joined).replace(/\s+/gu, '');
  return { url: url || null };
}

/**
 * `block` holds the target's lines, the first one starting after ".. _". The name may run over
 * several lines (docutils joins them without a separator). null for a malformed target.
 */ export function parseTarget(block: readonly string[]): TargetParts | null {
  // docutils retries on one more line at a time; continuation lines keep their indentation, so
  // the first match in all the lines joined is the match docutils finds (in one linear scan).
  const escaped = block.join('');
  const match = matchTargetName(escaped);
  if (!match) return null;
  const name = match.name === null ? null : normalizeName(unescape(match.name));
  return { name, anonymous: match.name === null, ...targetUrl([escaped.slice(match.end)]) };
}

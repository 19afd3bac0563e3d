import { ESCAPE, isWhitespace } from '../../inline/chars';
import { escapeToNull, normalizeName, unescape, whitespaceNormalize } from '../../inline/names';
import { simpleNameEnd } from '../simple-name';

/*
 * Hyperlink target blocks, as docutils' Body.hyperlink_target / parse_target read them:
 * `.. _name: url`, `.. _`quoted name`: url`, `.. __: url` (anonymous) and indirect targets
 * `.. _name: other_` that point at another reference name. The text is read as docutils reads
 * it: with every backslash escape marked (escape2null), names normalised by the one
 * normaliser of the reader (inline/names.ts, docutils' fully_normalize_name).
 */

export interface TargetParts {
  name: string | null;
  anonymous: boolean;
  url: string | null;
  refname?: string;
}

/** nodes.unescape of a string marked by escape2null. */
function unescapeMarked(text: string): string {
  return unescape([...text]);
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

/**
 * The target name at the start of `text` (after ".. _", escapes marked): the shortest name
 * that closes. docutils' pattern: the name may not end in whitespace or an escape mark, nor in
 * an unescaped colon.
 */
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
    if (isWhitespace(last) || last === ESCAPE) continue;
    if (last === ':' && text[k - 2] !== ESCAPE) continue;
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

/**
 * docutils' is_reference: `name_` or `` `phrase`_ `` (whitespace normalised first), the
 * unescaped name, or null.
 */
function indirectName(reference: string): string | null {
  const text = whitespaceNormalize(reference);
  if (!text.endsWith('_')) return null;
  const body = text.slice(0, -1);
  if (body.startsWith('`') && body.endsWith('`') && body.length > 2) {
    const phrase = body.slice(1, -1);
    if (phrase[0] === ' ' || phrase[0] === '`' || isWhitespace(phrase[phrase.length - 1])) {
      return null;
    }
    return unescapeMarked(phrase);
  }
  if (body && simpleNameEnd(body, 0) === body.length) return unescapeMarked(body);
  return null;
}

/**
 * Where a target points, from the lines after its name (escapes marked): another reference
 * name (`other_`), or a URL with unescaped whitespace removed and escaped whitespace kept as
 * one space (docutils' split_escaped_whitespace), or nowhere.
 */
function pointsTo(block: readonly string[]): { url: string | null; refname?: string } {
  const lines = block.map((line) => line.trim());
  if (lines.length > 0 && lines[lines.length - 1]!.endsWith('_')) {
    const refname = indirectName(lines.join(' '));
    if (refname !== null) return { url: null, refname: normalizeName(refname) };
  }
  const parts = lines.join(' ').split(`${ESCAPE} `);
  const url = parts
    .map((part) => {
      let kept = '';
      for (const char of unescapeMarked(part)) if (!isWhitespace(char)) kept += char;
      return kept;
    })
    .join(' ');
  return { url: url || null };
}

/**
 * Where a directive's `:target:` option points (docutils runs parse_target on the option's
 * lines): a URL, or the name of a target (`name_`).
 */
export function targetValue(lines: readonly string[]): { url: string | null; refname?: string } {
  return targetUrl(lines);
}

/** The URL (or reference name) of an anonymous target `__ url`, from its lines. */
export function targetUrl(block: readonly string[]): { url: string | null; refname?: string } {
  return pointsTo(block.map(escapeToNull).map((chars) => chars.join('')));
}

/**
 * `block` holds the target's lines, the first one starting after ".. _". The name may run over
 * several lines (docutils joins them without a separator). null for a malformed target.
 */
export function parseTarget(block: readonly string[]): TargetParts | null {
  const lines = block.map((line) => escapeToNull(line).join(''));
  // docutils retries on one more line at a time; continuation lines keep their indentation, so
  // the first match in all the lines joined is the match docutils finds (in one linear scan).
  const escaped = lines.join('');
  const match = matchTargetName(escaped);
  if (!match) return null;
  // What follows the name: the rest of the line the name ended on, and the lines after it.
  let consumed = 0;
  let index = 0;
  while (index < lines.length - 1 && consumed + lines[index]!.length < match.end) {
    consumed += lines[index]!.length;
    index++;
  }
  const rest = [
    escaped.slice(match.end, consumed + lines[index]!.length),
    ...lines.slice(index + 1),
  ];
  const name = match.name === null ? null : normalizeName(unescapeMarked(match.name));
  return { name, anonymous: match.name === null, ...pointsTo(rest.filter((line) => line.trim())) };
}

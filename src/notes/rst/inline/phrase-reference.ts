/**
 * Phrase references `` `text`_ `` / `` `text`__ ``, with an embedded URI `` `text <url>`_ `` or
 * alias `` `text <name_>`_ `` (docutils' Inliner.phrase_ref and patterns.embedded_link).
 */
import type { Inline } from '../../document/model';
import { ESCAPE, isWhitespace } from './chars';
import { normalizeName, unescape } from './names';
import { isEmailAddress, startsWithUri } from './standalone-uri';

interface EmbeddedLink {
  /** Where the text before ` <...>` ends (the spaces before `<` belong to neither). */
  textEnd: number;
  aliasStart: number;
  aliasEnd: number;
}

/**
 * docutils' embedded_link pattern: `(?:[ \n]+|^)<(?!\s)(([^<>]|\x00[<>])+)(?<![\s\x00])>$`.
 * Scanned backwards from the closing `>`, so it is linear.
 */
function embeddedLink(chars: readonly string[]): EmbeddedLink | null {
  const close = chars.length - 1;
  if (chars[close] !== '>' || close < 2) return null;
  const beforeClose = chars[close - 1];
  if (isWhitespace(beforeClose) || beforeClose === ESCAPE) return null;
  let open = close - 1;
  while (open >= 0) {
    const char = chars[open];
    if (char === '<' || char === '>') {
      // An escaped bracket belongs to the URI.
      if (chars[open - 1] === ESCAPE) {
        open -= 2;
        continue;
      }
      if (char === '>') return null;
      break;
    }
    open--;
  }
  if (open < 0 || open + 1 >= close || isWhitespace(chars[open + 1])) return null;
  let textEnd = open;
  while (textEnd > 0 && (chars[textEnd - 1] === ' ' || chars[textEnd - 1] === '\n')) textEnd--;
  if (textEnd === open && open > 0) return null;
  return { textEnd, aliasStart: open + 1, aliasEnd: close };
}

/**
 * docutils removes unescaped whitespace from an embedded URI (a URI may be wrapped over lines),
 * keeps escaped spaces, and adds `mailto:` to a bare e-mail address.
 */
function embeddedUri(alias: readonly string[]): string {
  // The kept characters, with one space where an escaped space or newline split the URI.
  const kept: string[] = [];
  for (let i = 0; i < alias.length; i++) {
    const char = alias[i] as string;
    if (char === ESCAPE && (alias[i + 1] === ' ' || alias[i + 1] === '\n')) {
      kept.push(' ');
      i++;
    } else if (!isWhitespace(char)) {
      kept.push(char);
    }
  }
  const uri = unescape(kept);
  // Only an address with an `@` can be an e-mail address.
  return uri.includes('@') && isEmailAddress([...uri]) ? `mailto:${uri}` : uri;
}

/** The reference for the text between the backquotes of `` `...`_ `` (still escaped). */
export function phraseReference(escaped: readonly string[], anonymous: boolean): Inline {
  const link = embeddedLink(escaped);
  if (!link) {
    const text = unescape(escaped);
    return anonymous
      ? { type: 'reference', text, url: null, anonymous: true }
      : { type: 'reference', text, url: null, refname: normalizeName(text) };
  }
  const alias = escaped.slice(link.aliasStart, link.aliasEnd);
  let text = unescape(escaped.slice(0, link.textEnd));
  const underscoreEscaped = alias[alias.length - 2] === ESCAPE;
  if (alias[alias.length - 1] === '_' && !underscoreEscaped && !startsWithUri(alias)) {
    // `text <name_>`_: an alias of another target, resolved by name.
    const refname = normalizeName(unescape(alias.slice(0, -1)));
    return { type: 'reference', text: text || refname, url: null, refname };
  }
  const url = embeddedUri(alias);
  text ||= url;
  // `text <url>`_ also names a target `text` (docutils adds it to the document), so it keeps
  // its refname; `text <url>`__ names nothing.
  return anonymous
    ? { type: 'reference', text, url, anonymous: true }
    : { type: 'reference', text, url, refname: normalizeName(text) };
}

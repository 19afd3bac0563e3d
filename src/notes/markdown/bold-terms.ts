/**
 * Bold-led list items as definition terms: `- **Pod** — the smallest unit`, `- **Pod**: ...`,
 * `- **Pod:** ...`, or `- **Pod**` alone on its first line with the definition below it. Many
 * notes write a glossary this way instead of a definition list, and the graph builder makes a
 * concept of each definition term.
 *
 * Only an item whose first paragraph starts with bold that is followed by a separator (`:`,
 * `：`, `—`, `–`, ` - `) or by nothing on its line counts: `- **Pod** is the smallest unit` is a
 * sentence with a bold subject and stays a list item. Each item is judged on its own, so a list
 * that mixes both is read as runs in order: consecutive bold-led items form a definition list,
 * consecutive other items stay a list (blocks.ts), and no item is dropped or merged.
 */
import type { Token } from 'markdown-it';

export interface BoldLead {
  /** The tokens inside the bold: the term. */
  term: Token[];
  /** What follows the term and its separator: the start of the definition. */
  rest: Token[];
  /** Line breaks before the definition starts (in the term, or right after it). */
  linesBefore: number;
}

/** A separator after the bold, with the spaces around it. */
const SEPARATOR = /^[ \t]*(?:[:：]|[—–]|-(?=[ \t]|$))[ \t]*/;
/** A colon written inside the bold (`**Pod:**`). */
const COLON_INSIDE = /[ \t]*[:：][ \t]*$/;

export function boldLead(children: readonly Token[]): BoldLead | null {
  let open = 0;
  while (open < children.length && isEmptyText(children[open]!)) open++;
  if (children[open]?.type !== 'strong_open') return null;
  let close = open + 1;
  for (let depth = 1; close < children.length; close++) {
    const type = children[close]!.type;
    if (type === 'strong_open') depth++;
    else if (type === 'strong_close' && --depth === 0) break;
  }
  if (close >= children.length) return null;
  const term = children.slice(open + 1, close);
  let after = close + 1;
  while (
    after < children.length &&
    children[after]!.type === 'text' &&
    children[after]!.content === ''
  )
    after++;
  const rest = children.slice(after);

  const lastOfTerm = term[term.length - 1];
  const colonInside = lastOfTerm?.type === 'text' && COLON_INSIDE.test(lastOfTerm.content);
  const next = rest[0];
  const separated = next?.type === 'text' && SEPARATOR.test(next.content);
  const aloneOnLine =
    next === undefined ||
    next.type === 'softbreak' ||
    next.type === 'hardbreak' ||
    (next.type === 'text' && next.content.trim() === '' && rest.length === 1);
  if (!colonInside && !separated && !aloneOnLine) return null;

  if (colonInside)
    term[term.length - 1] = withContent(lastOfTerm, lastOfTerm.content.replace(COLON_INSIDE, ''));
  if (separated) rest[0] = withContent(next, next.content.replace(SEPARATOR, ''));
  let linesBefore = term.filter(isBreak).length;
  if (!separated && next && isBreak(next)) {
    rest.shift();
    linesBefore++;
  } else if (colonInside && next?.type === 'text')
    rest[0] = withContent(next, next.content.trimStart());
  if (term.every(isEmptyText)) return null;
  return { term, rest, linesBefore };
}

function isBreak(token: Token): boolean {
  return token.type === 'softbreak' || token.type === 'hardbreak';
}

function isEmptyText(token: Token): boolean {
  return token.type === 'text' && token.content.trim() === '';
}

/** A copy of a text token with other content (tokens are shared with the token stream). */
function withContent(token: Token, content: string): Token {
  const copy = Object.create(Object.getPrototypeOf(token) as object) as Token;
  Object.assign(copy, token);
  copy.content = content;
  return copy;
}

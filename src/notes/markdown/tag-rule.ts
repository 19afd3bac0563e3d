/**
 * A markdown-it inline rule for Obsidian tags (help.obsidian.md, Tags): `#` and then letters,
 * digits, `_`, `-` and `/` (nested tags), with at least one character that is not a digit
 * (`#1984` is not a tag, `#y1984` is). A tag starts a line or follows white space or the
 * delimiter of emphasis around it (`**#tag**`), never a letter (`a#b`, `C#`), so `#` inside
 * words and URLs stays text. Code spans, link destinations and
 * autolinks are consumed by earlier rules, and `# heading` is a heading before inline rules run,
 * so none of those is read as a tag; `\#tag` is escaped text.
 *
 * The token is `tag` with `meta.name` (without `#`). No maintained markdown-it plugin follows
 * these rules (markdown-it-hashtag reads `#1984` and `a#b`), hence this rule.
 */
import type { StateInline } from 'markdown-it';

const HASH = 0x23;
const TAG_CHARACTER = /[\p{L}\p{N}\p{M}_\-/]/uy;
const NOT_A_DIGIT = /[^\p{N}]/u;
/** What may stand right before a tag's `#`: white space, or emphasis and strikethrough marks. */
const BEFORE_TAG = /[\s*_~]/u;

export function tagRule(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  const { src, posMax } = state;
  if (src.charCodeAt(start) !== HASH) return false;
  if (start > 0 && !BEFORE_TAG.test(src[start - 1]!)) return false;
  let end = start + 1;
  while (end < posMax) {
    TAG_CHARACTER.lastIndex = end;
    if (!TAG_CHARACTER.test(src)) break;
    // Letters outside the BMP (𠮷) are two UTF-16 units.
    end += src.codePointAt(end)! > 0xffff ? 2 : 1;
  }
  const name = src.slice(start + 1, end);
  if (!NOT_A_DIGIT.test(name)) return false;
  if (!silent) {
    const token = state.push('tag', '', 0);
    token.meta = { name };
    token.content = `#${name}`;
  }
  state.pos = end;
  return true;
}

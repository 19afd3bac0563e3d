/**
 * A markdown-it inline rule for Obsidian's internal links (help.obsidian.md, Internal links and
 * Embed files): `[[note]]`, `[[note|shown text]]`, `[[note#heading]]`, `[[note#h1#h2]]`,
 * `[[note#^block]]`, `[[#heading]]` (this note) and the same with `!` in front, an embed, which
 * Musubi shows as a link and never inlines. The link ends at the first `]]` on its line; an
 * unclosed `[[` is plain text. In a GFM table the pipe is written `\|`, which the table has
 * already turned into `|` when this rule sees the cell.
 *
 * The token is `wikilink` with a `WikilinkMeta`; inlines.ts turns it into a `crossReference`.
 * (markdown-it-wikilinks renders HTML and knows neither anchors nor embeds, hence this rule.)
 */
import type { StateInline } from 'markdown-it';

export interface WikilinkMeta {
  embed: boolean;
  /** The note as written, without anchor; '' for a link into this note (`[[#heading]]`). */
  target: string;
  /** After the first `#`: a heading, a heading path (`h1#h2`) or a block (`^id`). */
  anchor: string | null;
  /** The text after `|`, unless it is an embed's size (`![[a.png|100x145]]`). */
  title: string | null;
  /** Everything between the brackets, as written. */
  written: string;
}

const BANG = 0x21;
const OPEN = 0x5b;
const CLOSE = 0x5d;
const NEWLINE = 0x0a;

export function wikilinkRule(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  const embed = state.src.charCodeAt(start) === BANG;
  const open = embed ? start + 1 : start;
  if (state.src.charCodeAt(open) !== OPEN || state.src.charCodeAt(open + 1) !== OPEN) return false;
  const close = closingBrackets(state, open + 2);
  if (close < 0) return false;
  const meta = readWikilink(state.src.slice(open + 2, close), embed);
  if (!meta) return false;
  if (!silent) {
    const token = state.push('wikilink', '', 0);
    token.meta = { ...meta };
    token.content = state.src.slice(start, close + 2);
  }
  state.pos = close + 2;
  return true;
}

/** Reads the inside of `[[...]]`; null when it names nothing (`[[]]`, `[[ | x]]`). */
function readWikilink(inside: string, embed: boolean): WikilinkMeta | null {
  const bar = inside.indexOf('|');
  const destination = (bar < 0 ? inside : inside.slice(0, bar)).trim();
  let title = bar < 0 ? null : inside.slice(bar + 1).trim() || null;
  if (embed && title !== null && /^\d+(x\d+)?$/.test(title)) title = null;
  const hash = destination.indexOf('#');
  const target = (hash < 0 ? destination : destination.slice(0, hash)).trim();
  const anchor = hash < 0 ? null : destination.slice(hash + 1).trim() || null;
  if (target === '' && anchor === null) return null;
  return { embed, target, anchor, title, written: inside.trim() };
}

/**
 * Where the `]]` that closes a link opened before `from` is, or -1 when the line ends first.
 * Remembered per paragraph: a line of ten thousand `[[` without `]]` must not be rescanned from
 * each of them (the answer for a later start is the same stop, as long as it lies ahead).
 */
const scans = new WeakMap<
  StateInline,
  { from: number; stop: number; found: boolean; posMax: number }
>();

function closingBrackets(state: StateInline, from: number): number {
  const known = scans.get(state);
  if (known && known.posMax === state.posMax && known.from <= from && known.stop >= from) {
    return known.found ? known.stop : -1;
  }
  const { src, posMax } = state;
  let at = from;
  let found = false;
  for (; at < posMax; at++) {
    const code = src.charCodeAt(at);
    if (code === NEWLINE) break;
    if (code === CLOSE && src.charCodeAt(at + 1) === CLOSE && at + 1 < posMax) {
      found = true;
      break;
    }
  }
  scans.set(state, { from, stop: at, found, posMax });
  return found ? at : -1;
}

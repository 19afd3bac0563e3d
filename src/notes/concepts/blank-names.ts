/**
 * Hiding a concept's own names (its label and its aliases) in its text, for questions that ask
 * for the name: a quiz step while presenting (issue 11) and study mode's "name it" (issue 12).
 * "___ をまとめたもの" asks for ReplicaSet's name only if "ReplicaSet" is not written beside it.
 *
 * Names are found the way mentions are (mentions.ts), so what the map calls a mention of a
 * concept is what a question hides:
 * - case and width do not matter (NFKC + lower case): `pod`, `POD` and `Ｐｏｄ` are Pod;
 * - a Japanese name matches anywhere (Japanese has no spaces between words);
 * - a name that starts or ends with a letter of a space-separated script (Latin, Greek, Cyrillic)
 *   or a digit must sit on a word boundary there (`Helm` is not in `overwhelm`), except that an
 *   English plural ending (`Pods`, `Ingresses`, `Policies`) is hidden with the name: it would
 *   give it away;
 * - the longest name wins where several start at one place (`Ingress Controller` before
 *   `Ingress`).
 *
 * Pure, and linear in the text times the number of names (a concept has a few).
 */
import type { Block, Inline } from '../document/model';
import { unreachable } from '../document/visit';

/**
 * What stands in for a hidden name: wide enough to read as a gap in Latin and Japanese text,
 * and one word to line breaking (full-width ＿＿＿ may break between its characters).
 */
export const BLANK = '_____';

/** Where a name is written in a text: UTF-16 offsets, `end` exclusive. */
export interface NameSpan {
  start: number;
  end: number;
}

const SPACED_WORD = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}_]/u;
const PLURAL_ENDINGS = ['es', 's'] as const;

function isSpacedWord(char: string | undefined): boolean {
  return char !== undefined && SPACED_WORD.test(char);
}

/**
 * The text folded one code point at a time, with where each folded unit came from, so that a
 * match in the folded text maps back onto the text as written (NFKC may change lengths: `㍿`).
 */
interface FoldedText {
  folded: string;
  /** For each UTF-16 unit of `folded`: start and end of the code point it came from. */
  from: number[];
  to: number[];
}

function foldText(text: string): FoldedText {
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = foldChar(char);
    folded += piece;
    for (let unit = 0; unit < piece.length; unit++) {
      from.push(index);
      to.push(index + char.length);
    }
    index += char.length;
  }
  return { folded, from, to };
}

function foldChar(char: string): string {
  // ASCII (most of an English text, and the Latin names in a Japanese one) folds to lower case.
  if (char.length === 1 && char.charCodeAt(0) < 0x80) return char.toLowerCase();
  return char.normalize('NFKC').toLowerCase();
}

/**
 * Names folded the way the text is, longest first; empty and repeated ones dropped. A name of
 * several words is looked for as code writes it too (`NetworkPolicy`, `network-policy`), and
 * one that ends in a consonant and `y` with `ies` (Policy, Policies).
 */
function foldNames(names: readonly string[]): string[] {
  const folded = new Set<string>();
  for (const name of names) {
    const key = foldText(name.trim()).folded;
    if (key === '') continue;
    const spellings = /\s/.test(key)
      ? [key, key.replace(/\s+/g, ''), key.replace(/\s+/g, '-')]
      : [key];
    for (const spelling of spellings) {
      folded.add(spelling);
      if (/[b-df-hj-np-tv-z]y$/.test(spelling)) folded.add(`${spelling.slice(0, -1)}ies`);
    }
  }
  return [...folded].sort((a, b) => b.length - a.length);
}

/** The first code point of `text` from `index` (surrogate pairs whole). */
function charAt(text: string, index: number): string | undefined {
  if (index < 0 || index >= text.length) return undefined;
  return String.fromCodePoint(text.codePointAt(index)!);
}

/** The code point that ends just before `index`. */
function charBefore(text: string, index: number): string | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  const isLowSurrogate = low >= 0xdc00 && low <= 0xdfff;
  return charAt(text, isLowSurrogate && index >= 2 ? index - 2 : index - 1);
}

/** Where in the folded text `name` (folded) may end if it starts at `start`, or -1. */
function matchEnd(folded: string, start: number, name: string): number {
  if (!folded.startsWith(name, start)) return -1;
  if (isSpacedWord(charAt(name, 0)) && isSpacedWord(charBefore(folded, start))) return -1;
  const end = start + name.length;
  if (!isSpacedWord(charBefore(name, name.length))) return end;
  if (!isSpacedWord(charAt(folded, end))) return end;
  // `Pods`, `Ingresses`: hidden with the name, or the plural would give it away.
  for (const ending of PLURAL_ENDINGS) {
    if (folded.startsWith(ending, end) && !isSpacedWord(charAt(folded, end + ending.length))) {
      return end + ending.length;
    }
  }
  return -1;
}

/** Where `names` are written in `text`, left to right, never overlapping. */
export function findNames(text: string, names: readonly string[]): NameSpan[] {
  const keys = foldNames(names);
  if (keys.length === 0 || text === '') return [];
  const { folded, from, to } = foldText(text);
  const spans: NameSpan[] = [];
  let index = 0;
  while (index < folded.length) {
    let end = -1;
    for (const key of keys) {
      end = matchEnd(folded, index, key);
      if (end >= 0) break;
    }
    if (end > index) {
      spans.push({ start: from[index]!, end: to[end - 1]! });
      index = end;
    } else {
      index++;
    }
  }
  return spans;
}

/** `text` with every one of `names` replaced by `blank`. */
export function blankNames(text: string, names: readonly string[], blank = BLANK): string {
  const spans = findNames(text, names);
  if (spans.length === 0) return text;
  let result = '';
  let at = 0;
  for (const span of spans) {
    result += text.slice(at, span.start) + blank;
    at = span.end;
  }
  return result + text.slice(at);
}

/**
 * A concept's body with its names blanked wherever a reader sees text: paragraphs, list items,
 * terms, captions, code. Links keep their address (a reader does not see it) but not their text.
 */
export function blankNamesInBlocks(
  blocks: readonly Block[],
  names: readonly string[],
  blank = BLANK,
): Block[] {
  const hide = (text: string) => blankNames(text, names, blank);
  const inlines = (content: readonly Inline[]): Inline[] =>
    content.map((inline) => blankInline(inline, hide));
  const inner = (nested: readonly Block[]) => blankNamesInBlocks(nested, names, blank);
  return blocks.map((block) => blankBlock(block, hide, inlines, inner));
}

function blankInline(inline: Inline, hide: (text: string) => string): Inline {
  if (inline.type === 'abbreviation') {
    return { ...inline, text: hide(inline.text), title: inline.title && hide(inline.title) };
  }
  return { ...inline, text: hide(inline.text) };
}

function blankBlock(
  block: Block,
  hide: (text: string) => string,
  inlines: (content: readonly Inline[]) => Inline[],
  inner: (blocks: readonly Block[]) => Block[],
): Block {
  switch (block.type) {
    case 'paragraph':
    case 'parsedLiteral':
    case 'rubric':
      return { ...block, content: inlines(block.content) };
    case 'bulletList':
    case 'enumeratedList':
      return {
        ...block,
        items: block.items.map((item) => ({ ...item, blocks: inner(item.blocks) })),
      };
    case 'definitionList':
      return {
        ...block,
        items: block.items.map((item) => ({
          ...item,
          term: inlines(item.term),
          classifiers: item.classifiers.map(inlines),
          blocks: inner(item.blocks),
        })),
      };
    case 'fieldList':
      return {
        ...block,
        fields: block.fields.map((field) => ({
          ...field,
          name: inlines(field.name),
          blocks: inner(field.blocks),
        })),
      };
    case 'blockQuote':
      return {
        ...block,
        blocks: inner(block.blocks),
        ...(block.attribution && { attribution: inlines(block.attribution) }),
      };
    case 'admonition':
      return { ...block, title: inlines(block.title), blocks: inner(block.blocks) };
    case 'section':
      return { ...block, title: inlines(block.title), blocks: inner(block.blocks) };
    case 'table': {
      const row = (r: (typeof block.body)[number]) => ({
        ...r,
        cells: r.cells.map((cell) => ({ ...cell, blocks: inner(cell.blocks) })),
      });
      return {
        ...block,
        title: block.title && inlines(block.title),
        header: block.header.map(row),
        body: block.body.map(row),
      };
    }
    case 'image':
      return {
        ...block,
        alt: hide(block.alt),
        caption: block.caption && inlines(block.caption),
        legend: inner(block.legend),
      };
    case 'footnote':
      return { ...block, blocks: inner(block.blocks) };
    case 'toctree':
      return {
        ...block,
        caption: block.caption && inlines(block.caption),
        entries: block.entries.map((entry) => ({
          ...entry,
          title: entry.title && inlines(entry.title),
        })),
      };
    case 'objectDescription':
      return {
        ...block,
        name: hide(block.name),
        signature: hide(block.signature),
        blocks: inner(block.blocks),
      };
    case 'literalBlock':
    case 'comment':
      return { ...block, text: hide(block.text) };
    case 'target':
    case 'transition':
    case 'include':
      return block;
    default:
      return unreachable(block);
  }
}

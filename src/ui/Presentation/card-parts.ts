/**
 * A concept's text cut into cards: the stage never scrolls (nobody can scroll with a clicker), so
 * text longer than a card continues on a sub-step (`Step 6.2`) that the next press reaches.
 *
 * Pure, and the same in every window: the audience and the speaker must agree on how many
 * presses a step takes, whatever the size of their screens. So the cut is made on an estimate of
 * the text's height in lines of a card, not on a measurement; the stage then sets each card's
 * type as large as fits (useFitText), never below a readable minimum. The budget below is set
 * so that a full part still fits at that minimum on a 16:9 screen, the least tall card.
 *
 * A card breaks between blocks; a block larger than a card is cut where a reader would pause:
 * a list between items, a paragraph between sentences, code between lines.
 */
import type { ConceptNode } from '../../notes/concepts/model';
import type { Block, Inline, ListItem } from '../../notes/document/model';
import { blocksText, inlineText } from '../../notes/document/text';
import { unreachable } from '../../notes/document/visit';

/** Blocks of one occurrence of the concept, with the term's classifiers on its first piece. */
export interface CardPiece {
  /** Which occurrence of the concept the blocks come from. */
  occurrence: number;
  classifiers: Inline[][];
  blocks: Block[];
}

/** One card's worth of a concept's text. */
export interface CardPart {
  pieces: CardPiece[];
}

/**
 * Half-width characters in a line of the card at its full type size (a CJK character counts
 * two), and lines of text one card holds there under the concept's name. At the smallest type
 * useFitText allows (0.65 of the full size) a card holds 1/0.65² ≈ 2.4 times as much, so a part
 * of this many lines always fits, with a margin for the estimate.
 */
const LINE_WIDTH = 38;
export const PART_LINES = 24;
/** Space between blocks, in lines. */
const BLOCK_GAP = 0.5;

/** The concept's text, cut into the cards the stage shows one after the other (at least one). */
export function cardParts(node: ConceptNode): CardPart[] {
  const pieces = piecesOf(node);
  const parts = pack(pieces, PART_LINES);
  // Filling each card in turn can leave the last with a line or two: spread the text evenly
  // instead, over as many cards as filling them needed.
  if (parts.length > 1) {
    const total = pieces.reduce((sum, piece) => sum + pieceLines(piece), 0);
    const even = pack(pieces, Math.max(total / parts.length, MIN_FILL) * 1.05);
    if (even.length === parts.length) return even;
  }
  return parts.length > 0 ? parts : [{ pieces: [] }];
}

/** A card's free lines worth filling with the start of a block too large for one card. */
const MIN_FILL = 4;

const partsCache = new WeakMap<ConceptNode, CardPart[]>();

/** How many presses the concept's text takes on the stage (remembered per node). */
export function partCount(node: ConceptNode): number {
  let parts = partsCache.get(node);
  if (!parts) {
    parts = cardParts(node);
    partsCache.set(node, parts);
  }
  return parts.length;
}

/** The concept's whole text as one part (the speaker view and the handout do not cut it). */
export function wholeText(node: ConceptNode): CardPart {
  return { pieces: piecesOf(node) };
}

/** Every occurrence's blocks; the plain text, in paragraphs, for graphs without the rich body. */
function piecesOf(node: ConceptNode): CardPiece[] {
  const hasBlocks = node.occurrences.some(
    (occurrence) => occurrence.blocks.length > 0 || occurrence.classifiers.length > 0,
  );
  if (!hasBlocks) {
    const paragraphs = node.text.split(/\n\s*\n/).filter((text) => text.trim() !== '');
    return paragraphs.map((text) => ({
      occurrence: 0,
      classifiers: [],
      blocks: [{ type: 'paragraph', line: 0, content: [{ type: 'text', text }] }],
    }));
  }
  return node.occurrences.flatMap((occurrence, index) => {
    const [first, ...rest] = occurrence.blocks;
    const lead: CardPiece = {
      occurrence: index,
      classifiers: occurrence.classifiers,
      blocks: first ? [first] : [],
    };
    return [
      lead,
      ...rest.map((block) => ({ occurrence: index, classifiers: [], blocks: [block] })),
    ];
  });
}

/**
 * Pieces in order, each card filled up to `capacity` lines. A piece that does not fit goes to
 * the next card whole, unless it is larger than a card: then its start fills what is left of
 * this one and the rest continues on the next (a piece that cannot be cut takes a card alone).
 */
function pack(pieces: readonly CardPiece[], capacity: number): CardPart[] {
  const parts: CardPart[] = [];
  let current: CardPiece[] = [];
  let used = 0;
  const close = () => {
    if (current.length > 0) parts.push({ pieces: current });
    current = [];
    used = 0;
  };
  const queue = [...pieces];
  for (let piece = queue.shift(); piece !== undefined; piece = queue.shift()) {
    const lines = pieceLines(piece);
    if (used + lines <= capacity) {
      current.push(piece);
      used += lines;
      continue;
    }
    const room = capacity - used;
    const cut = lines > capacity && room >= MIN_FILL ? cutPiece(piece, room) : null;
    if (cut) {
      current.push(cut.head);
      close();
      queue.unshift(cut.rest);
    } else if (current.length > 0) {
      close();
      queue.unshift(piece);
    } else {
      // Alone on a card and still too large: cut it to a card, or let the type shrink.
      const alone = lines > capacity ? cutPiece(piece, capacity) : null;
      current.push(alone?.head ?? piece);
      close();
      if (alone) queue.unshift(alone.rest);
    }
  }
  close();
  return parts;
}

/** A one-block piece cut in two, the first at most `room` lines; null when it cannot be. */
function cutPiece(piece: CardPiece, room: number): { head: CardPiece; rest: CardPiece } | null {
  const [block] = piece.blocks;
  if (piece.blocks.length !== 1 || !block) return null;
  const cut = cutBlock(block, room - classifierLines(piece));
  if (!cut) return null;
  return {
    head: { ...piece, blocks: [cut.head] },
    rest: { occurrence: piece.occurrence, classifiers: [], blocks: [cut.rest] },
  };
}

/**
 * A block cut where a reader would pause, its first part at most `room` lines: a list between
 * items, a paragraph between sentences, code between lines. Null for other blocks (a table or
 * a quotation cut in two would read wrongly) and when not even one unit fits.
 */
function cutBlock(block: Block, room: number): { head: Block; rest: Block } | null {
  switch (block.type) {
    case 'bulletList':
    case 'enumeratedList': {
      const count = fitting(block.items, itemLines, room);
      if (count === 0 || count === block.items.length) return null;
      const head = { ...block, items: block.items.slice(0, count) };
      const rest = { ...block, items: block.items.slice(count) };
      if (rest.type === 'enumeratedList' && block.type === 'enumeratedList')
        rest.start = block.start + count;
      return { head, rest };
    }
    case 'paragraph': {
      const runs = sentences(block.content);
      const count = fitting(runs, runLines, room);
      if (count === 0 || count === runs.length) return null;
      return {
        head: { ...block, content: runs.slice(0, count).flat() },
        rest: { ...block, content: runs.slice(count).flat() },
      };
    }
    case 'literalBlock': {
      const lines = block.text.split('\n');
      // A code block's own padding takes a line.
      const count = fitting(lines, codeLineLines, room - 1);
      if (count === 0 || count === lines.length) return null;
      return {
        head: { ...block, text: lines.slice(0, count).join('\n') },
        rest: { ...block, text: lines.slice(count).join('\n') },
      };
    }
    case 'definitionList':
    case 'fieldList':
    case 'blockQuote':
    case 'parsedLiteral':
    case 'table':
    case 'image':
    case 'rubric':
    case 'footnote':
    case 'toctree':
    case 'include':
    case 'objectDescription':
    case 'admonition':
    case 'comment':
    case 'target':
    case 'transition':
    case 'section':
      return null;
    default:
      return unreachable(block);
  }
}

/** How many of `items`, from the first, fit in `room` lines. */
function fitting<T>(items: readonly T[], linesOf: (item: T) => number, room: number): number {
  let used = 0;
  let count = 0;
  for (const item of items) {
    used += linesOf(item);
    if (used > room) break;
    count++;
  }
  return count;
}

/** A paragraph's inline content as runs that each end a sentence (the last may not). */
function sentences(content: readonly Inline[]): Inline[][] {
  const runs: Inline[][] = [];
  let current: Inline[] = [];
  for (const inline of content) {
    if (inline.type !== 'text') {
      current.push(inline);
      continue;
    }
    // A sentence ends after 。！？ (no space follows in Japanese), or after . ! ? before a
    // space or at the end of the text (a paragraph cut once is a list of one text a sentence).
    for (const text of inline.text.split(/(?<=[。！？]|[.!?](?=\s))/u)) {
      if (text !== '') current.push({ type: 'text', text });
      if (/[。！？.!?]$/u.test(text)) {
        runs.push(current);
        current = [];
      }
    }
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

// Estimates, in lines of a card at full type size.

function pieceLines(piece: CardPiece): number {
  return classifierLines(piece) + blocksLines(piece.blocks, LINE_WIDTH);
}

function classifierLines(piece: CardPiece): number {
  return piece.classifiers.reduce((sum, classifier) => sum + textLines(inlineText(classifier)), 0);
}

function blocksLines(blocks: readonly Block[], width: number): number {
  return blocks.reduce((sum, block) => sum + blockLines(block, width) + BLOCK_GAP, 0);
}

function blockLines(block: Block, width: number): number {
  switch (block.type) {
    case 'paragraph':
    case 'rubric':
    case 'parsedLiteral':
      return textLines(inlineText(block.content), width);
    case 'bulletList':
    case 'enumeratedList':
      return block.items.reduce((sum, item) => sum + itemLines(item, width), 0);
    case 'literalBlock':
      // Code is set smaller (0.85em) with its own padding, and wraps rather than scrolls.
      return block.text.split('\n').reduce((sum, line) => sum + codeLineLines(line), 0) + 1;
    case 'definitionList':
      return block.items.reduce(
        (sum, item) =>
          sum + textLines(inlineText(item.term), width) + blocksLines(item.blocks, width - 3),
        0,
      );
    case 'fieldList':
    case 'blockQuote':
    case 'table':
    case 'image':
    case 'footnote':
    case 'toctree':
    case 'include':
    case 'objectDescription':
    case 'admonition':
    case 'section':
      return textLines(blocksText([block]), width) + 1;
    case 'comment':
    case 'target':
      return 0;
    case 'transition':
      return 1;
    default:
      return unreachable(block);
  }
}

function itemLines(item: ListItem, width = LINE_WIDTH): number {
  // The bullet's indent narrows the line; items are a little apart.
  return blocksLines(item.blocks, width - 3) - BLOCK_GAP + 0.25;
}

function runLines(run: readonly Inline[]): number {
  return textLines(inlineText(run), LINE_WIDTH);
}

function codeLineLines(line: string): number {
  return textLines(line, LINE_WIDTH / 0.85);
}

/** Lines a text takes at `width` half-width characters a line, breaking at its line breaks. */
function textLines(text: string, width = LINE_WIDTH): number {
  return text
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(displayWidth(line) / width)), 0);
}

/** Half-width units: East Asian wide and full-width characters count two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isWide(char.codePointAt(0)!) ? 2 : 1;
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}

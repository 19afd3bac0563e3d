/**
 * markdown-it's inline tokens → the model's inlines. The model does not nest inline markup
 * (docutils does not), so emphasis and strong become runs of their text, and what they hold that
 * is more than text (a link, code, a wikilink, a tag) stays itself, unemphasised: nothing the
 * notes say is dropped, only the styling of a link inside bold. Strikethrough has no element in
 * the model; its `~~` stay as text so the reader still sees it was struck.
 *
 * Images are blocks in the model: in a paragraph they are lifted out where they stand (the
 * paragraph is split around them); in a title or term, where blocks cannot go, the image's alt
 * text stands in. An image inside a link (a README badge) keeps the link as its `target`.
 */
import type { Token } from 'markdown-it';
import type { Block, Inline } from '../document/model';
import { linkInline } from './links';
import type { WikilinkMeta } from './wikilink-rule';

type ImageBlock = Extract<Block, { type: 'image' }>;
type Piece = Inline | ImageBlock;

/** What inline reading shares with the block reader. */
export interface InlineContext {
  /** markdown-it-footnote's record: inline footnotes' tokens by id. */
  footnotes: FootnoteList;
  /** Inline footnotes (`^[...]`) met while reading a block, placed right after that block. */
  pendingNotes: Block[];
}

export interface FootnoteList {
  list?: { label?: string; content?: string; tokens?: Token[] }[];
  refs?: Record<string, number>;
}

/** A paragraph's content as blocks: paragraphs around the images it holds. */
export function paragraphBlocks(
  tokens: readonly Token[],
  line: number,
  context: InlineContext,
): Block[] {
  const blocks: Block[] = [];
  let run: Inline[] = [];
  let runLine = line;
  const flush = (nextLine: number) => {
    if (run.some((inline) => inline.type !== 'text' || inline.text.trim() !== '')) {
      blocks.push({ type: 'paragraph', line: runLine, content: run });
    }
    run = [];
    runLine = nextLine;
  };
  for (const { piece, line: pieceLine } of readPieces(tokens, line, context)) {
    if (piece.type === 'image') {
      flush(piece.line);
      blocks.push(piece);
    } else {
      if (run.length === 0) runLine = pieceLine;
      run.push(piece);
    }
  }
  flush(line);
  return blocks;
}

/** Inline content where blocks cannot go (titles, terms): an image is its alt text. */
export function inlineContent(
  tokens: readonly Token[],
  line: number,
  context: InlineContext,
): Inline[] {
  const content: Inline[] = [];
  for (const { piece } of readPieces(tokens, line, context)) {
    append(content, piece.type === 'image' ? { type: 'text', text: piece.alt } : piece);
  }
  return content;
}

/** The plain text of inline tokens (an image's alt text, a link's text). */
function tokensText(tokens: readonly Token[]): string {
  let text = '';
  for (const token of tokens) {
    if (token.type === 'softbreak' || token.type === 'hardbreak') text += '\n';
    else if (token.type === 's_open' || token.type === 's_close') text += token.markup;
    else if (token.type === 'image') text += tokensText(token.children ?? []);
    else text += token.content;
  }
  return text;
}

interface PlacedPiece {
  piece: Piece;
  /** The source line the piece starts on (paragraph line + line breaks before it). */
  line: number;
}

interface OpenLink {
  destination: string;
  text: string;
  images: ImageBlock[];
  line: number;
}

function readPieces(
  tokens: readonly Token[],
  firstLine: number,
  context: InlineContext,
): PlacedPiece[] {
  const pieces: PlacedPiece[] = [];
  let line = firstLine;
  let emphasis = 0;
  let strong = 0;
  let link: OpenLink | null = null;

  const add = (inline: Inline) => {
    if (link) link.text += inline.text;
    else {
      const last = pieces[pieces.length - 1];
      if (last && last.piece.type !== 'image' && mergeable(last.piece, inline)) {
        last.piece = { ...last.piece, text: last.piece.text + inline.text } as Inline;
      } else pieces.push({ piece: inline, line });
    }
  };
  const styled = (text: string) => {
    if (text === '') return;
    add({ type: strong > 0 ? 'strong' : emphasis > 0 ? 'emphasis' : 'text', text });
  };

  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'text_special':
        styled(token.content);
        break;
      case 'softbreak':
      case 'hardbreak':
        styled('\n');
        line++;
        break;
      case 'code_inline':
        add({ type: 'literal', text: token.content });
        break;
      case 'html_inline':
        // Raw HTML is never HTML: the tag stays visible as code, and nothing runs.
        add({ type: 'literal', text: token.content });
        line += countNewlines(token.content);
        break;
      case 'em_open':
        emphasis++;
        break;
      case 'em_close':
        emphasis--;
        break;
      case 'strong_open':
        strong++;
        break;
      case 'strong_close':
        strong--;
        break;
      case 's_open':
      case 's_close':
        styled(token.markup);
        break;
      case 'link_open':
        link = { destination: String(token.attrGet('href') ?? ''), text: '', images: [], line };
        break;
      case 'link_close':
        if (link) {
          const { destination, text, images, line: linkLine } = link;
          link = null;
          if (text.trim() !== '' || images.length === 0) {
            pieces.push({ piece: linkInline(destination, text), line: linkLine });
          }
          for (const image of images)
            pieces.push({ piece: { ...image, target: destination }, line: image.line });
        }
        break;
      case 'image': {
        const image = imageBlock(token, line);
        line += countNewlines(image.alt);
        if (link) link.images.push(image);
        else pieces.push({ piece: image, line: image.line });
        break;
      }
      case 'footnote_ref':
        add(footnoteReference(token, line, context));
        break;
      case 'wikilink':
        add(crossReference(token.meta as unknown as WikilinkMeta));
        break;
      case 'tag':
        add({ type: 'tag', text: token.content, name: String(token.meta?.name ?? '') });
        break;
      default:
        // A token kind this reader does not know (a future plugin): its text is kept.
        styled(token.content);
        line += countNewlines(token.content);
    }
  }
  return pieces;
}

function mergeable(last: Inline, next: Inline): boolean {
  return (
    last.type === next.type &&
    (next.type === 'text' || next.type === 'emphasis' || next.type === 'strong')
  );
}

function append(content: Inline[], inline: Inline): void {
  const last = content[content.length - 1];
  if (last && mergeable(last, inline)) {
    content[content.length - 1] = { ...last, text: last.text + inline.text } as Inline;
  } else content.push(inline);
}

function imageBlock(token: Token, line: number): ImageBlock {
  const title = String(token.attrGet('title') ?? '');
  return {
    type: 'image',
    line,
    uri: String(token.attrGet('src') ?? ''),
    alt: tokensText(token.children ?? []),
    target: null,
    // Markdown's image title is a tooltip; images are never shown, so it is shown as a caption.
    caption: title ? [{ type: 'text', text: title }] : null,
    legend: [],
  };
}

function crossReference(meta: WikilinkMeta): Inline {
  return {
    type: 'crossReference',
    text: meta.title ?? meta.written,
    via: meta.embed ? 'embed' : 'wikilink',
    target: meta.target,
    ...(meta.anchor !== null ? { anchor: meta.anchor } : {}),
    explicitTitle: meta.title !== null,
  };
}

/**
 * `[^label]` shows the number of its footnote (the order footnotes are first referenced in, as
 * markdown-it-footnote and GitHub number them). An inline footnote `^[text]` is its own note,
 * placed after the block that holds it.
 */
function footnoteReference(token: Token, line: number, context: InlineContext): Inline {
  const id = Number(token.meta?.id ?? 0);
  const number = String(id + 1);
  const label = token.meta?.label;
  if (typeof label === 'string') return { type: 'footnoteReference', text: number, label };
  const inline = context.footnotes.list?.[id];
  context.pendingNotes.push({
    type: 'footnote',
    line,
    label: number,
    number,
    citation: false,
    blocks: paragraphBlocks(inline?.tokens ?? [], line, context),
  });
  return { type: 'footnoteReference', text: number, label: number };
}

function countNewlines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

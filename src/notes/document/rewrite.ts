/**
 * Copy-on-write rewriting of the document model, for the stages after the reader that change a
 * few parts of a document: `.. include::` blocks replaced by the included blocks, cross-references
 * given the concept they name. What changes is copied along the path to it; everything else is
 * shared with the input, which is never modified (STYLE.md "Data flow": a stage returns a value,
 * no later stage quietly mutates an earlier one's). A list of blocks or inlines in which nothing
 * changed is returned as the very same array, so a caller can tell "unchanged" by identity.
 *
 * The switch is exhaustive (visit.ts has the same shape): a new block kind fails the type check
 * here until it is handled. Recursion is bounded by MAX_NESTING (model.ts).
 */
import type { Block, DefinitionItem, Inline, ListItem, TableRow } from './model';
import { unreachable } from './visit';

export interface Rewrite {
  /** Blocks to put in place of `block`, or null to keep it (and rewrite what it holds). */
  block?(block: Block): readonly Block[] | null;
  /**
   * The inline to put in place of `run[index]` (return it to keep it). `line` is the run's
   * source line; `run` the whole run, for the sentence around the inline.
   */
  inline?(inline: Inline, line: number, run: readonly Inline[], index: number): Inline;
}

export function rewriteBlocks(blocks: Block[], rewrite: Rewrite): Block[] {
  let result: Block[] | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const replacement = rewrite.block?.(block) ?? null;
    if (replacement !== null) {
      result ??= blocks.slice(0, i);
      result.push(...replacement);
      continue;
    }
    const rewritten = rewriteBlock(block, rewrite);
    if (result) result.push(rewritten);
    else if (rewritten !== block) {
      result = blocks.slice(0, i);
      result.push(rewritten);
    }
  }
  return result ?? blocks;
}

function rewriteInlines(content: Inline[], line: number, rewrite: Rewrite): Inline[] {
  if (!rewrite.inline) return content;
  let result: Inline[] | null = null;
  for (let i = 0; i < content.length; i++) {
    const inline = content[i]!;
    const rewritten = rewrite.inline(inline, line, content, i);
    if (result) result.push(rewritten);
    else if (rewritten !== inline) {
      result = content.slice(0, i);
      result.push(rewritten);
    }
  }
  return result ?? content;
}

/** `list` with each element through `map`; the same array when every element stayed the same. */
function mapSame<T>(list: T[], map: (item: T) => T): T[] {
  let result: T[] | null = null;
  for (let i = 0; i < list.length; i++) {
    const item = list[i]!;
    const mapped = map(item);
    if (result) result.push(mapped);
    else if (mapped !== item) {
      result = list.slice(0, i);
      result.push(mapped);
    }
  }
  return result ?? list;
}

function rewriteBlock(block: Block, rewrite: Rewrite): Block {
  const blocks = (inner: Block[]) => rewriteBlocks(inner, rewrite);
  const inlines = (content: Inline[], line: number) => rewriteInlines(content, line, rewrite);
  switch (block.type) {
    case 'paragraph':
    case 'parsedLiteral':
    case 'rubric': {
      const content = inlines(block.content, block.line);
      return content === block.content ? block : { ...block, content };
    }
    case 'bulletList':
    case 'enumeratedList': {
      const items = mapSame(block.items, (item: ListItem) => {
        const inner = blocks(item.blocks);
        return inner === item.blocks ? item : { ...item, blocks: inner };
      });
      return items === block.items ? block : { ...block, items };
    }
    case 'definitionList': {
      const items = mapSame(block.items, (item: DefinitionItem) => {
        const term = inlines(item.term, item.line);
        const classifiers = mapSame(item.classifiers, (c) => inlines(c, item.line));
        const inner = blocks(item.blocks);
        return term === item.term && classifiers === item.classifiers && inner === item.blocks
          ? item
          : { ...item, term, classifiers, blocks: inner };
      });
      return items === block.items ? block : { ...block, items };
    }
    case 'fieldList': {
      const fields = mapSame(block.fields, (field) => {
        const name = inlines(field.name, field.line);
        const inner = blocks(field.blocks);
        return name === field.name && inner === field.blocks
          ? field
          : { ...field, name, blocks: inner };
      });
      return fields === block.fields ? block : { ...block, fields };
    }
    case 'blockQuote': {
      const inner = blocks(block.blocks);
      const attribution = block.attribution && inlines(block.attribution, block.line);
      return inner === block.blocks && attribution === block.attribution
        ? block
        : { ...block, blocks: inner, ...(attribution ? { attribution } : {}) };
    }
    case 'admonition':
    case 'section': {
      const title = inlines(block.title, block.line);
      const inner = blocks(block.blocks);
      return title === block.title && inner === block.blocks
        ? block
        : { ...block, title, blocks: inner };
    }
    case 'table': {
      const title = block.title && inlines(block.title, block.line);
      const rows = (list: TableRow[]) =>
        mapSame(list, (row) => {
          const cells = mapSame(row.cells, (cell) => {
            const inner = blocks(cell.blocks);
            return inner === cell.blocks ? cell : { ...cell, blocks: inner };
          });
          return cells === row.cells ? row : { ...row, cells };
        });
      const header = rows(block.header);
      const body = rows(block.body);
      return title === block.title && header === block.header && body === block.body
        ? block
        : { ...block, title, header, body };
    }
    case 'image': {
      const caption = block.caption && inlines(block.caption, block.line);
      const legend = blocks(block.legend);
      return caption === block.caption && legend === block.legend
        ? block
        : { ...block, caption, legend };
    }
    case 'footnote':
    case 'objectDescription': {
      const inner = blocks(block.blocks);
      return inner === block.blocks ? block : { ...block, blocks: inner };
    }
    case 'toctree': {
      const caption = block.caption && inlines(block.caption, block.line);
      const entries = mapSame(block.entries, (entry) => {
        const title = entry.title && inlines(entry.title, entry.line);
        return title === entry.title ? entry : { ...entry, title };
      });
      return caption === block.caption && entries === block.entries
        ? block
        : { ...block, caption, entries };
    }
    case 'literalBlock':
    case 'comment':
    case 'target':
    case 'transition':
    case 'include':
      return block;
    default:
      return unreachable(block);
  }
}

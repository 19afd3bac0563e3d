/**
 * First stage of the graph builder: walk each document and list every place a concept is written
 * down (the file's own concept, each section, each definition term), with the blocks that are its
 * own body, the file it is written in and the occurrence it is nested in. Pure; no merging yet
 * (identity.ts gives the ids, build-graph.ts merges).
 */
import type { Block, DefinitionItem, Inline, NotesDocument, Section } from '../document/model';
import type { ConceptKind } from './model';
import { inlineText } from '../document/text';
import { forEachPart, unreachable } from '../document/visit';

export interface RawOccurrence {
  /** Index in reading order; parents always come before their children. */
  index: number;
  kind: ConceptKind;
  label: string;
  file: string;
  path: string[];
  blocks: Block[];
  classifiers: Inline[][];
  line: number;
  endLine: number;
  /** The occurrence this one is nested in (section or term), or null at the top. */
  parent: number | null;
  /** A file's own concept: the other names and the tags its frontmatter gives the file. */
  aliases?: string[];
  tags?: string[];
}

const NO_BLOCKS: readonly Block[] = [];

export interface OccurrenceSource {
  file: string;
  document: NotesDocument;
  /** Blocks put in by `.. include::`, with the file they were read from (includes.ts). */
  included?: ReadonlyMap<Block, string>;
  /** Names the file's own concept when the notes have no title: the file's name. */
  fallbackTitle: string;
  /**
   * Whether the file has a concept of its own even without a title or text before its first
   * section: every file of a notebook has one (links lead to it, toctrees nest under it); a
   * single notes file without either has none, as before notebooks.
   */
  alwaysTitled: boolean;
  /** The occurrence of the file whose toctree lists this one, or null. */
  parent: number | null;
}

/**
 * Adds the occurrences of concepts in `source` to `found` (numbering on from its length), and
 * returns the index of the file's own concept, or null when it has none.
 */
export function collectOccurrences(
  source: OccurrenceSource,
  found: RawOccurrence[],
): number | null {
  const { document: doc, fallbackTitle, included } = source;

  const add = (occurrence: Omit<RawOccurrence, 'index'>): number => {
    // The builders below make a fresh object for each occurrence: number it in place.
    const numbered = occurrence as RawOccurrence;
    numbered.index = found.length;
    found.push(numbered);
    return found.length - 1;
  };

  // Depth-first, in document order, so that occurrence numbers follow the notes. An explicit stack
  // instead of recursion: hostile notes may nest thousands of levels deep.
  const walk = (rootBlocks: readonly Block[], rootParent: number | null) => {
    // A frame walks either blocks or a definition list's items (`items` set), in one file.
    const stack: {
      entries: readonly Block[];
      items: readonly DefinitionItem[] | null;
      next: number;
      parent: number | null;
      path: string[];
      file: string;
    }[] = [
      {
        entries: rootBlocks,
        items: null,
        next: 0,
        parent: rootParent,
        path: [],
        file: source.file,
      },
    ];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const { parent, path } = frame;
      if (frame.items) {
        const item = frame.items[frame.next++];
        if (!item) {
          stack.pop();
          continue;
        }
        const index = add(termOccurrence(item, path, parent, frame.file));
        stack.push({
          entries: item.blocks,
          items: null,
          next: 0,
          parent: index,
          path,
          file: frame.file,
        });
        continue;
      }
      const entry = frame.entries[frame.next++];
      if (!entry) {
        stack.pop();
        continue;
      }
      // Blocks put in by `.. include::` are written in the included file.
      const file = included?.get(entry) ?? frame.file;
      if (entry.type === 'section') {
        const index = add(sectionOccurrence(entry, path, parent, file));
        const inner = [...path, found[index]!.label];
        stack.push({
          entries: entry.blocks,
          items: null,
          next: 0,
          parent: index,
          path: inner,
          file,
        });
      } else if (entry.type === 'objectDescription') {
        // A described object (`.. function:: get(url)`) is a concept, like a definition term.
        const index = add(descriptionOccurrence(entry, path, parent, file));
        stack.push({ entries: entry.blocks, items: null, next: 0, parent: index, path, file });
      } else if (entry.type === 'definitionList') {
        stack.push({ entries: NO_BLOCKS, items: entry.items, next: 0, parent, path, file });
      } else {
        const inner = childBlocks(entry);
        if (inner.length > 0)
          stack.push({ entries: inner, items: null, next: 0, parent, path, file });
      }
    }
  };

  const topBlocks = doc.blocks;
  const preamble = ownBlocks(topBlocks);
  const subtitle: Block[] = doc.subtitle
    ? [{ type: 'paragraph', line: doc.subtitleLine ?? 1, content: doc.subtitle }]
    : [];
  let root: number | null = null;
  if (doc.title || preamble.length > 0 || source.alwaysTitled) {
    root = add({
      kind: 'title',
      label: doc.title ? inlineText(doc.title).trim() || fallbackTitle : fallbackTitle,
      file: source.file,
      path: [],
      blocks: [...subtitle, ...preamble],
      classifiers: [],
      line: doc.titleLine ?? firstLine(topBlocks),
      endLine: doc.lineCount,
      parent: source.parent,
      ...(doc.aliases && doc.aliases.length > 0 ? { aliases: doc.aliases } : {}),
      ...(doc.tags && doc.tags.length > 0 ? { tags: doc.tags } : {}),
    });
  }
  walk(topBlocks, root ?? source.parent);
  return root;
}

function sectionOccurrence(
  section: Section,
  path: string[],
  parent: number | null,
  file: string,
): Omit<RawOccurrence, 'index'> {
  return {
    kind: 'section',
    label: inlineText(section.title).trim(),
    file,
    path,
    blocks: ownBlocks(section.blocks),
    classifiers: [],
    line: section.line,
    endLine: section.endLine,
    parent,
  };
}

function termOccurrence(
  item: DefinitionItem,
  path: string[],
  parent: number | null,
  file: string,
): Omit<RawOccurrence, 'index'> {
  return {
    kind: 'term',
    label: inlineText(item.term).trim(),
    file,
    path,
    blocks: ownBlocks(item.blocks),
    classifiers: item.classifiers,
    line: item.line,
    endLine: item.endLine,
    parent,
  };
}

function descriptionOccurrence(
  description: Extract<Block, { type: 'objectDescription' }>,
  path: string[],
  parent: number | null,
  file: string,
): Omit<RawOccurrence, 'index'> {
  return {
    kind: 'term',
    label: description.name,
    file,
    path,
    blocks: [
      { type: 'literalBlock', line: description.line, text: description.signature },
      ...ownBlocks(description.blocks),
    ],
    classifiers: [],
    line: description.line,
    endLine: description.endLine,
    parent,
  };
}

/** Blocks nested inside a block that is not itself a concept (lists, quotes, tables, ...). */
function childBlocks(block: Block): readonly Block[] {
  const inner: Block[] = [];
  forEachPart(block, { inlines: () => {}, blocks: (blocks) => inner.push(...blocks) });
  return inner;
}

/**
 * A concept's own body: its blocks without the sections and definition terms nested in it,
 * which are concepts of their own (they are linked by nesting edges instead).
 */
/**
 * The blocks without the concepts nested in them. Blocks (and lists of blocks) that hold no
 * concept are kept as they are rather than copied: most of a memo's text is such blocks.
 */
function ownBlocks(blocks: Block[]): Block[] {
  let result: Block[] | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const own = withoutConcepts(block);
    if (result) {
      if (own) result.push(own);
    } else if (own !== block) {
      result = blocks.slice(0, i);
      if (own) result.push(own);
    }
  }
  return result ?? blocks;
}

function withoutConcepts(block: Block): Block | null {
  switch (block.type) {
    case 'section':
    case 'definitionList':
    case 'objectDescription':
      return null;
    case 'bulletList':
    case 'enumeratedList': {
      let changed = false;
      const items: typeof block.items = [];
      for (const item of block.items) {
        const blocks = ownBlocks(item.blocks);
        // An item left empty is dropped.
        if (blocks !== item.blocks || blocks.length === 0) changed = true;
        if (blocks.length > 0) items.push(blocks === item.blocks ? item : { ...item, blocks });
      }
      if (!changed) return block;
      return items.length > 0 ? { ...block, items } : null;
    }
    case 'fieldList': {
      const fields = block.fields.map((f) => {
        const blocks = ownBlocks(f.blocks);
        return blocks === f.blocks ? f : { ...f, blocks };
      });
      return fields.every((f, i) => f === block.fields[i]) ? block : { ...block, fields };
    }
    case 'blockQuote': {
      const blocks = ownBlocks(block.blocks);
      if (blocks.length === 0 && !block.attribution) return null;
      return blocks === block.blocks ? block : { ...block, blocks };
    }
    case 'admonition':
    case 'footnote': {
      const blocks = ownBlocks(block.blocks);
      return blocks === block.blocks ? block : { ...block, blocks };
    }
    case 'image': {
      const legend = ownBlocks(block.legend);
      return legend === block.legend ? block : { ...block, legend };
    }
    case 'table': {
      // A definition in a cell is a concept of its own; the cell keeps the rest.
      const rows = (table: typeof block.body) =>
        table.map((row) => ({
          ...row,
          cells: row.cells.map((cell) => ({ ...cell, blocks: ownBlocks(cell.blocks) })),
        }));
      const changed = [...block.header, ...block.body].some((row) =>
        row.cells.some((cell) => ownBlocks(cell.blocks) !== cell.blocks),
      );
      return changed ? { ...block, header: rows(block.header), body: rows(block.body) } : block;
    }
    case 'paragraph':
    case 'literalBlock':
    case 'parsedLiteral':
    case 'rubric':
    case 'comment':
    case 'target':
    case 'transition':
    case 'toctree':
    case 'include':
      return block;
    default:
      return unreachable(block);
  }
}

function firstLine(blocks: readonly Block[]): number {
  return blocks[0]?.line ?? 1;
}

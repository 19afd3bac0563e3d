/**
 * `.. include:: path` (docutils' include directive, as Sphinx projects use it for shared
 * snippets): the `include` block is replaced by the blocks of the included file, read with the
 * including file's reader when the included one is not a notes file itself (`snippet.txt`).
 *
 * Notes are untrusted (README), so an include is read only inside the notebook folder, never
 * outside it: an absolute path, a path whose `..` climbs out of the folder, a missing or
 * unreadable file, and a file that would include itself (directly or through others) each leave
 * the `include` block as it is and become a diagnostic at its line. The loader (src/cli) adds what
 * only the file system knows: a symbolic link out of the folder is a missing file. A single notes
 * file has no folder of its own to read from, so it includes nothing.
 *
 * A notes file included by another is a part of that file, not a document of its own (Sphinx
 * projects exclude such snippets from the build): its concepts appear once, where it is included.
 * One that is only ever reached through an include cycle stays a document, so nothing is lost.
 */
import type { GraphDiagnostic } from '../concepts/model';
import type { Block, NotesDocument } from '../document/model';
import { rewriteBlocks } from '../document/rewrite';
import { forEachBlock } from '../document/visit';
import type { NotebookDocument } from './documents';
import { fileInNotebook, pathInNotebook, resolvePath } from './paths';

/**
 * Reads a file of the notebook folder that is not among its notes files (`snippet.txt`), by its
 * path in the notebook: its text, or why it cannot be read (`no such file in the notebook`).
 */
export type ReadIncluded = (path: string) => { text: string } | { problem: string };

export interface IncludeContext {
  /** The notebook folder as files are named (`data/astronomy`); absent for a single file. */
  folder?: string;
  readIncluded?: ReadIncluded;
  /** Reads `text` of `file` with the reader of its extension, else with `like`'s. */
  read(file: string, text: string, like: string): NotesDocument;
}

/**
 * At most this many files are put in by includes across a notebook: `a` including `b` twice,
 * `b` including `c` twice, ... would otherwise grow the notes exponentially (billion laughs).
 */
export const MAX_INCLUDES = 1000;

interface Source {
  file: string;
  path: string;
  document: NotesDocument;
}

export function resolveIncludes(
  read: readonly { file: string; document: NotesDocument }[],
  context: IncludeContext,
): { documents: NotebookDocument[]; diagnostics: GraphDiagnostic[] } {
  const sources: Source[] = read.map((d) => ({
    ...d,
    path: pathInNotebook(d.file, context.folder),
  }));
  if (!sources.some((s) => hasInclude(s.document)))
    return { documents: [...read], diagnostics: [] };

  const byPath = new Map(sources.map((s) => [s.path, s]));
  const namedByOthers = new Set<string>();
  for (const source of sources) {
    forEachBlock(source.document.blocks, (block) => {
      if (block.type !== 'include' || context.folder === undefined) return;
      const target = resolvePath(source.path, block.path, 'absolute');
      if ('path' in target && target.path !== source.path) namedByOthers.add(target.path);
    });
  }

  const diagnostics: GraphDiagnostic[] = [];
  const included = new Map<Block, string>();
  const reached = new Set<string>();
  /** Included files whose own reader diagnostics are already reported. */
  const reported = new Set<string>();
  let count = 0;

  const expand = (source: Source, chain: readonly string[]): Block[] => {
    const problem = (line: number, message: string) =>
      diagnostics.push({ file: source.file, line, severity: 'warning', message });
    return rewriteBlocks(source.document.blocks, {
      block: (block) => {
        if (block.type !== 'include') return null;
        const written = `".. include:: ${block.path}"`;
        if (context.folder === undefined) {
          problem(
            block.line,
            `${written} is not read: a single notes file includes nothing. Put the notes in a notebook folder (data/<name>/) to include files from it.`,
          );
          return null;
        }
        const target = resolvePath(source.path, block.path, 'absolute');
        if (!('path' in target) || target.path === '') {
          const why =
            'problem' in target && target.problem === 'absolute'
              ? 'an absolute path'
              : 'a path that leads outside the notebook folder';
          problem(
            block.line,
            `${written} is not read: ${why}. Only files inside the notebook folder are included; write the path relative to this file.`,
          );
          return null;
        }
        const { path } = target;
        if (path === source.path || chain.includes(path)) {
          const cycle = [...chain, source.path, path].join(' → ');
          problem(block.line, `${written} is not read: the file would include itself (${cycle}).`);
          return null;
        }
        if (count >= MAX_INCLUDES) {
          problem(
            block.line,
            `${written} is not read: the notebook already includes ${MAX_INCLUDES} files, the most Musubi reads.`,
          );
          return null;
        }
        let inner = byPath.get(path);
        if (!inner) {
          const text = context.readIncluded?.(path) ?? { problem: 'no such file in the notebook' };
          if ('problem' in text) {
            problem(block.line, `${written} is not read: ${text.problem}.`);
            return null;
          }
          const file = fileInNotebook(context.folder, path);
          inner = { file, path, document: context.read(file, text.text, source.file) };
        }
        count++;
        reached.add(path);
        if (!reported.has(path)) {
          reported.add(path);
          for (const d of inner.document.diagnostics) diagnostics.push({ ...d, file: inner.file });
        }
        const blocks = asBlocks(inner.document, expand(inner, [...chain, source.path]));
        for (const part of blocks) if (!included.has(part)) included.set(part, inner.file);
        return blocks;
      },
    });
  };

  const documents: NotebookDocument[] = [];
  const add = (source: Source) => {
    const blocks = expand(source, []);
    const document =
      blocks === source.document.blocks ? source.document : { ...source.document, blocks };
    documents.push({ file: source.file, document });
  };
  for (const source of sources) if (!namedByOthers.has(source.path)) add(source);
  // Files named only by includes that never succeeded from a document (a cycle of includes, or
  // includes that failed): documents of their own, so that nothing of them is lost.
  for (const source of sources) {
    if (namedByOthers.has(source.path) && !reached.has(source.path)) add(source);
  }
  return {
    documents: keepOrder(documents, sources).map((d) =>
      included.size > 0 ? { ...d, included } : d,
    ),
    diagnostics: unique(diagnostics),
  };
}

function hasInclude(document: NotesDocument): boolean {
  let found = false;
  forEachBlock(document.blocks, (block) => (found ||= block.type === 'include'));
  return found;
}

/**
 * An included document's blocks in place of the `include`: its title (promoted by the reader)
 * becomes the section it was in the file again, so the included concepts keep their nesting.
 */
function asBlocks(document: NotesDocument, blocks: Block[]): Block[] {
  if (!document.title) return blocks;
  const subtitle: Block[] = document.subtitle
    ? [{ type: 'paragraph', line: document.subtitleLine ?? 1, content: document.subtitle }]
    : [];
  const line = document.titleLine ?? 1;
  return [
    {
      type: 'section',
      line,
      endLine: Math.max(line, document.lineCount),
      level: 1,
      title: document.title,
      blocks: [...subtitle, ...blocks],
    },
  ];
}

/** The documents in the order the notes files were given (the loader sorts them by path). */
function keepOrder(documents: NotebookDocument[], sources: readonly Source[]): NotebookDocument[] {
  const position = new Map(sources.map((s, index) => [s.file, index]));
  return documents.sort((a, b) => position.get(a.file)! - position.get(b.file)!);
}

/** A file included twice reports its broken includes once. */
function unique(diagnostics: GraphDiagnostic[]): GraphDiagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.file}\n${d.line}\n${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

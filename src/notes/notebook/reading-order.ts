/**
 * The order a notebook is read in, and which document each one is part of. Sphinx's `toctree` says
 * both: the documents it lists come after the document that holds it, in the listed order, and
 * are nested under it on the map. The documents no toctree lists come first the notebook's root
 * document (`index`, else `README`, in the notebook folder itself: Sphinx's root_doc, GitHub's
 * readme), then the others in path order, each followed by what its toctrees list (depth first).
 *
 * A document listed by two toctrees stays under the first that lists it (Sphinx warns about it
 * too); a toctree that lists one of its own ancestors would make a cycle and is not followed. An
 * entry that names no document of the notebook is a warning at its line, as in Sphinx.
 */
import type { GraphDiagnostic } from '../concepts/model';
import type { NotesDocument } from '../document/model';
import { forEachBlock } from '../document/visit';
import type { DocumentIndex } from './document-index';
import { documentName } from './paths';

export interface ReadingOrder {
  /** Document indices, in reading order. */
  order: number[];
  /** Per document index: the document whose toctree lists it, or null. */
  parent: (number | null)[];
}

const ROOT_NAMES = ['index', 'readme'];

/** An entry that is a URL (`https://…`) or `self` links out or back, not to a document. */
const NOT_A_DOCUMENT = /^(self|[a-z][a-z0-9+.-]*:.*)$/i;

export function readingOrder(
  documents: readonly { file: string; document: NotesDocument }[],
  paths: readonly string[],
  index: DocumentIndex,
  diagnostics: GraphDiagnostic[],
): ReadingOrder {
  const children = documents.map((d, from) => listedDocuments(d, paths[from]!, index, diagnostics));
  const listed = new Set(children.flat());
  const parent: (number | null)[] = documents.map(() => null);
  const order: number[] = [];
  const visited = new Set<number>();

  const visit = (start: number) => {
    // Depth first without recursion: a chain of thousands of toctrees must not overflow.
    const stack: { document: number; next: number }[] = [{ document: start, next: 0 }];
    visited.add(start);
    order.push(start);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const child = children[frame.document]![frame.next++];
      if (child === undefined) {
        stack.pop();
        continue;
      }
      if (visited.has(child)) continue;
      visited.add(child);
      parent[child] = frame.document;
      order.push(child);
      stack.push({ document: child, next: 0 });
    }
  };

  const root = rootDocument(paths);
  if (root !== null && !listed.has(root)) visit(root);
  paths.forEach((_, document) => {
    if (!listed.has(document) && !visited.has(document)) visit(document);
  });
  // Documents only listed by each other (a toctree cycle with no way in): in path order.
  paths.forEach((_, document) => {
    if (!visited.has(document)) visit(document);
  });
  return { order, parent };
}

/** `index.rst`, `index.md`, else `README.md`, ... at the top of the notebook; null if none. */
export function rootDocument(paths: readonly string[]): number | null {
  for (const name of ROOT_NAMES) {
    const found = paths.findIndex((path) => documentName(path).toLowerCase() === name);
    if (found >= 0) return found;
  }
  return null;
}

/** The documents a file's toctrees list, in order (each once). */
function listedDocuments(
  { file, document }: { file: string; document: NotesDocument },
  path: string,
  index: DocumentIndex,
  diagnostics: GraphDiagnostic[],
): number[] {
  const listed: number[] = [];
  forEachBlock(document.blocks, (block) => {
    if (block.type !== 'toctree') return;
    for (const entry of block.entries) {
      if (NOT_A_DOCUMENT.test(entry.target.trim())) continue;
      const found = index.byPath(entry.target, path);
      if (found === null) {
        diagnostics.push({
          file,
          line: entry.line,
          severity: 'warning',
          message: `The toctree lists "${entry.target}", which is no document of the notebook; check its name (without the extension, relative to this file).`,
        });
      } else if (!listed.includes(found)) listed.push(found);
    }
  });
  return listed;
}

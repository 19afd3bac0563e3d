/**
 * Finding a document of the notebook from the way notes name one:
 * - by path, as Sphinx's `:doc:` and `toctree` do (`sky`, `../guide/install`, `/index`: without
 *   the extension, relative to the naming file or, with `/`, to the notebook) and as Markdown
 *   links do (`Caesar%20cipher.md`, decoded by the reader; the extension may be left out);
 * - by note name, as Obsidian's wikilinks do (help.obsidian.md, Internal links): the file name
 *   without `.md`, or the end of its path (`[[guide/install]]`), ignoring case; when several
 *   notes have that name, the one in the naming note's folder, else the one with the shortest
 *   path (then the first in path order) — Obsidian's "shortest path when possible".
 */
import { baseName } from '../readers';
import { documentName, folderOf, resolvePath } from './paths';

export class DocumentIndex {
  private readonly byPathName = new Map<string, number>();
  private readonly byDocumentName = new Map<string, number>();
  /** Lower-cased NFC note name (the file name without a notes extension) → documents. */
  private readonly byNoteName = new Map<string, number[]>();

  /** `paths`: each document's path in the notebook (pathInNotebook), by document index. */
  constructor(private readonly paths: readonly string[]) {
    paths.forEach((path, index) => {
      if (!this.byPathName.has(path)) this.byPathName.set(path, index);
      const name = documentName(path);
      if (!this.byDocumentName.has(name)) this.byDocumentName.set(name, index);
      const key = noteKey(baseName(name));
      const same = this.byNoteName.get(key);
      if (same) same.push(index);
      else this.byNoteName.set(key, [index]);
    });
  }

  /** `:doc:`, toctree entries and Markdown links: the document at `target`, or null. */
  byPath(target: string, from: string): number | null {
    const resolved = resolvePath(from, target, 'notebook');
    if (!('path' in resolved) || resolved.path === '') return null;
    const { path } = resolved;
    return this.byPathName.get(path) ?? this.byDocumentName.get(documentName(path)) ?? null;
  }

  /** A wikilink's note (`Caesar cipher`, `guide/install`, `Note.md`), or null. */
  byNote(target: string, from: string): number | null {
    const wanted = noteKey(documentName(target.trim().replace(/^\/+/, '')));
    if (wanted === '') return null;
    const slash = wanted.lastIndexOf('/');
    const candidates = (
      this.byNoteName.get(slash < 0 ? wanted : wanted.slice(slash + 1)) ?? []
    ).filter((index) => {
      const name = noteKey(documentName(this.paths[index]!));
      return slash < 0 || name === wanted || name.endsWith(`/${wanted}`);
    });
    if (candidates.length <= 1) return candidates[0] ?? null;
    const here = folderOf(from);
    return (
      candidates.find((index) => folderOf(this.paths[index]!) === here) ??
      [...candidates].sort((a, b) => this.paths[a]!.length - this.paths[b]!.length)[0]!
    );
  }
}

function noteKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

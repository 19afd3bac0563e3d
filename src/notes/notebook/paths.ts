/**
 * Paths inside a notebook folder, as the notes write them (`:doc:`, `toctree`, `.. include::`,
 * Markdown links): `/`-separated, relative to the notebook folder (`guide/install.rst`). Pure
 * string work, no node:path (this runs in the browser too, and must behave the same on every
 * platform): a path can never leave the notebook by `..`, and an absolute path is recognised
 * whatever the platform that wrote it.
 */
import { baseName, notesStem, readerFor } from '../readers';

/**
 * A file's path inside its notebook: `data/cryptography/Caesar cipher.md` in the folder
 * `data/cryptography` is `Caesar cipher.md`. A single notes file (no folder) is its own name.
 */
export function pathInNotebook(file: string, folder: string | undefined): string {
  const path = slashes(file);
  if (folder === undefined) return baseName(path);
  const prefix = withoutTrailingSlash(slashes(folder));
  return prefix !== '' && path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : path;
}

/** The file as diagnostics name it: the folder, then the path inside it. */
export function fileInNotebook(folder: string, path: string): string {
  const prefix = withoutTrailingSlash(folder);
  return prefix === '' ? path : `${prefix}/${path}`;
}

/** The folder part of a path in the notebook (`guide/install.rst` → `guide`, `a.rst` → ``). */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/**
 * A path without the extension of a notes format (`guide/install.rst` → `guide/install`): what
 * Sphinx calls the document name. Other extensions stay (`v1.2`, `snippet.txt`).
 */
export function documentName(path: string): string {
  if (readerFor(path) === null) return path;
  const folder = folderOf(path);
  const stem = notesStem(path);
  return folder === '' ? stem : `${folder}/${stem}`;
}

export type NotebookPath =
  | { path: string }
  /** `absolute`: `/x`, `C:\x`, `\\host\x`; `outside`: `..` climbs above the notebook folder. */
  | { problem: 'absolute' | 'outside' };

/**
 * Where `target`, written in the file at `from`, leads inside the notebook. Relative to `from`'s
 * folder; a leading `/` means the notebook folder itself when `rootSlash` is `notebook` (Sphinx's
 * `:doc:` and toctree), and is refused as absolute when it is `absolute` (`.. include::`).
 */
export function resolvePath(
  from: string,
  target: string,
  rootSlash: 'notebook' | 'absolute',
): NotebookPath {
  const written = slashes(target.trim());
  if (/^[a-z]:/i.test(written) || written.startsWith('//')) return { problem: 'absolute' };
  const rooted = written.startsWith('/');
  if (rooted && rootSlash === 'absolute') return { problem: 'absolute' };
  const parts = rooted ? [] : folderOf(from).split('/').filter(Boolean);
  for (const part of written.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return { problem: 'outside' };
      parts.pop();
    } else parts.push(part);
  }
  return { path: parts.join('/') };
}

function slashes(path: string): string {
  return path.replace(/\\/g, '/');
}

function withoutTrailingSlash(path: string): string {
  return path.replace(/\/+$/, '');
}

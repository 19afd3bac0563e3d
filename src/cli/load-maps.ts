/**
 * Node-side loading of maps: which notes files and notebook folders exist in data/, and reading
 * one (with its companion file) into the input of buildMap. Used by the CLI, the benchmark and
 * the build.
 */
import { type Dirent, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, sep } from 'node:path';
import type { ReadIncluded } from '../notes/notebook/includes';
import type { MapInput, NotebookFiles, SourceFile } from '../notes/pipeline';
import { NOTES_EXTENSIONS, notesStem, readerFor } from '../notes/readers';
import { decodeUtf8, lineOfOffset } from './decode-utf8';

/** A notes or companion file that cannot be used; the message is one line naming the file. */
export class NotesFileError extends Error {
  override name = 'NotesFileError';
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}

export interface MapEntry {
  /** The file stem (`kubernetes` for data/kubernetes.rst), or the folder's name (`cryptography`). */
  mapId: string;
  /** The notes file, or the notebook folder. */
  notesPath: string;
}

/**
 * Every notes file in dataDir (readers.ts: `.rst`, `.md`, ...) is a map, its id the file stem; so
 * is every folder that holds notes files at any depth (a notebook), its id the folder's name.
 * Sorted by id.
 */
export function listMaps(dataDir: string): MapEntry[] {
  return readdirSync(dataDir, { withFileTypes: true })
    .filter((entry) =>
      entry.isFile()
        ? readerFor(entry.name) !== null
        : entry.isDirectory() && isNotebookFolder(join(dataDir, entry.name), entry.name),
    )
    .map((entry) => ({
      mapId: entry.isFile() ? notesStem(entry.name) : entry.name,
      notesPath: join(dataDir, entry.name),
    }))
    .sort((a, b) => (a.mapId < b.mapId ? -1 : a.mapId > b.mapId ? 1 : 0));
}

/**
 * The companion file of a map: beside the notes file or the notebook folder, named after the
 * map (`data/kubernetes.rst` -> `data/kubernetes.map.yaml`, `data/cryptography/` ->
 * `data/cryptography.map.yaml`), so that every map's companion is `data/<map>.map.yaml`.
 */
export function companionPathFor(notesPath: string): string {
  const path = notesPath.replace(/[\\/]+$/, '');
  const name = readerFor(path) === null ? basename(path) : basename(path, extname(path));
  return join(dirname(path), `${name}.map.yaml`);
}

export interface ReadMapOptions {
  /** Diagnostics name files relative to this directory (default: the working directory). */
  root?: string;
}

/**
 * Reads a map: a notes file, or a notebook folder's notes files (notebookFiles), and the
 * companion `<map>.map.yaml` beside either, if present. Throws NotesFileError when the path is
 * neither (or the companion file cannot be read); a notebook file that cannot be read is a
 * diagnostic of the map instead.
 */
export function readMap(notesPath: string, options: ReadMapOptions = {}): MapInput {
  const root = options.root ?? process.cwd();
  const shownAs = displayPath(notesPath, root);
  if (!isDirectory(notesPath)) {
    const notes = { file: shownAs, text: readTextFile(notesPath, shownAs, 'notes') };
    const companion = readCompanion(companionPathFor(notesPath), root);
    return {
      mapId: basename(notesPath, extname(notesPath)),
      notes,
      ...(companion ? { companion } : {}),
    };
  }
  const notebook = readNotebook(notesPath, root);
  if (notebook.files.length === 0 && (notebook.unreadable ?? []).length === 0) {
    throw new NotesFileError(
      shownAs,
      `is a directory, not a notes file, and holds no notes files (${NOTES_EXTENSIONS.join(', ')})`,
    );
  }
  const companion = readCompanion(companionPathFor(notesPath), root);
  return { mapId: basename(notesPath), notebook, ...(companion ? { companion } : {}) };
}

function readCompanion(path: string, root: string): SourceFile | null {
  if (!isFile(path)) return null;
  const file = displayPath(path, root);
  return { file, text: readTextFile(path, file, 'companion file') };
}

/**
 * A notebook folder's notes files, at any depth, in path order. Hidden files and folders
 * (`.obsidian`, `.git`) and `node_modules` are not notes; symbolic links are not followed, so
 * nothing outside the folder is read. `.. include::` reads other files of the folder, and only
 * of the folder: readIncluded.
 */
function readNotebook(folder: string, root: string): NotebookFiles {
  const shownAs = displayPath(folder, root).replace(/[\\/]+$/, '');
  const notebook: NotebookFiles = {
    folder: shownAs,
    files: [],
    readIncluded: includedReader(folder, root),
  };
  for (const path of notesFilesIn(folder)) {
    const file = displayPath(path, root);
    try {
      notebook.files.push({ file, text: readTextFile(path, file, 'notes') });
    } catch (error) {
      if (!(error instanceof NotesFileError)) throw error;
      (notebook.unreadable ??= []).push({ file, problem: error.problem });
    }
  }
  return notebook;
}

/** Whether a folder holds a notes file at any depth (a notebook); stops at the first. */
function isNotebookFolder(path: string, name: string): boolean {
  return !skipped(name) && notesFilesIn(path, 1).length > 0;
}

function skipped(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** Notes files under `folder` (at most `limit`), sorted by their path in the folder. */
function notesFilesIn(folder: string, limit = Infinity): string[] {
  const found: { path: string; key: string }[] = [];
  const pending: { dir: string; key: string }[] = [{ dir: folder, key: '' }];
  while (pending.length > 0 && found.length < limit) {
    const { dir, key } = pending.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (skipped(entry.name)) continue;
      const path = join(dir, entry.name);
      const inner = key === '' ? entry.name : `${key}/${entry.name}`;
      if (entry.isDirectory()) pending.push({ dir: path, key: inner });
      else if (entry.isFile() && readerFor(entry.name) !== null) found.push({ path, key: inner });
    }
  }
  return found.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((f) => f.path);
}

/**
 * Reads `.. include::` files for includes.ts, which has already refused absolute paths and
 * paths that climb out of the folder: here, what only the file system knows — a symbolic link
 * that leads out of the folder is refused too, and a missing file is named as such.
 */
function includedReader(folder: string, root: string): ReadIncluded {
  let realFolder: string | null = null;
  return (path) => {
    const full = join(folder, ...path.split('/'));
    let real: string;
    try {
      realFolder ??= realpathSync(folder);
      real = realpathSync(full);
    } catch {
      return { problem: 'no such file in the notebook folder' };
    }
    const inside = relative(realFolder, real);
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
      return { problem: 'it leads outside the notebook folder (through a symbolic link)' };
    }
    if (!isFile(real)) return { problem: 'it is not a file' };
    const shownAs = displayPath(full, root);
    try {
      return { text: readTextFile(real, shownAs, 'included file') };
    } catch (error) {
      if (error instanceof NotesFileError) return { problem: error.problem };
      throw error;
    }
  };
}

/** Reads a file as strict UTF-8 (BOM stripped); every failure is a one-line NotesFileError. */
function readTextFile(path: string, shownAs: string, what = 'notes'): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new NotesFileError(shownAs, describeReadError(error));
  }
  const decoded = decodeUtf8(bytes);
  if (decoded.ok) return decoded.text;
  const byte = bytes[decoded.offset]!.toString(16).padStart(2, '0');
  throw new NotesFileError(
    shownAs,
    `not valid UTF-8 (byte 0x${byte} at offset ${decoded.offset}, line ${lineOfOffset(bytes, decoded.offset)}); save the ${what} as UTF-8`,
  );
}

function describeReadError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a notes file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case undefined:
    default:
      return `cannot be read (${(error as Error).message})`;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Relative to root with `/` separators when inside it (clickable `file:line`), else as given. */
function displayPath(path: string, root: string): string {
  const inside = relative(root, path);
  if (inside && !inside.startsWith('..') && !isAbsolute(inside)) return inside.split(sep).join('/');
  return path;
}

/**
 * Node-side loading of maps: which notes files exist in data/, and reading one (with its
 * companion file) into the input of buildMap. Used by the CLI, the benchmark and the build.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, sep } from 'node:path';
import type { MapInput } from '../notes/pipeline';
import { notesStem, readerFor } from '../notes/readers';
import { decodeUtf8, lineOfOffset } from './decode-utf8';

/** A notes or companion file that cannot be used; the message is one line naming the file. */
export class NotesFileError extends Error {
  override name = 'NotesFileError';
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}

export interface MapEntry {
  /** The file stem: `kubernetes` for data/kubernetes.rst. */
  mapId: string;
  notesPath: string;
}

/** Every notes file in dataDir (readers.ts: `.rst`, ...) is a map, its id the file stem; sorted by id. */
export function listMaps(dataDir: string): MapEntry[] {
  return readdirSync(dataDir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && readerFor(entry.name) !== null)
    .map((entry) => ({ mapId: notesStem(entry.name), notesPath: join(dataDir, entry.name) }))
    .sort((a, b) => (a.mapId < b.mapId ? -1 : a.mapId > b.mapId ? 1 : 0));
}

/** `data/kubernetes.rst` -> `data/kubernetes.map.yaml`. */
export function companionPathFor(notesPath: string): string {
  return join(dirname(notesPath), `${basename(notesPath, extname(notesPath))}.map.yaml`);
}

export interface ReadMapOptions {
  /** Diagnostics name files relative to this directory (default: the working directory). */
  root?: string;
}

/** Reads the notes and, if present, the sibling `<stem>.map.yaml`. Throws NotesFileError. */
export function readMap(notesPath: string, options: ReadMapOptions = {}): MapInput {
  const root = options.root ?? process.cwd();
  const notesFile = displayPath(notesPath, root);
  const input: MapInput = {
    mapId: basename(notesPath, extname(notesPath)),
    notes: { file: notesFile, text: readTextFile(notesPath, notesFile, 'notes') },
  };
  const companionPath = companionPathFor(notesPath);
  if (isFile(companionPath)) {
    const companionFile = displayPath(companionPath, root);
    input.companion = {
      file: companionFile,
      text: readTextFile(companionPath, companionFile, 'companion file'),
    };
  }
  return input;
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

/** Relative to root with `/` separators when inside it (clickable `file:line`), else as given. */
function displayPath(path: string, root: string): string {
  const inside = relative(root, path);
  if (inside && !inside.startsWith('..') && !isAbsolute(inside)) return inside.split(sep).join('/');
  return path;
}

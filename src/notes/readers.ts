/**
 * Which reader reads a notes file, chosen by its extension in one table (STYLE.md "A reader is a
 * table of rules"; Quartz's transformer list, unified's `.use(remarkParse)`). Every reader turns
 * text into the format-neutral document model (document/model.ts): nothing after this table
 * knows the format the notes were written in. A new format is one more entry here.
 */
import type { NotesDocument } from './document/model';
import { parseMarkdown } from './markdown';
import { parseRst } from './rst';

export interface NotesReader {
  /** The format's name, for messages ("reStructuredText"). */
  format: string;
  /** Lower-case, with the dot. */
  extensions: readonly string[];
  read(text: string): NotesDocument;
}

const READERS: readonly NotesReader[] = [
  { format: 'reStructuredText', extensions: ['.rst', '.rest'], read: parseRst },
  { format: 'Markdown', extensions: ['.md', '.markdown'], read: parseMarkdown },
];

/** Every extension some reader reads (`.rst`, ...). */
export const NOTES_EXTENSIONS: readonly string[] = READERS.flatMap((reader) => reader.extensions);

/** The reader for a file name or path, by its extension (case-insensitive); null if none. */
export function readerFor(fileName: string): NotesReader | null {
  const extension = extensionOf(fileName);
  return READERS.find((reader) => reader.extensions.includes(extension)) ?? null;
}

/** `data/kubernetes.rst` -> `kubernetes` (no node:path here: this runs in the browser too). */
export function notesStem(fileName: string): string {
  const name = baseName(fileName);
  const extension = extensionOf(name);
  return extension === '' ? name : name.slice(0, -extension.length);
}

/** `data/kubernetes.rst` -> `kubernetes.rst`. */
export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

function extensionOf(fileName: string): string {
  const name = baseName(fileName);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

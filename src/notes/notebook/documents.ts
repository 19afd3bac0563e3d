/**
 * The documents of a map, as the graph builder takes them: one for a single notes file, one per
 * notes file for a notebook folder (after `.. include::` is resolved, includes.ts).
 */
import type { Block, NotesDocument } from '../document/model';

export interface NotebookDocument {
  /** The notes file, as diagnostics and the panel name it (`data/cryptography/Enigma.md`). */
  file: string;
  document: NotesDocument;
  /**
   * Blocks put in by `.. include::`, with the file each was read from: their lines are lines of
   * that file, and the concepts written in them are written there (the panel and the Problems
   * list point to it). Absent when the document includes nothing.
   */
  included?: ReadonlyMap<Block, string>;
}

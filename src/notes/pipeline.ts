/**
 * The one place where a map is built, top to bottom (STYLE.md "Data flow"):
 * companion text -> parseCompanion -> Companion ───────────────────────────────────────────────┐
 * notes texts -> readerFor(file).read -> NotesDocument[] -> resolveIncludes -> buildConceptGraph -> applyCompanion -> ConceptGraph
 *
 * A map is one notes file or a notebook folder of them (every `.rst` and `.md` file under
 * `data/<notebook>/`); a single file is a notebook of one document, through the same steps.
 * Pure: no file system. src/cli/load-maps.ts reads the files for the CLI, benchmark and build.
 */
import { documentAsText } from './document/as-text';
import { applyCompanion, companionAliases, emptyCompanion, parseCompanion } from './companion';
import { buildConceptGraph } from './concepts/build-graph';
import type { ConceptGraph, GraphDiagnostic } from './concepts/model';
import type { NotesDocument } from './document/model';
import { resolveIncludes, type ReadIncluded } from './notebook/includes';
import { NOTES_EXTENSIONS, baseName, readerFor } from './readers';

const READABLE = NOTES_EXTENSIONS.join(', ');

export interface SourceFile {
  /** Relative to the project (`data/kubernetes.rst`): diagnostics name it. */
  file: string;
  text: string;
}

/** The files of a notebook folder, as the loader found them. */
export interface NotebookFiles {
  /** The folder, as the files are named (`data/cryptography`). */
  folder: string;
  /** Every notes file in it, at any depth, in path order. */
  files: SourceFile[];
  /** Files that could not be read (not UTF-8, unreadable): an error each, the rest still builds. */
  unreadable?: { file: string; problem: string }[];
  /** Reads another file of the folder, for `.. include::` (includes.ts). */
  readIncluded?: ReadIncluded;
}

export type MapInput = {
  /** The notes file's stem (`kubernetes`), or the notebook folder's name (`cryptography`). */
  mapId: string;
  /** `data/<map>.map.yaml`, when there is one. */
  companion?: SourceFile;
} & ({ notes: SourceFile } | { notebook: NotebookFiles });

export function buildMap(input: MapInput): ConceptGraph {
  const { companion, diagnostics: companionProblems } = input.companion
    ? parseCompanion(input.companion.text, input.companion.file)
    : { companion: emptyCompanion(), diagnostics: [] };

  const notebook = 'notebook' in input ? input.notebook : null;
  const files = 'notebook' in input ? input.notebook.files : [input.notes];
  const read = files.map((source) => ({ file: source.file, document: readNotes(source) }));
  const included = resolveIncludes(read, {
    ...(notebook ? { folder: notebook.folder } : {}),
    ...(notebook?.readIncluded ? { readIncluded: notebook.readIncluded } : {}),
    read: (file, text, like) => readNotes({ file, text }, like),
  });

  const graph = withDiagnostics(
    buildConceptGraph(included.documents, {
      mapId: input.mapId,
      ...(notebook ? { folder: notebook.folder } : {}),
      aliases: companionAliases(companion),
    }),
    [
      ...included.diagnostics,
      ...(notebook?.unreadable ?? []).map(({ file, problem }) => ({
        file,
        line: 1,
        severity: 'error' as const,
        message: `${problem}; this file is left out of the map.`,
      })),
    ],
  );

  if (!input.companion) return graph;
  return applyCompanion(
    { ...graph, diagnostics: [...graph.diagnostics, ...companionProblems] },
    companion,
    input.companion.file,
    notebook ? `${notebook.folder}/` : baseName(files[0]!.file),
  );
}

function withDiagnostics(graph: ConceptGraph, more: GraphDiagnostic[]): ConceptGraph {
  if (more.length === 0) return graph;
  const diagnostics = [...graph.diagnostics, ...more].sort((a, b) =>
    a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1,
  );
  return { ...graph, diagnostics };
}

/**
 * The notes through the reader their extension names (else `like`'s: an included `snippet.txt`
 * is read as the including file is); an unknown extension is a diagnostic.
 */
function readNotes(notes: SourceFile, like?: string): NotesDocument {
  const reader = readerFor(notes.file) ?? (like === undefined ? null : readerFor(like));
  if (reader) return reader.read(notes.text);
  // Nothing is lost: the text is kept as it is, for the panel and search.
  return documentAsText(notes.text === '' ? [] : notes.text.split('\n'), {
    line: 1,
    severity: 'error',
    message: `No reader for this kind of file: notes are read from ${READABLE}.`,
  });
}

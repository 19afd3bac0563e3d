/**
 * The one place where a map is built, top to bottom (STYLE.md "Data flow"):
 * companion text -> parseCompanion -> Companion ──────────────────────────────────┐
 * notes text -> readerFor(file).read -> NotesDocument -> buildConceptGraph(+ aliases) -> applyCompanion -> ConceptGraph
 *
 * Pure: no file system. src/cli/load-maps.ts reads the files for the CLI, benchmark and build.
 */
import { applyCompanion, companionAliases, emptyCompanion, parseCompanion } from './companion';
import { buildConceptGraph } from './concepts/build-graph';
import type { ConceptGraph } from './concepts/model';
import { NOTES_EXTENSIONS, baseName, readerFor } from './readers';
import type { NotesDocument } from './document/model';

const READABLE = NOTES_EXTENSIONS.join(', ');

interface SourceFile {
  /** Relative to the project (`data/kubernetes.rst`): diagnostics name it. */
  file: string;
  text: string;
}

export interface MapInput {
  /** The notes file's stem (`kubernetes`). */
  mapId: string;
  notes: SourceFile;
  /** `data/<map>.map.yaml`, when there is one. */
  companion?: SourceFile;
}

export function buildMap(input: MapInput): ConceptGraph {
  const { companion, diagnostics: companionProblems } = input.companion
    ? parseCompanion(input.companion.text, input.companion.file)
    : { companion: emptyCompanion(), diagnostics: [] };

  const document = readNotes(input.notes);

  const graph = buildConceptGraph(document, {
    mapId: input.mapId,
    file: input.notes.file,
    aliases: companionAliases(companion),
  });

  if (!input.companion) return graph;
  return applyCompanion(
    { ...graph, diagnostics: [...graph.diagnostics, ...companionProblems] },
    companion,
    input.companion.file,
    baseName(input.notes.file),
  );
}

/** The notes through the reader their extension names; an unknown extension is a diagnostic. */
function readNotes(notes: SourceFile): NotesDocument {
  const reader = readerFor(notes.file);
  if (reader) return reader.read(notes.text);
  return {
    title: null,
    titleLine: null,
    subtitle: null,
    subtitleLine: null,
    // Nothing is lost: the text is kept as it is, for the panel and search.
    blocks: notes.text === '' ? [] : [{ type: 'literalBlock', line: 1, text: notes.text }],
    lineCount: notes.text.split('\n').length,
    diagnostics: [
      {
        line: 1,
        severity: 'error',
        message: `No reader for this kind of file: notes are read from ${READABLE}.`,
      },
    ],
  };
}

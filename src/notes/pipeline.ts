/**
 * The one place where a map is built, top to bottom (STYLE.md "Data flow"):
 * companion text -> parseCompanion -> Companion ─────────────────────────────┐
 * notes text -> parseRst -> RstDocument -> buildConceptGraph(+ aliases) -> applyCompanion -> ConceptGraph
 *
 * Pure: no file system. src/node/load-maps.ts reads the files for the CLI, benchmark and build.
 */
import { applyCompanion, companionAliases, emptyCompanion, parseCompanion } from './companion';
import { buildConceptGraph } from './build-graph';
import type { ConceptGraph } from './model';
import { parseRst } from './rst';

export interface SourceFile {
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

  const document = parseRst(input.notes.text);

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
    fileName(input.notes.file),
  );
}

/** `data/kubernetes.rst` -> `kubernetes.rst` (no node:path here: this runs in the browser too). */
function fileName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

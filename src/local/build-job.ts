/**
 * Builds a map from notes opened in the browser: the very pipeline of `vite build`
 * (src/site/load-bundles.ts) — buildMap, then computeLayout — on files that are untrusted
 * exactly like the bundled notes. Runs in the Web Worker (build-worker.ts), so the page stays
 * responsive; tests run it directly.
 *
 * Which file is the notes and which the companion is decided here, by the readers' table, so
 * the page never loads the readers.
 */
import { computeLayout } from '../graph/layout';
import type { MapBundle, MapLayout } from '../graph/map-bundle';
import { buildMap } from '../notes/pipeline';
import { NOTES_EXTENSIONS, readerFor } from '../notes/readers';
import { localMapId } from '../routes/paths';
import { COMPANION_SUFFIX } from './companion-file';
import type { SharedFile } from './share-codec';

export interface BuildInput {
  /** The name the map is kept under; its notes file is named after it (`<name>.rst`). */
  name: string;
  /** One notes file and, optionally, its companion (`<name>.map.yaml`). */
  files: readonly SharedFile[];
  /** The map's layout before this update, so a small edit moves little. */
  previous: MapLayout | null;
}

export type BuildOutput =
  { ok: true; bundle: MapBundle; timings: BuildTimings } | { ok: false; problem: NotesProblem };

/** Milliseconds spent reading the notes into a graph, and laying it out. */
interface BuildTimings {
  read: number;
  layout: number;
}

export type NotesProblem =
  /** No file that a reader reads: `readable` lists what is (`.rst`, `.md`, …). */
  | { kind: 'no-notes'; files: string[]; readable: readonly string[] }
  /** More than one notes file for one map (a link made by hand). */
  | { kind: 'several-notes'; files: string[] };

export interface BuildStage {
  stage: 'reading' | 'layout';
  /** The concepts being laid out, once they are known. */
  concepts?: number;
}

export async function buildLocalMap(
  input: BuildInput,
  onStage: (stage: BuildStage) => void = () => {},
  now: () => number = () => performance.now(),
): Promise<BuildOutput> {
  const notes = input.files.filter((file) => readerFor(file.name) !== null);
  const companion = input.files.find((file) => file.name.endsWith(COMPANION_SUFFIX));
  if (notes.length === 0) {
    const files = input.files.map((file) => file.name);
    return { ok: false, problem: { kind: 'no-notes', files, readable: NOTES_EXTENSIONS } };
  }
  if (notes.length > 1) {
    return { ok: false, problem: { kind: 'several-notes', files: notes.map((file) => file.name) } };
  }

  onStage({ stage: 'reading' });
  const started = now();
  const graph = buildMap({
    mapId: input.name,
    notes: { file: notes[0]!.name, text: notes[0]!.text },
    ...(companion ? { companion: { file: companion.name, text: companion.text } } : {}),
  });
  const read = now() - started;

  onStage({ stage: 'layout', concepts: graph.nodes.length });
  // The layout keys positions by node id; the map id only names the map, so it is set last.
  const layout = await computeLayout(graph, input.previous);
  const bundle: MapBundle = { ...layout, graph: { ...graph, mapId: localMapId(input.name) } };
  return { ok: true, bundle, timings: { read, layout: now() - started - read } };
}

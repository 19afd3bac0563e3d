/**
 * Reads every map in data/ (notes files and notebook folders) and prepares it for the app:
 * notes -> buildMap -> ConceptGraph -> computeLayout -> MapBundle. One unreadable file does not
 * stop the others (STYLE.md "Data flow": per-file error isolation); it is reported like a
 * diagnostic and listed in the catalogue with its `error`, without a bundle (a file of a
 * notebook that cannot be read is an error of that notebook, which still builds).
 */
import { relative, resolve } from 'node:path';
import type { MapBundle, MapSummary } from '../graph/map-bundle';
import { computeLayout } from '../graph/layout';
import type { GraphDiagnostic } from '../notes/concepts/model';
import { formatDiagnostic } from '../notes/diagnostics';
import { buildMap } from '../notes/pipeline';
import { companionPathFor, listMaps, readMap } from '../cli/load-maps';
import { layoutFilePath, readLayoutFile, writeLayoutFile } from './layout-files';
import { layoutOptionsFor } from './layout-pool';

export interface LoadedMaps {
  catalogue: MapSummary[];
  bundles: Map<string, MapBundle>;
  /** Every file and folder read or looked for (notes, notebooks, companions), for the watcher. */
  files: string[];
  /** Lines to print, `file:line: severity: message`, in map order. */
  report: ReportLine[];
}

export interface ReportLine {
  severity: GraphDiagnostic['severity'];
  text: string;
}

export async function loadBundles(dataDir: string, root: string): Promise<LoadedMaps> {
  const loaded: LoadedMaps = { catalogue: [], bundles: new Map(), files: [], report: [] };
  let entries: ReturnType<typeof listMaps>;
  try {
    entries = listMaps(dataDir);
  } catch (error) {
    loaded.report.push({
      severity: 'warning',
      text: `${dataDir}: cannot list the notes (${(error as Error).message}); no maps are bundled`,
    });
    return loaded;
  }

  for (const entry of entries) {
    loaded.files.push(entry.notesPath, companionPathFor(entry.notesPath));
    if (loaded.bundles.has(entry.mapId) || loaded.catalogue.some((map) => map.id === entry.mapId)) {
      // `data/x.rst` and a notebook `data/x/` (or `x.rst` and `x.md`) would be one URL.
      loaded.report.push({
        severity: 'error',
        text: `${entry.notesPath}: another map is already named "${entry.mapId}"; rename one of them (map skipped)`,
      });
      continue;
    }
    let input: ReturnType<typeof readMap>;
    try {
      input = readMap(entry.notesPath, { root });
    } catch (error) {
      // NotesFileError messages already read `file: problem; what to do`. The map stays in the
      // catalogue as an error entry, so the app says why it is missing instead of "no such map".
      const message = (error as Error).message;
      loaded.report.push({ severity: 'error', text: `${message} (map skipped)` });
      loaded.catalogue.push({ id: entry.mapId, title: entry.mapId, nodeCount: 0, error: message });
      continue;
    }
    if ('notebook' in input) {
      loaded.files.push(...input.notebook.files.map((file) => resolve(root, file.file)));
    }
    const graph = buildMap(input);
    for (const diagnostic of graph.diagnostics) {
      loaded.report.push({ severity: diagnostic.severity, text: formatDiagnostic(diagnostic) });
    }
    // The layout file keeps the picture the reader has learned: only what is new is placed.
    const layoutPath = layoutFilePath(dataDir, graph.mapId);
    const layoutShown = relative(root, layoutPath) || layoutPath;
    const previous = readLayoutFile(layoutPath, layoutShown);
    if (previous.warning) loaded.report.push({ severity: 'warning', text: previous.warning });
    const layout = await computeLayout(graph, previous.layout, layoutOptionsFor(graph));
    const order = [...graph.nodes].sort((a, b) => a.order - b.order).map((node) => node.id);
    const unwritten = writeLayoutFile(layoutPath, layoutShown, layout, order);
    if (unwritten) loaded.report.push({ severity: 'warning', text: unwritten });
    loaded.bundles.set(graph.mapId, { graph, ...layout });
    loaded.catalogue.push({ id: graph.mapId, title: graph.title, nodeCount: graph.nodes.length });
  }
  return loaded;
}

/**
 * The Vite plugin that bundles the notes in data/ (every `*.rst` or `*.md` file is a map, its id
 * the file stem, and every folder of notes files is one map, a notebook, its id the folder's
 * name; `MUSUBI_DATA=dir` reads another folder, e.g. the hostile-notes fixture in the e2e tests):
 *
 * - provides `virtual:musubi-maps` (a MapSource) and one lazily loaded module per map, holding its
 *   concept graph and the positions computed here, at build time (layout.ts; no layout in the app);
 * - prints each map's diagnostics as `file:line: severity: message`; the build still succeeds,
 *   unless `MUSUBI_CHECK=1` and one is an error (build-check.ts);
 * - a notes file that cannot be read is printed, listed in the catalogue with its error, and the
 *   other maps are built as usual;
 * - in dev, watches data/ and every folder in it: editing, adding or removing notes (in a notebook
 *   at any depth too) rebuilds the maps and reloads the page;
 * - in `vite build`, writes the static pages for deep links (node-pages.ts), puts the
 *   Content-Security-Policy into every page (content-security-policy.ts) and has each page
 *   preload the Cytoscape chunk (preload-map-adapter.ts);
 * - in `vite build`, writes `local/index.html` and the one-file template (local-pages.ts).
 */
import { relative, resolve, sep } from 'node:path';
import type { Logger, Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { checkFailure, checkRequested } from './build-check';
import { contentSecurityPolicy } from './content-security-policy';
import { devLayoutMiddleware } from './dev-layout';
import { reportChanges } from './report-changes';
import { loadBundles, type LoadedMaps, type ReportLine } from './load-bundles';
import { staticPages } from './node-pages';
import { writePages } from './write-pages';
import { localPages } from './local-pages';
import { preloadMapAdapter } from './preload-map-adapter';
import {
  CATALOGUE_MODULE,
  MAP_MODULE_PREFIX,
  PART_MODULE_PREFIX,
  catalogueModuleSource,
  mapIdOfModule,
  mapModules,
  partOfModule,
  type MapModules,
} from './virtual-maps';

export interface MusubiPluginOptions {
  /** Where the notes are, relative to the project root (default: `$MUSUBI_DATA`, else `data`). */
  dataDir?: string;
  /** Fail `vite build` when a map has an error diagnostic (default: `$MUSUBI_CHECK` is 1). */
  check?: boolean;
}

/** Rollup's marker for virtual modules: other plugins leave `\0` ids alone. */
const VIRTUAL = '\0';

/**
 * The maps plugin and, for `vite build` only, the Content-Security-Policy and preload plugins and
 * the pages of notes opened in the browser (local-pages.ts).
 */
export function musubiMaps(options: MusubiPluginOptions = {}): Plugin[] {
  return [mapsPlugin(options), contentSecurityPolicy(), preloadMapAdapter(), localPages()];
}

function mapsPlugin(options: MusubiPluginOptions): Plugin {
  const check = options.check ?? checkRequested();
  let config: ResolvedConfig;
  let dataDir = '';
  let maps: Promise<LoadedMaps> | null = null;
  // A big map's module and its parts are written from one split (virtual-maps.ts).
  const modules = new WeakMap<object, MapModules>();
  const modulesOf = (bundle: Parameters<typeof mapModules>[0]): MapModules => {
    let written = modules.get(bundle);
    if (!written) {
      written = mapModules(bundle);
      modules.set(bundle, written);
    }
    return written;
  };

  // What was last printed: after a save in `npm start`, only what changed is printed again.
  let printed: readonly ReportLine[] | null = null;
  const loadMaps = (): Promise<LoadedMaps> => {
    maps ??= loadBundles(dataDir, config.root).then((loaded) => {
      if (printed === null) {
        printReport(config.logger, loaded.report);
      } else {
        const { appeared, resolved } = reportChanges(printed, loaded.report);
        printReport(config.logger, appeared);
        for (const line of resolved) config.logger.info(`fixed: ${line.text}`);
      }
      printed = loaded.report;
      return loaded;
    });
    return maps;
  };

  return {
    name: 'musubi-maps',

    configResolved(resolved) {
      config = resolved;
      dataDir = resolve(resolved.root, options.dataDir ?? (process.env.MUSUBI_DATA || 'data'));
      // The node pages live at different depths and reuse one index.html, so its asset URLs
      // must be absolute (`/assets/…` or `/musubi/assets/…`), never relative.
      if (resolved.command === 'build' && !resolved.base.startsWith('/')) {
        throw new Error(
          `musubi: base "${resolved.base}" is relative; set MUSUBI_BASE to an absolute path such as /musubi/ (the node pages need absolute asset URLs)`,
        );
      }
    },

    async buildStart() {
      // Vitest's own dev server loads this config too; it imports the maps only when a test
      // needs them (load() below). Builds run from tests (the e2e setup) load them here.
      if (process.env.VITEST && config.command !== 'build') return;
      const loaded = await loadMaps();
      if (config.command !== 'build') return;
      for (const file of loaded.files) this.addWatchFile(file);
      // After printing every diagnostic (loadMaps), so the author sees all of them at once.
      const failure = check ? checkFailure(loaded.report) : null;
      if (failure) this.error(failure);
    },

    resolveId(id) {
      if (
        id === CATALOGUE_MODULE ||
        id.startsWith(MAP_MODULE_PREFIX) ||
        id.startsWith(PART_MODULE_PREFIX)
      ) {
        return VIRTUAL + id;
      }
      return null;
    },

    async load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const moduleId = id.slice(VIRTUAL.length);
      if (moduleId === CATALOGUE_MODULE) {
        return catalogueModuleSource((await loadMaps()).catalogue);
      }
      const part = partOfModule(moduleId);
      if (part) {
        const bundle = (await loadMaps()).bundles.get(part.mapId);
        const source = bundle ? modulesOf(bundle).parts[part.index] : undefined;
        if (source === undefined) throw new Error(`musubi: no part ${moduleId} in ${dataDir}`);
        return source;
      }
      const mapId = mapIdOfModule(moduleId);
      if (mapId === null) return null;
      const bundle = (await loadMaps()).bundles.get(mapId);
      if (!bundle) throw new Error(`musubi: no map "${mapId}" in ${dataDir}`);
      return modulesOf(bundle).map;
    },

    watchChange(id) {
      // `vite build --watch`: a changed notes file means a new layout.
      if (isInside(id, dataDir)) maps = null;
    },

    configureServer(server) {
      server.watcher.add(dataDir);
      const onChange = (path: string) => {
        // Layout files are written by the build and by dragging (they change no notes).
        if (!isInside(path, dataDir) || path.endsWith('.layout.json')) return;
        maps = null;
        invalidateMapModules(server);
        // Rebuild now, so the diagnostics are printed as soon as the notes are saved.
        void loadMaps().then(() => server.ws.send({ type: 'full-reload' }));
      };
      server.watcher.on('add', onChange);
      server.watcher.on('change', onChange);
      server.watcher.on('unlink', onChange);
      // Dragging a concept in `npm start` pins it in the map's layout file (dev-layout.ts).
      server.middlewares.use(
        devLayoutMiddleware({
          dataDir,
          root: config.root,
          currentLayout: async (mapId) => {
            const bundle = (await loadMaps()).bundles.get(mapId);
            if (!bundle) return null;
            const order = [...bundle.graph.nodes]
              .sort((a, b) => a.order - b.order)
              .map((node) => node.id as string);
            const layout = {
              positions: bundle.positions,
              ...(bundle.pinned ? { pinned: bundle.pinned } : {}),
            };
            return { layout, order };
          },
          onChanged: (_mapId, reload) => {
            maps = null;
            invalidateMapModules(server);
            void loadMaps().then(() => {
              if (reload) server.ws.send({ type: 'full-reload' });
            });
          },
        }),
      );
    },

    async writeBundle(output, bundle) {
      if (config.command !== 'build' || this.environment.name !== 'client') return;
      const index = bundle['index.html'];
      if (!index || index.type !== 'asset') return;
      const outDir = output.dir ?? resolve(config.root, config.build.outDir);
      const loaded = await loadMaps();
      const graphs = [...loaded.bundles.values()].map((mapBundle) => mapBundle.graph);
      const { pages, skipped } = staticPages(String(index.source), graphs);
      const written = await writePages(outDir, pages);
      for (const what of skipped) {
        config.logger.warn(`musubi: no deep-link page for ${what}: its id is not a directory name`);
      }
      config.logger.info(
        `musubi: wrote ${pages.length} static pages for deep links (${written.files} files, the others identical and linked to them)`,
      );
    },
  };
}

function printReport(logger: Logger, report: readonly ReportLine[]): void {
  for (const line of report) {
    if (line.severity === 'error' || line.severity === 'severe') logger.error(line.text);
    else if (line.severity === 'warning') logger.warn(line.text);
    else logger.info(line.text);
  }
}

function invalidateMapModules(server: ViteDevServer): void {
  for (const environment of Object.values(server.environments)) {
    for (const [id, module] of environment.moduleGraph.idToModuleMap) {
      if (
        id.startsWith(VIRTUAL + CATALOGUE_MODULE) ||
        id.startsWith(VIRTUAL + MAP_MODULE_PREFIX) ||
        id.startsWith(VIRTUAL + PART_MODULE_PREFIX)
      ) {
        environment.moduleGraph.invalidateModule(module);
      }
    }
  }
}

function isInside(path: string, dir: string): boolean {
  const inside = relative(dir, resolve(path));
  return inside !== '' && !inside.startsWith('..') && !inside.startsWith(sep);
}

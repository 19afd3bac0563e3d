import { createRoot } from 'react-dom/client';
import { createBrowserRouter, createHashRouter } from 'react-router';
import source from 'virtual:musubi-maps';
import type { MapSource } from './graph/map-bundle';
import { legendEntries } from './graph/style';
import { App } from './App';
import { createAppRoutes } from './ui/routes';
import { localMapsOfPage } from './ui/LocalMaps/page';
import { mapIdOfPath } from './routes/paths';
import './ui/styles/app.css';

// Static hosts answer /kubernetes/node/pod with a redirect to /kubernetes/node/pod/ (the folder
// of that concept's page). Drop the slash before the router reads the address, so the app starts
// on the canonical URL with no navigation of its own: a navigation at start-up could land after
// the presenter's first key press and undo it. (CanonicalPath handles any slash later on.)
stripTrailingSlash(import.meta.env.BASE_URL);

// Cytoscape is most of the app's weight and only a map needs it, so it is its own chunk,
// fetched at start-up alongside the map data (not after it). A map is drawn only once its
// loadMap() has resolved, and that waits for the chunk too, so the adapter is always there.
const mapModule = import('./graph/create-concept-map');

// Notes opened in the browser: kept in IndexedDB and built in a worker on the site; a one-file
// page (src/local/one-file.ts) has its one map inline and its URLs in the fragment. Their maps
// too wait for the drawing chunk.
const local = localMapsOfPage(mapModule);
if (local.oneFile && window.location.hash === '') {
  window.history.replaceState(null, '', `#${local.oneFile.start}`);
}

// Vite's base URL (`/` or `/musubi/` on a project page) is the router's basename.
const router = local.oneFile
  ? createHashRouter(createAppRoutes(local.services))
  : createBrowserRouter(createAppRoutes(local.services), { basename: import.meta.env.BASE_URL });

const loading = new Map<string, ReturnType<MapSource['loadMap']>>();
const appSource: MapSource = {
  // A one-file page shows its own map only, not the site's it was made on.
  catalogue: local.oneFile ? [] : source.catalogue,
  loadMap: (id) => {
    let bundle = loading.get(id);
    if (!bundle) {
      bundle = Promise.all([source.loadMap(id), mapModule]).then(([loaded]) => loaded);
      loading.set(id, bundle);
    }
    return bundle;
  },
};
// Ask for the map the URL names now, while React is still starting, rather than once the
// route renders: the map's data then arrives alongside Cytoscape.
const wanted = local.oneFile ? null : mapInUrl(window.location.pathname);
if (wanted) void appSource.loadMap(wanted);

function mapInUrl(pathname: string): string | null {
  const base = import.meta.env.BASE_URL;
  if (!pathname.startsWith(base)) return null;
  const id = mapIdOfPath(pathname.slice(base.length));
  if (id === null) return source.catalogue.length === 1 ? source.catalogue[0]!.id : null;
  return source.catalogue.some((map) => map.id === id && !map.error) ? id : null;
}
let createConceptMap: Awaited<typeof mapModule>['createConceptMap'] | null = null;
void mapModule.then((module) => (createConceptMap = module.createConceptMap));

createRoot(document.getElementById('root')!).render(
  <App
    source={appSource}
    adapter={{
      createConceptMap: (options) => {
        if (!createConceptMap) throw new Error('The map module is not loaded yet.');
        return createConceptMap(options);
      },
      legendEntries,
    }}
    router={router}
  />,
);

function stripTrailingSlash(base: string): void {
  const { pathname, search, hash } = window.location;
  if (pathname.length <= base.length || !pathname.endsWith('/')) return;
  const canonical = pathname.replace(/\/+$/, '') + search + hash;
  window.history.replaceState(window.history.state, '', canonical);
}

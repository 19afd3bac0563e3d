import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import source from 'virtual:musubi-maps';
import type { MapSource } from './graph/map-bundle';
import { legendEntries } from './graph/style';
import { App } from './App';
import { createAppRoutes } from './routes/routes';
import './ui/styles/app.css';

// Vite's base URL (`/` or `/musubi/` on a project page) is the router's basename.
const router = createBrowserRouter(createAppRoutes(), { basename: import.meta.env.BASE_URL });

// Cytoscape is most of the app's weight and only a map needs it, so it is its own chunk,
// fetched at start-up alongside the map data (not after it). A map is drawn only once its
// loadMap() has resolved, and that waits for the chunk too, so the adapter is always there.
const mapModule = import('./graph/create-concept-map');
const appSource: MapSource = {
  catalogue: source.catalogue,
  loadMap: async (id) => (await Promise.all([source.loadMap(id), mapModule]))[0],
};
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

import { StrictMode, useState } from 'react';
import { RouterProvider } from 'react-router';
import type { DataRouter } from 'react-router';
import type { MapSource } from './graph/map-bundle';
import { MapAdapterContext } from './ui/ConceptMap/adapter';
import type { MapAdapter } from './ui/ConceptMap/adapter';
import { I18nProvider } from './ui/i18n/I18nProvider';
import { createMapStore, MapStoreContext } from './ui/MapScreen/useMapBundle';
import { ThemeProvider } from './ui/Theme/ThemeProvider';

interface AppProps {
  /** Where the maps come from: the build's virtual module, or fixtures in tests. */
  source: MapSource;
  /** The Cytoscape adapter (a fake in tests, where jsdom has no canvas). */
  adapter: MapAdapter;
  /**
   * A browser router in the app (made once in main.tsx: a router made during render would be
   * made twice under StrictMode, each listening to history), a memory router in tests.
   */
  router: DataRouter;
}

export function App({ source, adapter, router }: AppProps) {
  const [store] = useState(() => createMapStore(source));
  return (
    <StrictMode>
      <ThemeProvider>
        <I18nProvider>
          <MapStoreContext.Provider value={store}>
            <MapAdapterContext.Provider value={adapter}>
              <RouterProvider router={router} />
            </MapAdapterContext.Provider>
          </MapStoreContext.Provider>
        </I18nProvider>
      </ThemeProvider>
    </StrictMode>
  );
}

import { useEffect, useMemo, useState } from 'react';
import { Outlet } from 'react-router';
import { MapStoreContext } from '../MapScreen/useMapBundle';
import { useLocalMaps } from './local-maps-context';
import { localMapStore } from './local-map-store';

/**
 * The element around every `/local/<name>/…` route: the same map screens as the bundled maps
 * (explorer, presenting, speaker, handout, and whatever comes next), reading their map from the
 * browser's library instead of the build. When a kept map changes (an update here or in another
 * tab), the store is made anew and the screens remount on the new version.
 */
export function LocalScope() {
  const services = useLocalMaps();
  const library = services?.library ?? null;
  const [version, setVersion] = useState(0);

  useEffect(() => library?.subscribe(() => setVersion((value) => value + 1)), [library]);

  const store = useMemo(
    () => (services && library ? localMapStore(library, services.drawReady) : null),
    // A new store per change of the library, so nothing stale is shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [library, version],
  );
  if (!store) return null;
  return (
    <MapStoreContext.Provider value={store}>
      <Outlet key={version} />
    </MapStoreContext.Provider>
  );
}

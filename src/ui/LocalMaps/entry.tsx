/**
 * Where notes opened in the browser show on the app's own screens, each one element: the map
 * list's section and the map header's actions. Small on purpose: the dialogs, the list and the
 * codec load when first used, so the page's first load barely grows.
 */
import { lazy, Suspense, useState } from 'react';
import { useLocation } from 'react-router';
import type { LocalMap } from '../../local/store';
import { pathInMap } from '../../routes/local-fragment';
import { localMapName } from '../../routes/paths';
import { useMessages } from '../i18n/dictionary';
import { useMapView } from '../MapScreen/map-view';
import { entryMessages } from './entry-messages';
import { useLocalMaps } from './local-maps-context';
import { OpenNotesButton } from './OpenNotesButton';

const LocalMapsSection = lazy(async () => ({
  default: (await import('./screens')).LocalMapsSection,
}));
const OpenNotesDialog = lazy(async () => ({
  default: (await import('./screens')).OpenNotesDialog,
}));
const ShareDialog = lazy(async () => ({
  default: (await import('./screens')).ShareDialog,
}));

/** The map list's section of maps opened in this browser. */
export function LocalMapsOnList() {
  if (!useLocalMaps()) return null;
  return (
    <Suspense fallback={null}>
      <LocalMapsSection />
    </Suspense>
  );
}

/** The map header's "Open notes…", and "Share" on a map opened in this browser. */
export function LocalMapActions() {
  const services = useLocalMaps();
  if (!services) return null;
  return (
    <>
      {services.builder ? <OpenNotesButton dialog={OpenNotesDialog} /> : null}
      {services.siteUrl ? <ShareButton /> : null}
    </>
  );
}

function ShareButton() {
  const entry = useMessages(entryMessages);
  const { graph } = useMapView();
  const { pathname, search } = useLocation();
  const library = useLocalMaps()!.library;
  const [sharing, setSharing] = useState<LocalMap | null>(null);
  const name = localMapName(graph.mapId);
  if (name === null) return null;
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => void library.get(name).then(setSharing)}
      >
        {entry('local.share')}
      </button>
      {sharing ? (
        <Suspense fallback={null}>
          <ShareDialog
            map={sharing}
            at={pathInMap(graph.mapId, pathname + search)}
            onClose={() => setSharing(null)}
          />
        </Suspense>
      ) : null}
    </>
  );
}

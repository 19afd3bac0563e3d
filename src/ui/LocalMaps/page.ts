/**
 * How this page holds notes opened in the browser, decided once at start-up (src/main.tsx): on
 * the site, IndexedDB and the build worker; on a one-file page (its map inline, opened from
 * disk), a library in memory holding that one map, and no builder. Both load on first use.
 */
import { deferredBuilder, deferredLibrary } from '../../local/deferred';
import { readOneFile } from '../../local/one-file';
import { localMapId, paths } from '../../routes/paths';
import type { LocalMapsServices } from './local-maps-context';

export interface LocalMapsPage {
  services: LocalMapsServices;
  /**
   * A one-file page: the app's URLs live in the fragment (`map.html#/local/<name>/node/<id>`),
   * since a file on disk has no paths of its own. `start` is where it opens with none.
   */
  oneFile: { start: string } | null;
}

export function localMapsOfPage(drawReady: Promise<unknown>): LocalMapsPage {
  const oneFile = readOneFile(document);
  if (oneFile === null) {
    return {
      services: {
        library: deferredLibrary(async () =>
          (await import('../../local/store')).indexedDbLibrary(),
        ),
        builder: deferredBuilder(async () =>
          (await import('../../local/build-client')).workerBuilder(),
        ),
        siteUrl: new URL(import.meta.env.BASE_URL, window.location.origin).href,
        broken: false,
        drawReady,
      },
      oneFile: null,
    };
  }
  const kept = oneFile.ok ? [oneFile.map] : [];
  const library = deferredLibrary(async () =>
    (await import('../../local/store')).memoryLibrary(kept),
  );
  const start = oneFile.ok
    ? paths.map.href(localMapId(oneFile.map.summary.name))
    : paths.home.href();
  return {
    services: { library, builder: null, siteUrl: null, broken: !oneFile.ok, drawReady },
    oneFile: { start },
  };
}

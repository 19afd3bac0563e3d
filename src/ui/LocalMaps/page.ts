/**
 * How this page holds notes opened in the browser, decided once at start-up (src/main.tsx): on
 * the site, IndexedDB and the build worker; on a one-file page (its map inline, opened from
 * disk), a library in memory holding that one map, and no builder.
 */
import { workerBuilder } from '../../local/build-client';
import { readOneFile } from '../../local/one-file';
import { indexedDbLibrary, memoryLibrary } from '../../local/store';
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
        library: indexedDbLibrary(),
        builder: workerBuilder(),
        siteUrl: new URL(import.meta.env.BASE_URL, window.location.origin).href,
        broken: false,
        drawReady,
      },
      oneFile: null,
    };
  }
  const library = memoryLibrary(oneFile.ok ? [oneFile.map] : []);
  const start = oneFile.ok
    ? paths.map.href(localMapId(oneFile.map.summary.name))
    : paths.home.href();
  return {
    services: { library, builder: null, siteUrl: null, broken: !oneFile.ok, drawReady },
    oneFile: { start },
  };
}

import { createContext, useContext } from 'react';
import type { MapBuilder } from '../../local/build-client';
import type { LocalLibrary } from '../../local/store';

/** What the pages need to open, keep and share notes in the browser (made in page.ts). */
export interface LocalMapsServices {
  library: LocalLibrary;
  /** The build worker; null on a one-file page, which shows its one map and opens nothing. */
  builder: MapBuilder | null;
  /** The site's address (origin and base), for share links and the one-file template. */
  siteUrl: string | null;
  /** A one-file page whose map could not be read (a cut download). */
  broken: boolean;
  /** What must be loaded before a map can be drawn (the Cytoscape chunk, src/main.tsx). */
  drawReady: Promise<unknown>;
}

export const LocalMapsContext = createContext<LocalMapsServices | null>(null);

/** The services, or null where the app was started without them (component tests). */
export function useLocalMaps(): LocalMapsServices | null {
  return useContext(LocalMapsContext);
}

/**
 * What a share link carries after the `#` of `/local/#…` (the fragment never reaches a server):
 *
 *   #at=%2Fnode%2Fpod&notes=<payload>
 *
 * `notes` is the compressed notes (src/local/share-codec.ts); `at` is where in the map the link
 * lands (the app path after the map's own, here `/node/pod`), first, so that a link cut short by
 * a chat app loses the end of the payload (which the codec detects), not the landing place.
 */
import { paths } from './paths';

const AT_PARAM = 'at';
const NOTES_PARAM = 'notes';

export interface ShareFragment {
  /** The path inside the map, `''` for the whole map (`/node/pod`, `/present/intro/pod`). */
  at: string;
  /** The encoded notes: base64url text, not yet checked. */
  payload: string;
}

/** The app-relative href of a share link (`/local/#at=…&notes=…`). */
export function shareHref({ at, payload }: ShareFragment): string {
  const atPart = at === '' ? '' : `${AT_PARAM}=${encodeURIComponent(at)}&`;
  return `${paths.local.href()}/#${atPart}${NOTES_PARAM}=${payload}`;
}

/** The share link's parts in a fragment (`#…` or without the `#`); null when it is not one. */
export function readShareFragment(hash: string): ShareFragment | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const payload = params.get(NOTES_PARAM);
  if (payload === null) return null;
  return { at: safePathInMap(params.get(AT_PARAM) ?? ''), payload };
}

/**
 * Where `appPath` (`/local/notes/node/pod?depth=1`) is inside the map `mapId`: `/node/pod?depth=1`,
 * or `''` when the path is the map itself or not inside it.
 */
export function pathInMap(mapId: string, appPath: string): string {
  const mapPath = paths.map.href(mapId);
  if (!appPath.startsWith(mapPath)) return '';
  return safePathInMap(appPath.slice(mapPath.length));
}

/** The app path of `at` inside the map `mapId` (the inverse of pathInMap). */
export function appPathInMap(mapId: string, at: string): string {
  return paths.map.href(mapId) + safePathInMap(at);
}

/**
 * A path inside a map as a link may carry it: `/segment/…` with an optional query, no empty,
 * `.` or `..` segment (which would climb out of the map) and no fragment; anything else lands on
 * the whole map.
 */
function safePathInMap(at: string): string {
  const [path = '', ...query] = at.split('?');
  if (at === '' || at.includes('#') || !path.startsWith('/')) return '';
  const segments = path.slice(1).split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return '';
  return query.length === 0 ? path : `${path}?${query.join('?')}`;
}

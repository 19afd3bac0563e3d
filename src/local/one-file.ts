/**
 * "Download as one HTML file": the app (one inline script), its styles, and one map — its notes,
 * its concept graph and its layout — in a single self-contained page that opens from disk with
 * no server, for notes too large for a link. The build writes the page without the map
 * (src/site/one-file-template.ts); here the map goes into its data slot.
 *
 * The data is a `<script type="application/json">`: a data block the browser never runs, so the
 * page's Content-Security-Policy, which allows exactly the app's script by its hash, needs no
 * change for it. Every `<` in it is written `\u003c`, so nothing in the notes can close the
 * element early (`</script>`) and become markup.
 */
import type { LocalMap } from './store';

/** Where the build writes the template, relative to the site's base URL. */
export const ONE_FILE_TEMPLATE_PATH = 'local/one-file-template.html';

const DATA_ID = 'musubi-one-file';
/** The empty data slot of the template, filled by writeOneFile. */
export const ONE_FILE_DATA_SLOT = `<script type="application/json" id="${DATA_ID}"></script>`;

const FORMAT = 1;

interface OneFileData {
  format: typeof FORMAT;
  map: LocalMap;
}

/** The template with `map` in its data slot. */
export function writeOneFile(template: string, map: LocalMap): string {
  if (!template.includes(ONE_FILE_DATA_SLOT)) {
    throw new Error('the one-file template has no data slot (was it built by this version?)');
  }
  const data: OneFileData = { format: FORMAT, map };
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const filled = ONE_FILE_DATA_SLOT.replace('></', () => `>${json}</`);
  // split/join, not replace(): `$&` and friends in the notes must stay text.
  return template.split(ONE_FILE_DATA_SLOT).join(filled);
}

export type OneFilePage = { ok: true; map: LocalMap } | { ok: false };

/**
 * The map of a one-file page; null on any other page (no data slot, or the empty slot of the
 * template itself); `{ ok: false }` when the data is damaged (a cut download).
 */
export function readOneFile(document: Document): OneFilePage | null {
  const slot = document.getElementById(DATA_ID);
  if (!slot || slot.textContent === '') return null;
  try {
    const data = JSON.parse(slot.textContent ?? '') as Partial<OneFileData> | null;
    const map = data?.map;
    const valid =
      data?.format === FORMAT &&
      typeof map?.summary?.name === 'string' &&
      Array.isArray(map.files) &&
      Array.isArray(map.bundle?.graph?.nodes) &&
      typeof map.bundle.positions === 'object';
    return valid ? { ok: true, map } : { ok: false };
  } catch {
    return { ok: false };
  }
}

/** Fetches the template from the site, fills it and has the browser save `<name>.html`. */
export async function downloadOneFile(map: LocalMap, templateUrl: string): Promise<void> {
  const response = await fetch(templateUrl);
  if (!response.ok) throw new Error(`${templateUrl} answered ${response.status}`);
  const html = writeOneFile(await response.text(), map);
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${map.summary.name}.html`;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has started the download; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

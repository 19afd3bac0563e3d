/**
 * `npm start` only: dragging a concept pins it where the author put it, in the map's layout file
 * (`data/<map>.layout.json`, meant to be committed), and "Reset layout" unpins every concept of
 * the map (issue 9). The app posts to this endpoint of the dev server; a static build has no
 * such endpoint, and dragging there is a local rearrangement (src/ui/ConceptMap/LayoutControls).
 *
 *   POST /__musubi/layout  { "map": "kubernetes", "moved": { "pod": [120, -40] } }
 *   POST /__musubi/layout  { "map": "kubernetes", "reset": true }
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { relative } from 'node:path';
import { z } from 'zod';
import type { MapLayout } from '../graph/map-bundle';
import { layoutFilePath, readLayoutFile, writeLayoutFile } from './layout-files';

const DEV_LAYOUT_ENDPOINT = '/__musubi/layout';

const requestSchema = z.union([
  z.object({
    map: z.string().regex(/^[^/\\]+$/),
    moved: z.record(z.string(), z.tuple([z.number().finite(), z.number().finite()])),
  }),
  z.object({ map: z.string().regex(/^[^/\\]+$/), reset: z.literal(true) }),
]);

export interface DevLayoutOptions {
  dataDir: string;
  root: string;
  /** The map's current layout (what the page shows), when the file has none yet. */
  currentLayout(mapId: string): Promise<{ layout: MapLayout; order: string[] } | null>;
  /**
   * The layout file changed: the maps are rebuilt from it (a reload then shows what was saved);
   * after a reset the page is reloaded at once, since concepts go back to computed places.
   */
  onChanged(mapId: string, reload: boolean): void;
}

export function devLayoutMiddleware(options: DevLayoutOptions) {
  return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    if (request.url !== DEV_LAYOUT_ENDPOINT || request.method !== 'POST') return next();
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > 1_000_000) request.destroy();
    });
    request.on('end', () => {
      void handle(body, options).then(
        (result) => reply(response, result.status, result.message),
        (error: unknown) => reply(response, 500, (error as Error).message),
      );
    });
  };
}

async function handle(
  body: string,
  options: DevLayoutOptions,
): Promise<{ status: number; message: string }> {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { status: 400, message: 'not JSON' };
  }
  const parsed = requestSchema.safeParse(json);
  if (!parsed.success) return { status: 400, message: 'expected { map, moved } or { map, reset }' };
  const request = parsed.data;
  const current = await options.currentLayout(request.map);
  if (!current) return { status: 404, message: `no map "${request.map}"` };
  const path = layoutFilePath(options.dataDir, request.map);
  const shown = relative(options.root, path) || path;
  const fromFile = readLayoutFile(path, shown).layout;
  const layout: MapLayout = fromFile ?? current.layout;
  const positions: Record<string, { x: number; y: number }> = { ...layout.positions };
  const pinned = new Set(layout.pinned ?? []);
  if ('reset' in request) {
    // Unpinned concepts lose their place too, so the next build lays them out again.
    for (const id of pinned) delete positions[id];
    pinned.clear();
  } else {
    for (const [id, [x, y]] of Object.entries(request.moved)) {
      positions[id] = { x: Math.round(x), y: Math.round(y) };
      pinned.add(id);
    }
  }
  const problem = writeLayoutFile(
    path,
    shown,
    { positions, ...(pinned.size > 0 ? { pinned: [...pinned] } : {}) },
    current.order,
  );
  if (problem) return { status: 500, message: problem };
  options.onChanged(request.map, 'reset' in request);
  return { status: 200, message: shown };
}

function reply(response: ServerResponse, status: number, message: string): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify({ ok: status === 200, message }));
}

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, createServer, type Logger } from 'vite';
import { musubiMaps } from '../../../src/site/vite-plugin-musubi';
import type { MapSource } from '../../../src/graph/map-bundle';

/** A throwaway Vite project: index.html, an entry that opens the maps, and `data/<file>`s. */
export interface TempProject {
  root: string;
  remove(): void;
}

export function tempProject(notes: Readonly<Record<string, string | Uint8Array>>): TempProject {
  const root = mkdtempSync(join(tmpdir(), 'musubi-build-test-'));
  mkdirSync(join(root, 'data'));
  for (const [name, content] of Object.entries(notes))
    writeFileSync(join(root, 'data', name), content);
  writeFileSync(
    join(root, 'index.html'),
    `<!doctype html>\n<html>\n  <head>\n    <meta charset="UTF-8" />\n    <title>App</title>\n  </head>\n  <body>\n    <script type="module" src="/main.js"></script>\n  </body>\n</html>\n`,
  );
  writeFileSync(
    join(root, 'main.js'),
    `import source from 'virtual:musubi-maps';\nconsole.log(source.catalogue);\n`,
  );
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** A Vite logger that keeps every line instead of printing it. */
export function capturingLogger(lines: string[]): Logger {
  const logger = createLogger('info', { allowClearScreen: false });
  const keep = (message: string) => {
    lines.push(message);
  };
  return { ...logger, info: keep, warn: keep, error: keep, warnOnce: keep };
}

/**
 * `virtual:musubi-maps` as the dev server serves it for the project at `root` (no config file,
 * only the plugin). Close it when done.
 */
export async function openMapSource(
  root: string,
): Promise<{ source: MapSource; close(): Promise<void> }> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [musubiMaps()],
    server: { middlewareMode: true, watch: null },
    appType: 'custom',
  });
  const module = (await server.ssrLoadModule('virtual:musubi-maps')) as { default: MapSource };
  return { source: module.default, close: () => server.close() };
}

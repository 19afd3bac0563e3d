import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

/**
 * A deliberately strict static host, like GitHub Pages or Netlify without rewrite rules: a file is
 * served as is, a directory by its index.html, and anything else gets the built 404.html with
 * status 404. No SPA fallback, so a deep link only works if the build wrote a file for it.
 */
export interface StaticServer {
  /** Origin plus base path, always ending in `/`, e.g. `http://127.0.0.1:41234/sub/`. */
  url: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

type Resolved =
  { kind: 'file'; path: string } | { kind: 'redirect'; location: string } | { kind: 'not-found' };

/** Percent-decodes a URL path; null for malformed escapes or NUL bytes instead of throwing. */
function decodePath(rawPath: string): string | null {
  try {
    const decoded = decodeURIComponent(rawPath);
    return decoded.includes('\0') ? null : decoded;
  } catch {
    return null;
  }
}

async function fileKind(path: string): Promise<'file' | 'dir' | null> {
  try {
    const info = await stat(path);
    return info.isFile() ? 'file' : info.isDirectory() ? 'dir' : null;
  } catch {
    return null;
  }
}

async function resolveRequest(root: string, basePath: string, url: URL): Promise<Resolved> {
  if (!url.pathname.startsWith(basePath)) return { kind: 'not-found' };
  const decoded = decodePath(url.pathname.slice(basePath.length));
  if (decoded === null) return { kind: 'not-found' };
  const target = resolve(root, '.' + sep + decoded);
  // `..` segments (even percent-encoded ones) must never climb out of the served folder.
  if (target !== root && !target.startsWith(root + sep)) return { kind: 'not-found' };

  const kind = await fileKind(target);
  if (kind === 'file') return { kind: 'file', path: target };
  if (kind === 'dir' && (await fileKind(join(target, 'index.html'))) === 'file') {
    // GitHub Pages answers `/dir` with a 301 to `/dir/`, then serves `/dir/index.html`.
    if (!url.pathname.endsWith('/')) {
      return { kind: 'redirect', location: `${url.pathname}/${url.search}` };
    }
    return { kind: 'file', path: join(target, 'index.html') };
  }
  return { kind: 'not-found' };
}

function send(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  path: string,
): void {
  response.writeHead(status, {
    'Content-Type': CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
    // A wrong content type should break the test, as it would break a real browser.
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(path).pipe(response);
}

async function handle(
  root: string,
  basePath: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const url = new URL(request.url ?? '/', 'http://localhost');
  const resolved = await resolveRequest(root, basePath, url);
  if (resolved.kind === 'file') return send(request, response, 200, resolved.path);
  if (resolved.kind === 'redirect') {
    response.writeHead(301, { Location: resolved.location }).end();
    return;
  }
  const notFoundPage = join(root, '404.html');
  if ((await fileKind(notFoundPage)) === 'file') return send(request, response, 404, notFoundPage);
  response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
}

/** Serves `root` under `basePath` (default `/`) on 127.0.0.1 at a free port. */
export async function startStaticServer(root: string, basePath = '/'): Promise<StaticServer> {
  const absoluteRoot = resolve(root);
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const server = createServer((request, response) => {
    handle(absoluteRoot, base, request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain' });
      response.end(`Static server error: ${String(error)}\n`);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}

import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  /** Path inside the build folder, e.g. `assets/index-abc.js`. */
  file: string;
  raw: number;
  gzip: number;
}

/** Gzip at zlib's default level, as Vite's own build report does. */
export async function sizeOf(distDir: string, file: string): Promise<FileSize> {
  const bytes = await readFile(join(distDir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every script chunk the build emitted, largest first. */
export async function allChunks(distDir: string): Promise<FileSize[]> {
  const files = (await listFiles(distDir))
    .filter((path) => path.endsWith('.js'))
    .map((path) => relative(distDir, path));
  const sizes = await Promise.all(files.map((file) => sizeOf(distDir, file)));
  return sizes.sort((a, b) => b.raw - a.raw);
}

/**
 * The JS a browser fetches before running anything: index.html's module scripts and the
 * modulepreload links Vite adds for their static imports. Lazy chunks are not in it.
 */
export async function initialScripts(distDir: string, base: string): Promise<FileSize[]> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const urls = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isScript = tag.startsWith('<script') && /\btype="module"/.test(tag);
    const isPreload = tag.startsWith('<link') && /\brel="modulepreload"/.test(tag);
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if ((isScript || isPreload) && url?.endsWith('.js')) urls.add(url);
  }
  return Promise.all([...urls].map((url) => sizeOf(distDir, fileForUrl(url, base))));
}

/** `/sub/assets/x.js` (or a full URL) to `assets/x.js`. */
export function fileForUrl(url: string, base: string): string {
  const path = decodeURIComponent(new URL(url, 'http://host/').pathname);
  return path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
}

export function total(sizes: readonly FileSize[]): { raw: number; gzip: number } {
  return sizes.reduce((sum, size) => ({ raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip }), {
    raw: 0,
    gzip: 0,
  });
}

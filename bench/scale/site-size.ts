/**
 * How big a built site is: its pages, its bytes (every file as a host would copy it, and the
 * distinct files, a page linked to another counted once), and the map's data chunks (the one the
 * map opens with and, for a map loaded in parts, the parts).
 */
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SiteSize {
  pages: number;
  /** Every file's bytes, as `cp -rL` or an upload that follows links would copy them. */
  bytes: number;
  /** Each file once (hard links share their bytes): what the build writes to disk. */
  distinctBytes: number;
  /** The map's chunk the app loads first (the whole map, or its overview). */
  firstChunk: { raw: number; gzip: number };
  /** The other chunks of this map (its parts), together. */
  parts: { count: number; raw: number; gzip: number };
}

export async function siteSize(distDir: string, mapId: string): Promise<SiteSize> {
  const entries = await readdir(distDir, { withFileTypes: true, recursive: true });
  let pages = 0;
  let bytes = 0;
  let distinctBytes = 0;
  const seen = new Set<number>();
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const info = await lstat(join(entry.parentPath, entry.name));
    if (entry.name.endsWith('.html')) pages++;
    bytes += info.size;
    if (!seen.has(info.ino)) {
      seen.add(info.ino);
      distinctBytes += info.size;
    }
  }
  const assets = await readdir(join(distDir, 'assets'));
  const isPart = (name: string) => new RegExp(`^${mapId}-part\\d+-`).test(name);
  const mapChunks = assets.filter(
    (name) => name.startsWith(`${mapId}-`) && name.endsWith('.js') && !isPart(name),
  );
  const partChunks = assets.filter((name) => isPart(name) && name.endsWith('.js'));
  const sizeOf = async (name: string) => {
    const content = await readFile(join(distDir, 'assets', name));
    return { raw: content.length, gzip: gzipSync(content).length };
  };
  const first = mapChunks[0] ? await sizeOf(mapChunks[0]) : { raw: 0, gzip: 0 };
  const parts = { count: partChunks.length, raw: 0, gzip: 0 };
  for (const name of partChunks) {
    const size = await sizeOf(name);
    parts.raw += size.raw;
    parts.gzip += size.gzip;
  }
  return { pages, bytes, distinctBytes, firstChunk: first, parts };
}

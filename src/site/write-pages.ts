/**
 * Writes the static pages (node-pages.ts) into the build's output. Pages with the same HTML share
 * one file (issue 15: a concept's page, its presenting step and its speaker step are the same
 * document, and so is every study card's): the first is written and the others are hard links to
 * it, so a map of 10,000 concepts writes about one page per concept instead of four. A file system
 * that cannot link gets copies; every path answers exactly as before.
 */
import { link, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface PageFile {
  /** Relative to the output directory, `/`-separated. */
  path: string;
  html: string;
}

export interface WrittenPages {
  /** Files written with their own bytes. */
  files: number;
  /** Pages that share the bytes of an identical one. */
  linked: number;
}

export async function writePages(
  outDir: string,
  pages: readonly PageFile[],
): Promise<WrittenPages> {
  const firstWith = new Map<string, string>();
  const written: WrittenPages = { files: 0, linked: 0 };
  for (const page of pages) {
    const path = join(outDir, ...page.path.split('/'));
    await mkdir(dirname(path), { recursive: true });
    const twin = firstWith.get(page.html);
    if (twin !== undefined && (await linked(twin, path))) {
      written.linked++;
      continue;
    }
    await writeFile(path, page.html);
    firstWith.set(page.html, path);
    written.files++;
  }
  return written;
}

/** Hard-links `path` to `existing`; false where links cannot be made (then the caller copies). */
async function linked(existing: string, path: string): Promise<boolean> {
  try {
    await link(existing, path);
    return true;
  } catch {
    return false;
  }
}

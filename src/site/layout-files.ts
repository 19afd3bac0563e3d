/**
 * Reading and writing the layout files (`data/<map>.layout.json`, src/graph/layout/layout-file.ts)
 * for the build and the dev server. A file that cannot be read or written is a warning: the map
 * is then laid out afresh, or its new layout is simply not kept.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatLayoutFile, parseLayoutFile } from '../graph/layout/layout-file';
import type { MapLayout } from '../graph/map-bundle';

export function layoutFilePath(dataDir: string, mapId: string): string {
  return join(dataDir, `${mapId}.layout.json`);
}

export interface ReadLayout {
  layout: MapLayout | null;
  /** Why an existing file was not used, for the build's report. */
  warning?: string;
}

export function readLayoutFile(path: string, shownAs: string): ReadLayout {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { layout: null };
    return {
      layout: null,
      warning: `${shownAs}: cannot be read (${(error as Error).message}); the map is laid out afresh`,
    };
  }
  const parsed = parseLayoutFile(text);
  if (parsed.ok) return { layout: parsed.layout };
  return {
    layout: null,
    warning: `${shownAs}: ${parsed.problem}; the map is laid out afresh (delete the file to silence this)`,
  };
}

/** Writes the file when its text changes; returns a warning if it cannot be written. */
export function writeLayoutFile(
  path: string,
  shownAs: string,
  layout: MapLayout,
  order: readonly string[],
): string | null {
  const text = formatLayoutFile(layout, order);
  try {
    if (readFileSync(path, 'utf8') === text) return null;
  } catch {
    // No file yet: write it.
  }
  try {
    writeFileSync(path, text);
    return null;
  } catch (error) {
    return `${shownAs}: cannot be written (${(error as Error).message}); the layout is not kept`;
  }
}

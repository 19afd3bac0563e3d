/**
 * The seed memo as the tests see it: a copy in tests/fixtures/seed/, never data/ (a user's own
 * notes in data/ must not change what the suite checks). Named `data/kubernetes.rst` in
 * diagnostics, as the bundled map names it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MapInput } from '../../src/notes/pipeline';

// A path from import.meta.url as a string: under jsdom, `new URL()` is jsdom's, which node:fs
// does not take.
export const SEED_DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/seed');
export const SEED_NOTES_PATH = join(SEED_DIR, 'kubernetes.rst');
export const SEED_COMPANION_PATH = join(SEED_DIR, 'kubernetes.map.yaml');

export function seedNotesText(): string {
  return readFileSync(SEED_NOTES_PATH, 'utf8');
}

export function seedCompanionText(): string {
  return readFileSync(SEED_COMPANION_PATH, 'utf8');
}

/** The seed with its companion file, as buildMap takes it. */
export function seedInput(): MapInput {
  return {
    mapId: 'kubernetes',
    notes: { file: 'data/kubernetes.rst', text: seedNotesText() },
    companion: { file: 'data/kubernetes.map.yaml', text: seedCompanionText() },
  };
}

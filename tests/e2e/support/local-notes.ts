import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { allProblems, type OpenedPage } from './browser';

/** The project root, for fixture paths handed to the file input. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export const SEED_FILES = [
  'tests/fixtures/seed/kubernetes.rst',
  'tests/fixtures/seed/kubernetes.map.yaml',
].map((file) => PROJECT_ROOT + file);

/** Opens "Open notes…" on the current page and picks `files` in its file input. */
export async function openNotesFiles(page: Page, files: string[]): Promise<void> {
  await page.getByRole('button', { name: 'Open notes…' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Open your notes' });
  await dialog.getByLabel('Notes files').setInputFiles(files);
}

/** The text of the read-only field "Share link" in the share dialog. */
export async function shareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share', exact: true }).first().click();
  const field = page.getByRole('textbox', { name: 'Share link' });
  await field.waitFor();
  return field.inputValue();
}

/**
 * Problems other than the host's own 404 for a reloaded `/local/<map>/…` address: a strict
 * static host has no file there and answers with the app's 404.html, which Chromium logs.
 */
export function problemsBesides404(opened: Pick<OpenedPage, 'problems'>): string[] {
  return allProblems(opened.problems).filter(
    (problem) =>
      !/^console: Failed to load resource: the server responded with a status of 404 \(Not Found\) \(.*\/local\/[^)]+\)$/.test(
        problem,
      ),
  );
}

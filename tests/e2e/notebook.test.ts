import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { allProblems, useBrowser } from './support/browser';
import { appPath, conceptPanel, waitForMap } from './support/map';

// Issue 14: a folder of notes is one map. The e2e site holds a copy of the bundled example
// notebook (tests/fixtures/notebooks/study-notes: Obsidian-style Markdown on the history of
// cryptography, one note per file), built as the map `study-notes`.
const { openPage } = useBrowser();

/** The panel's "Source" line: where the concept is written, as `file:line`. */
function sourceLine(page: Page, label: string) {
  return conceptPanel(page, label).locator('.source-lines');
}

describe('a notebook folder is one map', () => {
  test('the list of maps names the notebook by its index note', async () => {
    const { page, problems } = await openPage('/');
    const link = page.getByRole('main').getByRole('link', { name: /History of cryptography/ });
    await link.click();
    await page.waitForURL(/\/study-notes$/);
    await waitForMap(page);
    expect(allProblems(problems)).toEqual([]);
  });

  test("a deep link opens a note's concept; its panel names its file and relations into other files", async () => {
    const { page, response, problems } = await openPage('/study-notes/node/enigma');
    expect(response?.status()).toBe(200);
    const panel = conceptPanel(page, 'Enigma');
    await expect(panel.textContent()).resolves.toContain('electro-mechanical rotor cipher');
    await expect(sourceLine(page, 'Enigma').textContent()).resolves.toMatch(
      /study-notes\/Enigma\.md:9$/,
    );

    // Glossary.md defines Polyalphabetic cipher "as in the [[Vigenere cipher]] and [[Enigma]]":
    // a relation from this note to a term of another file.
    const referredToBy = panel.getByRole('list', { name: 'Referred to by' });
    await referredToBy.getByRole('link', { name: 'Polyalphabetic cipher' }).click();
    await conceptPanel(page, 'Polyalphabetic cipher').waitFor();
    expect(appPath(page)).toBe('/study-notes/node/polyalphabetic-cipher');
    await expect(sourceLine(page, 'Polyalphabetic cipher').textContent()).resolves.toMatch(
      /study-notes\/Glossary\.md:40$/,
    );

    await waitForMap(page);
    expect(allProblems(problems)).toEqual([]);
  });

  test('a wikilink in the text leads to the note it names, in another file', async () => {
    const { page, problems } = await openPage('/study-notes/node/the-machine');
    const panel = conceptPanel(page, 'The machine');
    // "like a [[Vigenere cipher]] with an extremely long key": the file is Vigenere cipher.md,
    // its title "Vigenère cipher".
    await panel.getByRole('link', { name: 'Vigenere cipher', exact: true }).click();
    await conceptPanel(page, 'Vigenère cipher').waitFor();
    expect(appPath(page)).toBe('/study-notes/node/vigenère-cipher');
    await expect(sourceLine(page, 'Vigenère cipher').textContent()).resolves.toMatch(
      /study-notes\/Vigenere cipher\.md:9$/,
    );
    expect(allProblems(problems)).toEqual([]);
  });

  test('search finds a concept of another file, by a frontmatter alias too', async () => {
    const { page, problems } = await openPage('/study-notes/node/enigma');
    await waitForMap(page);
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search the concepts' });
    await dialog.waitFor();
    // "Letter frequency attack" is an alias in Frequency analysis.md's frontmatter.
    await page.keyboard.type('letter frequency attack');
    await dialog.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await conceptPanel(page, 'Frequency analysis').waitFor();
    expect(appPath(page)).toBe('/study-notes/node/frequency-analysis');
    await expect(sourceLine(page, 'Frequency analysis').textContent()).resolves.toMatch(
      /study-notes\/Frequency analysis\.md:8$/,
    );
    expect(allProblems(problems)).toEqual([]);
  });
});

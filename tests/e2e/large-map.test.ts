import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SingularElementArgument } from 'cytoscape';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildMap } from '../../src/notes/pipeline';
import { generateNotes, termName } from '../../bench/generate-notes';
import { allProblems, PATIENCE, useBrowser } from './support/browser';
import { buildApp, type BuiltApp } from './support/build-app';
import { appPath, conceptPanel, waitForMap } from './support/map';
import { startStaticServer } from './support/static-server';

// Issue 15 ("large maps"): generated notes of about 2,000 concepts (1,790 terms in 36 sections of
// 5 subsections) in a site of their own, built once for this file. The map opens on its overview
// (src/graph/overview.ts) and loads its texts in parts (src/graph/map-parts.ts).
const TERMS = 1790;
const MAP = 'large';
const { openPage } = useBrowser();

const graph = buildMap({ mapId: MAP, notes: { file: `${MAP}.rst`, text: generateNotes(TERMS) } });
let data: string;
let built: BuiltApp;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  data = await mkdtemp(join(tmpdir(), 'musubi-large-'));
  await writeFile(join(data, `${MAP}.rst`), generateNotes(TERMS));
  built = await buildApp('/', data);
  server = await startStaticServer(built.dir);
});

afterAll(async () => {
  await server?.close();
  await built?.remove();
  if (data) await rm(data, { recursive: true, force: true });
});

function open(path: string) {
  return openPage(path, { baseUrl: server.url });
}

/** What the reader sees of a label: drawn (Cytoscape draws it) and at what size on screen. */
interface ShownLabel {
  id: string;
  px: number;
  isContainer: boolean;
  onScreen: boolean;
}

/**
 * Every label Cytoscape draws now: its element visible, its text not empty, its size on screen
 * at least the style's `min-zoomed-font-size` (below that Cytoscape leaves the label out).
 */
function shownLabels(page: Page): Promise<ShownLabel[]> {
  return page.evaluate(() => {
    const cy = window.__musubiCy!;
    const zoom = cy.zoom();
    const shown: ShownLabel[] = [];
    cy.elements(':visible').forEach((element) => {
      const text = String(element.style('label') ?? '');
      if (text.trim() === '' || parseFloat(element.style('text-opacity')) === 0) return;
      const px = parseFloat(element.style('font-size')) * zoom;
      if (px < parseFloat(element.style('min-zoomed-font-size'))) return;
      const box = element.renderedBoundingBox({ includeLabels: true, includeOverlays: false });
      shown.push({
        id: element.id(),
        px,
        isContainer: element.isNode() && (element.isParent() || element.hasClass('closed')),
        onScreen: box.x2 > 0 && box.y2 > 0 && box.x1 < cy.width() && box.y1 < cy.height(),
      });
    });
    return shown;
  });
}

describe('a map of 2,000 concepts', () => {
  test('is generated at the size the issue names', () => {
    const graph = buildMap({
      mapId: MAP,
      notes: { file: `${MAP}.rst`, text: generateNotes(TERMS) },
    });
    expect(graph.nodes.length).toBeGreaterThanOrEqual(2000);
  });

  test('opens on its overview: section names at 12 px or more, no label smaller than 8 px', async () => {
    const { page, problems } = await open(`/${MAP}`);
    await waitForMap(page);
    const labels = await shownLabels(page);
    const onScreen = labels.filter((label) => label.onScreen);
    const names = onScreen.filter((label) => label.isContainer);
    // The structure reads at first sight: several sections' names, all legible.
    expect(names.length).toBeGreaterThanOrEqual(5);
    expect(names.filter((name) => name.px < 12)).toEqual([]);
    // Nothing is a smudge: a label is drawn legible or not at all.
    expect(labels.filter((label) => label.px < 8)).toEqual([]);
    // An overview, not the whole map drawn small: far fewer elements than 2,000 concepts.
    const drawn = await page.evaluate(() => window.__musubiCy!.nodes(':visible').length);
    expect(drawn).toBeLessThan(1000);
    expect(allProblems(problems)).toEqual([]);
  });

  test('a deep link to a concept deep inside frames it with its relations legible', async () => {
    // The last concept in the notes related to another of its own subsection: deep inside the
    // map (a section near the end, two levels down), its relation short enough to be framed.
    const parentOf = new Map(
      graph.edges.filter((edge) => edge.kind === 'nesting').map((e) => [e.target, e.source]),
    );
    const near = graph.edges.filter(
      (edge) =>
        edge.kind === 'mentions' &&
        edge.source !== edge.target &&
        parentOf.get(edge.source) === parentOf.get(edge.target),
    );
    const order = new Map(graph.nodes.map((node) => [node.id, node.order]));
    const relation = near.sort((a, b) => order.get(b.target)! - order.get(a.target)!)[0]!;
    const id = relation.target;
    const label = graph.nodes.find((node) => node.id === id)!.label;
    expect(order.get(id)).toBeGreaterThan(graph.nodes.length * 0.75);

    const { page, problems } = await open(`/${MAP}/node/${encodeURIComponent(id)}`);
    await conceptPanel(page, label).waitFor();
    await waitForMap(page);
    // Selected, and the camera has arrived (it may still be moving to the concept).
    await expect
      .poll(
        () =>
          page.evaluate((wanted) => {
            const cy = window.__musubiCy!;
            const node = cy.getElementById(wanted);
            if (node.empty() || !node.hasClass('selected') || cy.animated()) return false;
            const box = node.renderedBoundingBox({ includeLabels: true, includeOverlays: false });
            return box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
          }, id),
        PATIENCE,
      )
      .toBe(true);
    const framed = await page.evaluate(
      ({ wanted, other, edge }) => {
        const cy = window.__musubiCy!;
        const onScreen = (element: SingularElementArgument) => {
          const box = element.renderedBoundingBox({ includeLabels: true, includeOverlays: false });
          return (
            box.x1 >= -1 && box.y1 >= -1 && box.x2 <= cy.width() + 1 && box.y2 <= cy.height() + 1
          );
        };
        const px = (element: SingularElementArgument) =>
          parseFloat(element.style('font-size')) * cy.zoom();
        const node = cy.getElementById(wanted);
        const partner = cy.getElementById(other);
        const ends = node.connectedEdges(':visible').connectedNodes().not(node);
        return {
          px: px(node),
          partner: partner.nonempty() && partner.visible() && onScreen(partner) ? px(partner) : 0,
          relationDrawn: cy.getElementById(edge).visible(),
          smallEndsOnScreen: ends
            .filter((end) => onScreen(end) && px(end) < 13)
            .map((end) => `${end.id()} at ${px(end).toFixed(1)} px`),
        };
      },
      { wanted: id, other: relation.source, edge: relation.id },
    );
    expect(framed.px).toBeGreaterThanOrEqual(13);
    expect(framed.partner).toBeGreaterThanOrEqual(13);
    expect(framed.relationDrawn).toBe(true);
    // Whatever else it is related to and is on screen reads too.
    expect(framed.smallEndsOnScreen).toEqual([]);
    expect(allProblems(problems)).toEqual([]);
  });

  test('search reaches a concept deep inside and opens it', async () => {
    const wanted = termName(TERMS - 13);
    const { page, problems } = await open(`/${MAP}`);
    await waitForMap(page);
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search the concepts' });
    await dialog.waitFor();
    await page.keyboard.type(wanted);
    // Results follow the typing: wait for the full name's, then open the first.
    await expect
      .poll(() => dialog.getByRole('option').first().innerText(), PATIENCE)
      .toContain(wanted);
    await page.keyboard.press('Enter');
    await conceptPanel(page, wanted).waitFor();
    expect(appPath(page)).toBe(`/${MAP}/node/${wanted.toLowerCase()}`);
    await expect
      .poll(
        () =>
          page.evaluate((id) => {
            const cy = window.__musubiCy!;
            const node = cy.getElementById(id);
            if (node.empty() || !node.hasClass('selected') || cy.animated()) return 0;
            return parseFloat(node.style('font-size')) * cy.zoom();
          }, wanted.toLowerCase()),
        PATIENCE,
      )
      .toBeGreaterThanOrEqual(13);
    expect(allProblems(problems)).toEqual([]);
  });
});

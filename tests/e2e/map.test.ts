import { describe, expect, test } from 'vitest';
import { measureDrawing } from '../../src/graph/layout/quality';
import { PATIENCE, useBrowser, type OpenedPage } from './support/browser';
import { drawnMap, goInApp, waitForMap } from './support/map';

// Issue 9, "the map reads at first sight", checked on what Chromium draws (production build,
// 1280×800) for the seed and two notes files of other styles: an English memo with many
// cross-mentions and course notes with `#`/`*` adornments and nested definition lists.

const { openPage } = useBrowser();

const MAPS = ['kubernetes', 'tcp-ip', 'cooking-chemistry'] as const;

/**
 * Crossings at first sight before issue 9 (ELK layered, nesting drawn as arrows), measured the
 * same way (docs/layout.md, "Before and after").
 */
const CROSSINGS_BEFORE: Readonly<Record<(typeof MAPS)[number], number>> = {
  kubernetes: 37,
  'tcp-ip': 276,
  'cooking-chemistry': 107,
};

/** The smallest label on the whole map fitted to the pane, in screen pixels. */
const FIRST_SIGHT_LABEL_PX = 12;

async function open(map: string): Promise<OpenedPage> {
  const opened = await openPage(`/${map}`, { reducedMotion: true });
  await waitForMap(opened.page);
  return opened;
}

describe('at first sight', () => {
  test('no relation runs under a concept it does not join, no names overlap, labels are ≥ 12 px', async () => {
    let crossings = 0;
    for (const map of MAPS) {
      const { page } = await open(map);
      const drawing = await drawnMap(page);
      const quality = measureDrawing(drawing);
      expect(quality.underList, map).toEqual([]);
      expect(quality.overlaps, map).toBe(0);
      crossings += quality.crossings;
      const smallest = await page.evaluate(() => {
        const cy = window.__musubiCy!;
        return Math.min(
          ...cy.nodes().map((node) => parseFloat(node.style('font-size')) * cy.zoom()),
        );
      });
      // Issue 9 asks for 13 px once a concept is opened (tested below: "opening a concept frames it…"); the whole map
      // fitted to the pane is held to 12 px: the kitchen notes' three levels of containers
      // stack up to 12.3 px (docs/layout.md).
      expect(smallest, map).toBeGreaterThanOrEqual(FIRST_SIGHT_LABEL_PX);
      await page.close();
    }
    const before = MAPS.reduce((sum, map) => sum + CROSSINGS_BEFORE[map], 0);
    expect(crossings).toBeLessThanOrEqual(before / 4);
  });

  test('sections are places: Istio holds Envoy, Pilot, Mixer and Istio-Auth; chains are arrows', async () => {
    const { page } = await open('kubernetes');
    const drawn = await page.evaluate(() => {
      const cy = window.__musubiCy!;
      const edge = (source: string, target: string) =>
        cy.edges(`[source = "${source}"][target = "${target}"]`).filter((e) => e.visible()).length;
      return {
        istio: cy
          .getElementById('istio')
          .children()
          .map((child) => child.id())
          .sort(),
        terms: cy.getElementById('用語的なもの').children().length,
        nestingArrows: cy.edges('[kind = "nesting"]').length,
        chains: [
          edge('pod', 'replicaset'),
          edge('replicaset', 'deployment'),
          edge('service', 'ingress'),
          edge('ingress', 'ingress-controller') + edge('ingress-controller', 'ingress'),
        ],
        title: cy.getElementById('kubernetes関連メモ').length,
      };
    });
    expect(drawn.istio).toEqual(['envoy', 'istio-auth', 'mixer', 'pilot']);
    expect(drawn.terms).toBeGreaterThan(10);
    expect(drawn.nestingArrows).toBe(0);
    expect(drawn.chains).toEqual([1, 1, 1, 1]);
    // The notes' title is the map's heading, not a box around everything.
    expect(drawn.title).toBe(0);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).innerText(), PATIENCE)
      .toBe('Kubernetes関連メモ');
  });
});

describe('opening a concept frames it with every concept it is related to, readable', () => {
  test.each(MAPS)('%s: every concept', async (map) => {
    const { page } = await open(map);
    const ids = await page.evaluate(() => window.__musubiCy!.nodes().map((node) => node.id()));
    const problems: string[] = [];
    for (const id of ids) {
      await goInApp(page, `/${map}/node/${encodeURIComponent(id)}`);
      await expect
        .poll(
          () =>
            page.evaluate(
              (wanted) => window.__musubiCy!.$('.selected').first().id() === wanted,
              id,
            ),
          PATIENCE,
        )
        .toBe(true);
      const framed = await page.evaluate((selected) => {
        const cy = window.__musubiCy!;
        const node = cy.getElementById(selected);
        const around = node
          .closedNeighborhood()
          .nodes()
          .filter((n) => n.visible());
        return around.map((n) => {
          const box = n.renderedBoundingBox({ includeLabels: true, includeOverlays: false });
          return {
            id: n.id(),
            inside:
              box.x1 >= -1 && box.y1 >= -1 && box.x2 <= cy.width() + 1 && box.y2 <= cy.height() + 1,
            px: parseFloat(n.style('font-size')) * cy.zoom(),
          };
        });
      }, id);
      for (const n of framed) {
        if (!n.inside) problems.push(`${id}: ${n.id} is off screen`);
        if (n.px < 13) problems.push(`${id}: ${n.id} at ${n.px.toFixed(1)} px`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('previews', () => {
  test('resting the pointer on a concept shows the start of its text', async () => {
    const { page } = await open('kubernetes');
    const at = await page.evaluate(() => {
      const cy = window.__musubiCy!;
      const box = cy.container()!.getBoundingClientRect();
      const p = cy.getElementById('replicaset').renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    await page.mouse.move(at.x, at.y);
    const preview = page.getByRole('tooltip');
    await expect.poll(() => preview.innerText(), PATIENCE).toContain('Podをまとめたもの');
    await page.mouse.move(5, 400);
    await expect.poll(() => preview.count(), PATIENCE).toBe(0);
  });

  test('resting the pointer on a relation shows why it exists: the sentence and its line', async () => {
    const { page } = await open('kubernetes');
    const at = await page.evaluate(() => {
      const cy = window.__musubiCy!;
      const box = cy.container()!.getBoundingClientRect();
      const p = cy.getElementById('mentions:pod->replicaset').renderedMidpoint();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    await page.mouse.move(at.x, at.y);
    const preview = page.getByRole('tooltip');
    await expect.poll(() => preview.innerText(), PATIENCE).toContain('ReplicaSet builds on Pod');
    expect(await preview.innerText()).toContain('Podをまとめたもの');
    expect(await preview.innerText()).toMatch(/line 29/);
  });
});

describe('filters are kept in the URL', () => {
  test('hiding a kind of relation, a section, and concepts nothing relates to', async () => {
    const { page } = await open('kubernetes');
    await page.getByText('Filters').click();
    await page.getByRole('checkbox', { name: 'Named in the text' }).uncheck();
    await expect.poll(() => new URL(page.url()).search, PATIENCE).toContain('hide=mentions');
    const visibleMentions = () =>
      page.evaluate(
        () => window.__musubiCy!.edges('[kind = "mentions"]').filter((e) => e.visible()).length,
      );
    await expect.poll(visibleMentions, PATIENCE).toBe(0);

    await page.getByRole('checkbox', { name: 'Istio' }).uncheck();
    await expect.poll(() => new URL(page.url()).search, PATIENCE).toContain('section=istio');
    const envoyShown = () =>
      page.evaluate(() => window.__musubiCy!.getElementById('envoy').visible());
    await expect.poll(envoyShown, PATIENCE).toBe(false);

    // A shared link shows the same filtered map.
    await page.reload();
    await waitForMap(page);
    await expect.poll(visibleMentions, PATIENCE).toBe(0);
    await expect.poll(envoyShown, PATIENCE).toBe(false);
    // With filters on, the panel opens by itself, saying what is hidden.
    await page.getByRole('button', { name: 'Show everything' }).click();
    await expect.poll(visibleMentions, PATIENCE).toBeGreaterThan(0);
    expect(new URL(page.url()).search).toBe('');
  });
});

describe('pictures out', () => {
  test.each(['PNG', 'SVG'])('the whole map as %s opens and shows every label', async (format) => {
    const { page } = await open('kubernetes');
    await page.getByText('Export').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Whole map as ${format}` }).click(),
    ]);
    // The browser runs apart from the test (one Chromium for the run): read the download's stream.
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    const labels = await page.evaluate(() =>
      window.__musubiCy!.nodes().map((node) => node.data('label') as string),
    );
    if (format === 'SVG') {
      const svg = bytes.toString('utf8');
      expect(svg.startsWith('<svg')).toBe(true);
      const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join('\n');
      for (const label of labels) {
        // A wrapped label is drawn line by line: every word of it is there.
        for (const word of label.split(/\s+/)) expect(text, label).toContain(word);
      }
    } else {
      // The PNG opens as an image twice the map's size (2× pixel ratio).
      const size = await page.evaluate(async (base64) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        return { width: image.naturalWidth, height: image.naturalHeight };
      }, bytes.toString('base64'));
      const extent = await page.evaluate(() => window.__musubiCy!.elements().boundingBox({}));
      expect(size.width).toBeGreaterThanOrEqual(Math.floor(extent.w * 2) - 2);
      expect(size.height).toBeGreaterThanOrEqual(Math.floor(extent.h * 2) - 2);
    }
  });
});

/**
 * `npx tsx bench/layout-compare.ts [--seeds] [--pictures docs/layout]`: the layout engines of issue 9 item 5
 * on the seed, the TCP/IP notes and the kitchen-chemistry notes (bench/layout/engines.ts), each
 * drawn as the app draws it (containers around their contents) and measured as the tests measure
 * it (src/graph/layout/quality.ts): crossings, relations under a concept they do not join,
 * overlapping names, size, the smallest label when the map is fitted to the map pane of a
 * 1280 × 800 window, how many concepts move by more than 5% of the map when one term is added,
 * and CPU time. Engines that do not route are measured as they draw (straight) and with Musubi's
 * routes added (routes.ts). `--seeds` also lays out Musubi's map with eight other sets of seeds,
 * to show the crossings are no luck of one set. Prints tables; asserts nothing (docs/layout.md).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toElements } from '../src/graph/elements';
import { drawingOf } from '../src/graph/layout/drawing';
import type { Point } from '../src/graph/layout/geometry';
import { layoutHierarchy, rebuildContainers, runLevelsHere } from '../src/graph/layout/hierarchy';
import { createForceEngine } from '../src/graph/layout/force';
import { firstSightLabelPx, measureDrawing, type Drawing } from '../src/graph/layout/quality';
import { routeAround } from '../src/graph/layout/routes';
import type { ConceptGraph } from '../src/notes/concepts/model';
import { buildMap } from '../src/notes/pipeline';
import { ensureChromium, launchChromium } from '../tests/e2e/support/chromium';
import { ENGINES, type Engine } from './layout/engines';
import { drawingToSvg } from './layout/render-svg';
import { formatTable } from './load/table';

interface Notes {
  key: string;
  name: string;
  file: string;
  /** One term added: the text before which it goes, and the term. */
  anchor: string;
  added: string;
}

/** The three maps of issue 9's "done when"; the same edits as the figures from before it. */
const NOTES: readonly Notes[] = [
  {
    key: 'seed',
    name: 'seed (kubernetes.rst)',
    file: 'tests/fixtures/seed/kubernetes.rst',
    anchor: 'Sidecar\n',
    added: 'StatefulSet\n\tPodに固定の名前を付けて順に動かすもの\n\n',
  },
  {
    key: 'tcp-ip',
    name: 'TCP/IP notes',
    file: 'tests/fixtures/notes/tcp-ip.rst',
    anchor: 'ARP\n',
    added: 'VLAN\n   A way to split one Ethernet Switch into segments.\n\n',
  },
  {
    key: 'cooking',
    name: 'kitchen chemistry',
    file: 'tests/fixtures/notes/cooking-chemistry.rst',
    anchor: 'Gluten\n',
    added: 'Pectin\n    A gelling fibre from fruit; sets jam with Sugars and Acid.\n\n',
  },
];

function graphOf(notes: Notes, edited: boolean): ConceptGraph {
  const text = readFileSync(notes.file, 'utf8');
  const shown = edited ? text.replace(notes.anchor, notes.added + notes.anchor) : text;
  if (edited && shown === text) throw new Error(`${notes.file}: "${notes.anchor}" not found`);
  return buildMap({ mapId: notes.key, notes: { file: notes.file, text: shown } });
}

function drawingFor(
  graph: ConceptGraph,
  positions: ReadonlyMap<string, Point>,
  routes: ReadonlyMap<string, readonly Point[]>,
): Drawing {
  const elements = toElements(graph, {});
  return drawingOf(elements, positions, rebuildContainers(elements, positions), routes);
}

/** Musubi's routes on another engine's placement. */
function routed(graph: ConceptGraph, positions: ReadonlyMap<string, Point>): Drawing {
  const straight = drawingFor(graph, positions, new Map());
  const edges = toElements(graph, {}).edges.map(({ data }) => data);
  return drawingFor(graph, positions, routeAround({ concepts: straight.concepts, edges }));
}

/** Concepts (leaves and containers) whose centre moved by more than 5% of the map. */
function moved(before: Drawing, after: Drawing): string {
  const quality = measureDrawing(before);
  const limit = 0.05 * Math.max(quality.width, quality.height);
  const centre = (box: Drawing['concepts'][number]['box']) => ({
    x: (box.x1 + box.x2) / 2,
    y: (box.y1 + box.y2) / 2,
  });
  const now = new Map(after.concepts.map((concept) => [concept.id, centre(concept.box)]));
  let count = 0;
  for (const concept of before.concepts) {
    const a = centre(concept.box);
    const b = now.get(concept.id);
    if (b && Math.hypot(a.x - b.x, a.y - b.y) > limit) count++;
  }
  return `${count}/${before.concepts.length}`;
}

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

interface Row {
  engine: Engine;
  notes: Notes;
  drawing: Drawing;
  cells: string[];
}

async function measure(engine: Engine, notes: Notes): Promise<Row> {
  const graph = graphOf(notes, false);
  await engine.layout(graph, null); // warm-up: the first run compiles the engine
  const start = cpuMs();
  const result = await engine.layout(graph, null);
  const time = cpuMs() - start;
  const drawing = drawingFor(graph, result.positions, result.routes);
  const quality = measureDrawing(drawing);
  const withRoutes =
    result.routes.size > 0 ? quality : measureDrawing(routed(graph, result.positions));
  const edited = graphOf(notes, true);
  const after = await engine.layout(
    edited,
    engine.edits === 'incremental' ? result.previous : null,
  );
  const cells = [
    engine.name,
    notes.name,
    String(quality.crossings),
    String(quality.underConcepts),
    result.routes.size > 0 ? '(routed)' : `${withRoutes.crossings} / ${withRoutes.underConcepts}`,
    String(quality.overlaps),
    `${quality.width} × ${quality.height}`,
    `${firstSightLabelPx(drawing).toFixed(1)} px`,
    `${moved(drawing, drawingFor(edited, after.positions, after.routes))} (${engine.edits})`,
    `${time.toFixed(0)} ms`,
  ];
  return { engine, notes, drawing, cells };
}

/** Musubi's crossings with other seeds: the result is no luck of one set of seeds. */
async function seedSpread(): Promise<string> {
  const engine = createForceEngine();
  const rows: string[][] = [];
  try {
    for (const notes of NOTES) {
      const graph = graphOf(notes, false);
      const elements = toElements(graph, {});
      const counts: number[] = [];
      for (let set = 0; set < 8; set++) {
        const layout = await layoutHierarchy(elements, {
          runLevels: runLevelsHere(engine),
          firstSeed: 1 + 100 * (set + 1),
        });
        const drawing = drawingOf(elements, layout.positions, layout.containers, layout.routes);
        counts.push(measureDrawing(drawing).crossings);
      }
      rows.push([
        notes.name,
        counts.join(' '),
        String(Math.min(...counts)),
        String(Math.max(...counts)),
      ]);
    }
  } finally {
    engine.dispose();
  }
  return formatTable(['map', 'crossings, 8 other seed sets', 'least', 'most'], rows);
}

async function savePictures(rows: readonly Row[], dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const browser = await launchChromium(ensureChromium());
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const { engine, notes, drawing, cells } of rows) {
      const elements = toElements(graphOf(notes, false), {});
      const title = `${engine.name} — ${notes.name}: ${cells[2]} crossings, ${cells[3]} under`;
      const svg = drawingToSvg(drawing, elements, title);
      await page.setContent(`<html><body style="margin:0">${svg}</body></html>`);
      const size = await page.locator('svg').boundingBox();
      await page.setViewportSize({
        width: Math.ceil(size?.width ?? 800),
        height: Math.ceil(size?.height ?? 600),
      });
      await page.locator('svg').screenshot({ path: join(dir, `${engine.key}-${notes.key}.png`) });
    }
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const picturesAt = process.argv.indexOf('--pictures');
  const rows: Row[] = [];
  for (const notes of NOTES) {
    for (const engine of ENGINES) {
      process.stderr.write(`${engine.name} on ${notes.name}...\n`);
      rows.push(await measure(engine, notes));
    }
  }
  const headers = [
    'engine',
    'map',
    'crossings',
    'under',
    'with routes',
    'overlaps',
    'size',
    'label at fit',
    'moved after edit',
    'CPU',
  ];
  process.stdout.write(
    `${formatTable(
      headers,
      rows.map((row) => row.cells),
    )}\n\n`,
  );
  if (process.argv.includes('--seeds')) process.stdout.write(`${await seedSpread()}\n`);
  if (picturesAt >= 0) await savePictures(rows, process.argv[picturesAt + 1] ?? 'docs/layout');
}

await main();

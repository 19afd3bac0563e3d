/**
 * `npm run bench:load`: how fast the explorer opens and answers a click, in Debian's Chromium,
 * against the production build on a local static server. Prints tables; asserts nothing (the
 * figures go to docs/performance.md, "Loading the explorer").
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { buildApp, fixtureData } from '../tests/e2e/support/build-app';
import { ensureChromium, launchChromium } from '../tests/e2e/support/chromium';
import { startStaticServer } from '../tests/e2e/support/static-server';
import { allChunks, fileForUrl, initialScripts, sizeOf, total } from './load/js-sizes';
import { clickTargets, newColdPage, timeClickToPanel, timeColdLoad } from './load/measure';
import { formatTable, kB, median, ms } from './load/table';

const MAP_PATH = 'kubernetes';
const RUNS = 10;
/** Where the node panel shows the selected concept's name (src/ui/NodePanel). */
const PANEL_HEADING = 'aside.node-panel h2';
const GOALS = { loadMs: 400, clickMs: 50, initialGzip: 260_000 };

/** A row of median, min, max for a breakdown figure that has no goal. */
function spread(name: string, values: readonly number[]): string[] {
  return [
    name,
    ms(median(values)),
    ms(Math.min(...values)),
    ms(Math.max(...values)),
    String(values.length),
    '',
    '',
  ];
}

function verdict(value: number, goal: number): string {
  return value <= goal ? 'ok' : 'OVER';
}

async function main(): Promise<void> {
  // As in the npm scripts: Vite's notice about its future config loader is noise here.
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= '1';
  const chromiumPath = ensureChromium();
  process.stdout.write('Building the production app...\n');
  const app = await buildApp(
    '/',
    await fixtureData(['data/kubernetes.rst', 'data/kubernetes.map.yaml']),
  );
  const server = await startStaticServer(app.dir);
  const browser = await launchChromium(chromiumPath);
  const mapUrl = new URL(MAP_PATH, server.url).href;

  try {
    // 1. Cold loads: a fresh context (empty cache, cache disabled) each time.
    const loadTimes: number[] = [];
    const domContentLoadedTimes: number[] = [];
    const mapCreatedTimes: number[] = [];
    let announced = true;
    const scriptsLoaded = new Set<string>();
    for (let run = 0; run < RUNS; run++) {
      const { context, page } = await newColdPage(browser);
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scriptsLoaded.add(request.url());
      });
      const timing = await timeColdLoad(page, mapUrl);
      loadTimes.push(timing.ready);
      domContentLoadedTimes.push(timing.domContentLoaded);
      mapCreatedTimes.push(timing.mapCreated);
      announced &&= timing.announced;
      await context.close();
    }

    // 2. Click -> panel: one loaded page, ten different nodes.
    const clickTimes: number[] = [];
    const { context, page } = await newColdPage(browser, { reducedMotion: true });
    await timeColdLoad(page, mapUrl);
    const tried = new Set<string>();
    while (clickTimes.length < RUNS) {
      // Positions change when the camera follows a selection: ask again before every click.
      const target = (await clickTargets(page)).find((candidate) => !tried.has(candidate.id));
      if (!target) break;
      tried.add(target.id);
      const latency = await timeClickToPanel(page, target, PANEL_HEADING);
      if (latency !== null) clickTimes.push(latency);
    }
    await context.close();

    // 3. Script sizes.
    const initial = total(await initialScripts(app.dir, '/'));
    const loadedFiles = [...scriptsLoaded].map((url) => fileForUrl(url, '/'));
    const loaded = total(await Promise.all(loadedFiles.map((file) => sizeOf(app.dir, file))));
    const chunks = await allChunks(app.dir);

    const loadMedian = median(loadTimes);
    const clickMedian = median(clickTimes);
    const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
    process.stdout.write(
      `\nMachine: ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; ` +
        `Node ${process.version}; Chromium ${browser.version()}; ${new Date().toISOString().slice(0, 10)}; ` +
        // Other work on the machine slows every figure: say how busy it was.
        `load average ${loadavg()[0]?.toFixed(1)}\n\n`,
    );
    process.stdout.write(
      formatTable(
        ['measure', 'median', 'min', 'max', 'runs', 'goal', ''],
        [
          [
            `cold load of /${MAP_PATH} to map drawn and interactive`,
            ms(loadMedian),
            ms(Math.min(...loadTimes)),
            ms(Math.max(...loadTimes)),
            String(loadTimes.length),
            `≤ ${GOALS.loadMs} ms`,
            verdict(loadMedian, GOALS.loadMs),
          ],
          spread('  of which: HTML parsed (DOMContentLoaded)', domContentLoadedTimes),
          spread('  of which: Cytoscape instance created', mapCreatedTimes),
          [
            'click on a node to panel updated',
            ms(clickMedian),
            ms(Math.min(...clickTimes)),
            ms(Math.max(...clickTimes)),
            String(clickTimes.length),
            `≤ ${GOALS.clickMs} ms`,
            verdict(clickMedian, GOALS.clickMs),
          ],
        ],
      ) + '\n\n',
    );
    process.stdout.write(
      formatTable(
        ['script', 'raw', 'gzip', 'goal', ''],
        [
          [
            'initial JS (referenced by index.html)',
            kB(initial.raw),
            kB(initial.gzip),
            `≤ ${kB(GOALS.initialGzip)}`,
            verdict(initial.gzip, GOALS.initialGzip),
          ],
          [`all JS loaded to draw /${MAP_PATH}`, kB(loaded.raw), kB(loaded.gzip), '', ''],
        ],
      ) + '\n\n',
    );
    process.stdout.write(
      formatTable(
        ['chunk', 'raw', 'gzip', 'loaded for the map'],
        chunks.map((chunk) => [
          chunk.file,
          kB(chunk.raw),
          kB(chunk.gzip),
          loadedFiles.includes(chunk.file) ? 'yes' : '',
        ]),
      ) + '\n',
    );
    if (!announced) {
      process.stdout.write(
        "\nThe app did not set <html data-map-ready>: load times are to Cytoscape's first draw.\n",
      );
    }
    if (clickTimes.length < RUNS) {
      process.stdout.write(`\nOnly ${clickTimes.length} of ${RUNS} clicks reached the panel.\n`);
    }
  } finally {
    await browser.close();
    await server.close();
    await app.remove();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});

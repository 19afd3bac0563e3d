/**
 * `npm run bench:local`: notes opened in the browser (issue 13). Prints tables; asserts nothing.
 *
 * - how long the build worker takes, in Debian's Chromium, for the seed and for generated notes
 *   of 1,000 concepts (round trip from the page: read, graph, companion, layout, transfer);
 * - how long a share link of the seed is, and the size of the one-file download;
 * - the JS the page loads before it runs (the budget: the first load grows by 10 kB gzip at most).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildApp, fixtureData } from '../tests/e2e/support/build-app';
import { ensureChromium, launchChromium } from '../tests/e2e/support/chromium';
import { startStaticServer } from '../tests/e2e/support/static-server';
import { buildLocalMap, type BuildInput } from '../src/local/build-job';
import { writeOneFile, ONE_FILE_TEMPLATE_PATH } from '../src/local/one-file';
import { encodeShare } from '../src/local/share-codec';
import { shareHref } from '../src/routes/local-fragment';
import { generateNotes } from './generate-notes';
import { initialScripts, total } from './load/js-sizes';
import { formatTable, kB, median, ms } from './load/table';

const SEED = ['tests/fixtures/seed/kubernetes.rst', 'tests/fixtures/seed/kubernetes.map.yaml'];
const RUNS = { kubernetes: 5, large: 3 };
/** A project site on a static host, as a share link would start. */
const SITE = 'https://example.github.io/musubi/';

async function seedInput(): Promise<BuildInput> {
  const [notes, companion] = await Promise.all(SEED.map((file) => readFile(file, 'utf8')));
  return {
    name: 'kubernetes',
    files: [
      { name: 'kubernetes.rst', text: notes! },
      { name: 'kubernetes.map.yaml', text: companion! },
    ],
    previous: null,
  };
}

function generatedInput(terms: number): BuildInput {
  return {
    name: 'generated',
    files: [{ name: 'generated.rst', text: generateNotes(terms) }],
    previous: null,
  };
}

/** What runs in the page: one worker, one build after another, timed from the page. */
const IN_PAGE = `async ([workerUrl, inputs, runs]) => {
  const worker = new Worker(workerUrl, { type: 'module' });
  await new Promise((ready) => worker.addEventListener('message', (event) => {
    if (event.data.type === 'ready') ready();
  }));
  const results = [];
  let id = 0;
  for (const input of inputs) {
    for (let run = 0; run < runs[input.name]; run++) {
      id += 1;
      const started = performance.now();
      const outputs = await new Promise((done, fail) => {
        const listen = (event) => {
          if (event.data.id !== id || event.data.type === 'progress') return;
          worker.removeEventListener('message', listen);
          if (event.data.type === 'done') done(event.data.outputs);
          else fail(new Error(event.data.message));
        };
        worker.addEventListener('message', listen);
        worker.postMessage({ id, inputs: [input] });
      });
      const output = outputs[0];
      results.push({
        name: input.name,
        total: performance.now() - started,
        read: output.timings.read,
        layout: output.timings.layout,
        concepts: output.bundle.graph.nodes.length,
      });
    }
  }
  worker.terminate();
  return results;
}`;

interface Run {
  name: string;
  total: number;
  read: number;
  layout: number;
  concepts: number;
}

async function main(): Promise<void> {
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= '1';
  const chromiumPath = ensureChromium();
  process.stdout.write('Building the production app...\n');
  const app = await buildApp('/', await fixtureData(SEED));
  const server = await startStaticServer(app.dir);
  const browser = await launchChromium(chromiumPath);
  try {
    const seed = await seedInput();
    const large = generatedInput(1000);

    // The worker, in Chromium, from the page of the site.
    const workerFile = (await readdir(join(app.dir, 'assets'))).find((file) =>
      /^build-worker-.*\.js$/.test(file),
    );
    if (!workerFile) throw new Error('no build-worker chunk in the build');
    const page = await browser.newPage();
    await page.goto(new URL('local', server.url).href);
    const runs = (await page.evaluate(
      `(${IN_PAGE})(${JSON.stringify([`/assets/${workerFile}`, [seed, { ...large, name: 'large' }], RUNS])})`,
    )) as Run[];
    const rows = ['kubernetes', 'large'].map((name) => {
      const mine = runs.filter((run) => run.name === name);
      return [
        name === 'large' ? 'generated, 1,000 terms' : 'seed (kubernetes.rst + companion)',
        String(mine[0]?.concepts ?? 0),
        ms(median(mine.map((run) => run.total))),
        ms(median(mine.map((run) => run.read))),
        ms(median(mine.map((run) => run.layout))),
        String(mine.length),
      ];
    });
    process.stdout.write('\nBuild worker in Chromium (median)\n');
    process.stdout.write(
      formatTable(['notes', 'concepts', 'round trip', 'read + graph', 'layout', 'runs'], rows) +
        '\n',
    );

    // Share link and one-file size.
    const payload = await encodeShare({ name: seed.name, files: seed.files });
    const link = new URL(shareHref({ at: '/node/ingress', payload }).slice(1), SITE).href;
    const template = await readFile(join(app.dir, ...ONE_FILE_TEMPLATE_PATH.split('/')), 'utf8');
    const sizes = await Promise.all(
      [
        ['seed', seed],
        ['60 kB notes', { ...generatedInput(215), name: 'sixty' }],
      ].map(async ([label, input]) => {
        const built = await buildLocalMap(input as BuildInput);
        if (!built.ok) throw new Error(`${String(label)} did not build`);
        const html = writeOneFile(template, {
          summary: {
            name: (input as BuildInput).name,
            title: built.bundle.graph.title,
            nodeCount: built.bundle.graph.nodes.length,
            bytes: 0,
            savedAt: 0,
            from: 'file',
            fingerprint: 0,
          },
          files: (input as BuildInput).files,
          bundle: built.bundle,
        });
        return [
          `one-file page, ${String(label)}`,
          kB(Buffer.byteLength(html)),
          kB(gzipSync(html).length),
        ];
      }),
    );
    process.stdout.write('\nSharing\n');
    process.stdout.write(
      formatTable(
        ['what', 'size', 'gzip'],
        [
          [
            'seed notes + companion (UTF-8)',
            kB(seed.files.reduce((n, f) => n + Buffer.byteLength(f.text), 0)),
            '',
          ],
          ['share payload, seed (characters)', String(payload.length), ''],
          [`share link to /node/ingress on ${SITE} (characters)`, String(link.length), ''],
          [
            'one-file template (no map)',
            kB(Buffer.byteLength(template)),
            kB(gzipSync(template).length),
          ],
          ...sizes,
        ],
      ) + '\n',
    );

    const initial = await initialScripts(app.dir, '/');
    process.stdout.write('\nFirst load (index.html scripts and modulepreloads)\n');
    process.stdout.write(
      formatTable(
        ['file', 'raw', 'gzip'],
        [
          ...initial.map((file) => [file.file, kB(file.raw), kB(file.gzip)]),
          ['total', kB(total(initial).raw), kB(total(initial).gzip)],
        ],
      ) + '\n',
    );
  } finally {
    await browser.close();
    await server.close();
    await app.remove();
  }
}

await main();

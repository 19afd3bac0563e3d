/**
 * The Web Worker that builds maps from notes opened in the browser (build-job.ts). Vite bundles
 * it as a file of its own, loaded only when notes are opened: the readers, the layout and
 * Cytoscape's headless core never weigh on the page's first load.
 */
import { NOTES_EXTENSIONS } from '../notes/readers';
import { buildLocalMap, type BuildOutput } from './build-job';
import type { FromWorker, ToWorker } from './build-protocol';

// The layout experiment reads tuning values from process.env (src/graph/layout/
// experiment-fcose.ts), which a browser does not have; an empty one gives its defaults.
(globalThis as { process?: unknown }).process ??= { env: {} };

function send(message: FromWorker): void {
  self.postMessage(message);
}

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const { id, inputs } = event.data;
  void (async () => {
    try {
      const outputs: BuildOutput[] = [];
      for (const [index, input] of inputs.entries()) {
        const progress = { index, total: inputs.length, name: input.name };
        outputs.push(
          await buildLocalMap(input, (stage) =>
            send({ type: 'progress', id, progress: { ...progress, ...stage } }),
          ),
        );
      }
      send({ type: 'done', id, outputs });
    } catch (error) {
      // A bug, not bad notes (readers never throw): say so rather than hang the page.
      send({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) });
    }
  })();
});

send({ type: 'ready', extensions: NOTES_EXTENSIONS });

/**
 * Worker threads for the build's layout (issue 15: "each container on its own, in parallel
 * worker threads at build time"): the layout hands over the levels of one depth at once
 * (hierarchy.ts, LevelRunner) and the pool spreads them over one thread per core. The layout
 * itself stays free of Node (it also runs in a browser Web Worker); this module is the Node part.
 *
 * Threads start on first use (only maps of POOL_FROM concepts or more use them: starting costs
 * about a second), stop after a second without work (a build exits, a dev server stays light),
 * and run the layout's TypeScript through tsx, as the build does. If a thread cannot start or
 * fails, its levels are laid out in this thread instead: a slower build, never a failed one.
 * Each level's result depends only on the level, so a map is the same whichever thread laid it
 * out.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createForceEngine } from '../graph/layout/force';
import type { Point } from '../graph/layout/geometry';
import type { LevelRunner, LevelTask } from '../graph/layout/hierarchy';
import type { LayoutOptions } from '../graph/layout';
import { placeLevel } from '../graph/layout/place-level';
import type { LevelReply, LevelRequest } from './layout-worker';

/** From this many concepts a map's containers are laid out in worker threads. */
const POOL_FROM = 2000;
/** Threads stop after this long without work. */
const IDLE_MS = 1000;

let shared: LayoutPool | null = null;

/** How the build lays out a map: in worker threads when it is large (issue 15). */
export function layoutOptionsFor(graph: { nodes: readonly unknown[] }): LayoutOptions {
  if (graph.nodes.length < POOL_FROM) return {};
  shared ??= createLayoutPool();
  return { runLevels: shared.runLevels };
}

export interface LayoutPool {
  runLevels: LevelRunner;
  /** How many levels the threads have laid out (the rest fell back to this thread). */
  inThreads(): number;
  /** Stops the threads; the pool may not be used afterwards. */
  close(): Promise<void>;
}

/** Levels sent to a thread in one message. */
interface Job {
  id: number;
  tasks: LevelTask[];
  resolve: (placed: Map<string, Point>[]) => void;
}

/** Concepts per message, at most; fewer when a batch is small, so every thread gets some. */
const CHUNK_ITEMS = 200;

/**
 * One thread per core. The build's own thread only hands out levels: it holds the whole map,
 * and collecting garbage in its large heap makes it the slowest place to lay one out.
 */
export function createLayoutPool(size = availableParallelism()): LayoutPool {
  const workers: { worker: Worker; job: Job | null }[] = [];
  const queue: Job[] = [];
  let nextId = 0;
  let broken = false;
  let idle: ReturnType<typeof setTimeout> | null = null;
  let inThreads = 0;

  /** Without threads: what is queued, laid out here (a live engine would hold the process). */
  const runHere = () => {
    const engine = createForceEngine();
    try {
      for (let job = queue.shift(); job; job = queue.shift()) {
        job.resolve(
          job.tasks.map(({ items, links, seeds }) => placeLevel(items, links, { engine, seeds })),
        );
      }
    } finally {
      engine.dispose();
    }
  };
  const dispatch = () => {
    for (const slot of workers) {
      if (slot.job || queue.length === 0) continue;
      const job = queue.shift()!;
      slot.job = job;
      // A thread at work keeps the process alive (a script awaiting its map), an idle one not.
      slot.worker.ref();
      const request: LevelRequest = { id: job.id, tasks: job.tasks };
      slot.worker.postMessage(request);
    }
    if (broken && queue.length > 0) runHere();
    if (idle !== null) clearTimeout(idle);
    idle = null;
    if (workers.length > 0 && workers.every((slot) => !slot.job)) {
      idle = setTimeout(stop, IDLE_MS);
      idle.unref();
    }
  };
  const stop = () => {
    const stopping = workers.splice(0).map(({ worker }) => {
      worker.removeAllListeners();
      return worker.terminate();
    });
    return Promise.all(stopping);
  };
  const start = () => {
    for (let index = 0; index < Math.max(1, size); index++) {
      let worker: Worker;
      try {
        worker = new Worker(bootCode(), { eval: true });
      } catch {
        broken = true;
        return;
      }
      worker.unref();
      const slot = { worker, job: null as Job | null };
      worker.on('message', (reply: LevelReply) => {
        const job = slot.job;
        if (!job || job.id !== reply.id) return;
        slot.job = null;
        inThreads += job.tasks.length;
        worker.unref();
        job.resolve(
          reply.placed.map((level) => new Map(level.map(([id, x, y]) => [id, { x, y }]))),
        );
        dispatch();
      });
      const fail = () => {
        const index = workers.indexOf(slot);
        if (index >= 0) workers.splice(index, 1);
        if (slot.job) queue.unshift(slot.job);
        slot.job = null;
        if (workers.length === 0) broken = true;
        dispatch();
      };
      worker.on('error', fail);
      worker.on('exit', fail);
      workers.push(slot);
    }
  };

  return {
    runLevels: async (tasks) => {
      if (workers.length === 0 && !broken) start();
      const total = tasks.reduce((sum, task) => sum + task.items.length, 0);
      const limit = Math.min(CHUNK_ITEMS, Math.ceil(total / (4 * Math.max(1, workers.length))));
      const chunks: LevelTask[][] = [];
      let size = Infinity;
      for (const task of tasks) {
        if (size >= limit) {
          chunks.push([]);
          size = 0;
        }
        chunks[chunks.length - 1]!.push(task);
        size += task.items.length;
      }
      const results = chunks.map(
        (chunk) =>
          new Promise<Map<string, Point>[]>((resolve) => {
            queue.push({ id: nextId++, tasks: chunk, resolve });
          }),
      );
      dispatch();
      return (await Promise.all(results)).flat();
    },
    inThreads: () => inThreads,
    close: async () => {
      broken = true;
      if (idle !== null) clearTimeout(idle);
      await stop();
    },
  };
}

/**
 * What a thread runs first: the worker module beside this one, in the same language. Node runs
 * TypeScript in a thread only with a loader, so the thread first registers the same tsx the
 * build runs with (its ESM API, found through its package's exports), then imports the module.
 */
function bootCode(): string {
  const typescript = import.meta.url.endsWith('.ts');
  const worker = new URL(typescript ? './layout-worker.ts' : './layout-worker.js', import.meta.url);
  if (!typescript) return `import(${JSON.stringify(worker.href)});`;
  const packagePath = createRequire(import.meta.url).resolve('tsx/package.json');
  const exports = (
    JSON.parse(readFileSync(packagePath, 'utf8')) as {
      exports: Record<string, { import: { default: string } }>;
    }
  ).exports;
  const api = pathToFileURL(join(dirname(packagePath), exports['./esm/api']!.import.default));
  return `import(${JSON.stringify(api.href)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker.href)}); });`;
}

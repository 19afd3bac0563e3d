/**
 * The page's side of the build worker: one worker, started when notes are first opened (not at
 * page load), reused for later builds, and stopped by `cancel` (a long layout the user gave up
 * on). A worker that cannot start (a broken deploy, a policy) fails the build with a message
 * instead of leaving a spinner forever.
 */
import type { BuildInput, BuildOutput } from './build-job';
import type { BuildProgress, FromWorker, ToWorker } from './build-protocol';

export interface MapBuilder {
  /** The extensions the readers read (`.rst`, `.md`, …), to pick notes among dropped files. */
  extensions(): Promise<readonly string[]>;
  build(
    inputs: readonly BuildInput[],
    onProgress?: (progress: BuildProgress) => void,
  ): Promise<BuildOutput[]>;
  /** Stops any build under way; its promise rejects with BuildCancelled. */
  cancel(): void;
}

export class BuildCancelled extends Error {
  constructor() {
    super('The build was cancelled.');
    this.name = 'BuildCancelled';
  }
}

interface Pending {
  resolve(outputs: BuildOutput[]): void;
  reject(error: Error): void;
  onProgress?: ((progress: BuildProgress) => void) | undefined;
}

export function workerBuilder(): MapBuilder {
  let worker: Worker | null = null;
  let ready: Promise<readonly string[]> | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const stop = (error: Error) => {
    worker?.terminate();
    worker = null;
    ready = null;
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  };

  const start = (): Promise<readonly string[]> => {
    if (ready) return ready;
    const started = new Worker(new URL('./build-worker.ts', import.meta.url), { type: 'module' });
    worker = started;
    ready = new Promise((resolve, reject) => {
      started.addEventListener('message', (event: MessageEvent<FromWorker>) => {
        const message = event.data;
        if (message.type === 'ready') {
          resolve(message.extensions);
          return;
        }
        const job = pending.get(message.id);
        if (!job) return;
        if (message.type === 'progress') {
          job.onProgress?.(message.progress);
          return;
        }
        pending.delete(message.id);
        if (message.type === 'done') job.resolve(message.outputs);
        else job.reject(new Error(message.message));
      });
      started.addEventListener('error', (event) => {
        event.preventDefault();
        const error = new Error(
          `The map builder stopped: ${event.message || 'it could not load'}.`,
        );
        reject(error);
        stop(error);
      });
    });
    return ready;
  };

  return {
    extensions: start,
    async build(inputs, onProgress) {
      await start();
      const id = nextId++;
      return new Promise<BuildOutput[]>((resolve, reject) => {
        pending.set(id, { resolve, reject, onProgress });
        worker!.postMessage({ id, inputs } satisfies ToWorker);
      });
    },
    cancel: () => stop(new BuildCancelled()),
  };
}

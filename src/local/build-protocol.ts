/** The messages between the page (build-client.ts) and the build worker (build-worker.ts). */
import type { BuildInput, BuildOutput, BuildStage } from './build-job';

export type ToWorker = { id: number; inputs: readonly BuildInput[] };

/** How far a build is: map `index` of `total`, at `stage`. */
export interface BuildProgress extends BuildStage {
  index: number;
  total: number;
  name: string;
}

export type FromWorker =
  /** Sent once on start: the extensions the readers read, for the page to pick files by. */
  | { type: 'ready'; extensions: readonly string[] }
  | { type: 'progress'; id: number; progress: BuildProgress }
  | { type: 'done'; id: number; outputs: BuildOutput[] }
  | { type: 'failed'; id: number; message: string };

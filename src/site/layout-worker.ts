/**
 * A worker thread of the layout pool (layout-pool.ts): lays out the levels it is sent, one at a
 * time, with its own headless Cytoscape, exactly as the build's own thread would (placeLevel is
 * pure given its input), so a map comes out the same with or without the pool.
 */
import { parentPort } from 'node:worker_threads';
import { createForceEngine } from '../graph/layout/force';
import type { LevelTask } from '../graph/layout/hierarchy';
import { placeLevel } from '../graph/layout/place-level';

/** Several small levels per message: a message costs more than laying out ten concepts. */
export interface LevelRequest {
  id: number;
  tasks: LevelTask[];
}

export interface LevelReply {
  id: number;
  /** Per level: item id, x, y of each centre. */
  placed: [string, number, number][][];
}

const engine = createForceEngine();

parentPort?.on('message', ({ id, tasks }: LevelRequest) => {
  const placed = tasks.map((task) =>
    [...placeLevel(task.items, task.links, { engine, seeds: task.seeds })].map(
      ([item, at]): [string, number, number] => [item, at.x, at.y],
    ),
  );
  const reply: LevelReply = { id, placed };
  parentPort!.postMessage(reply);
});

/**
 * A worker thread of the layout pool (layout-pool.ts): lays out the levels it is sent, one at a
 * time, with its own headless Cytoscape, exactly as the build's own thread would (placeLevel is
 * pure given its input), so a map comes out the same with or without the pool.
 */
import { parentPort } from 'node:worker_threads';
import { createForceEngine } from '../graph/layout/force';
import type { LevelTask } from '../graph/layout/hierarchy';
import { placeLevel } from '../graph/layout/place-level';

export interface LevelRequest {
  id: number;
  task: LevelTask;
}

export interface LevelReply {
  id: number;
  /** Item id, x, y of each centre. */
  placed: [string, number, number][];
}

const engine = createForceEngine();

parentPort?.on('message', ({ id, task }: LevelRequest) => {
  const placed = placeLevel(task.items, task.links, { engine, seeds: task.seeds });
  const reply: LevelReply = { id, placed: [...placed].map(([item, at]) => [item, at.x, at.y]) };
  parentPort!.postMessage(reply);
});

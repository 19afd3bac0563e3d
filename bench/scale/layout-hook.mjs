/**
 * Node module hook for bench/scale/build-site.ts (registered with `--import`): every import of the
 * layout's entry point (src/graph/layout/index.ts) gets the benchmark's timed wrapper instead
 * (timed-layout.ts), which times each call of the real layout. The wrapper itself imports the
 * real one.
 */
import { register } from 'node:module';

register('./layout-resolve.mjs', import.meta.url);

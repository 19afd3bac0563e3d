/**
 * Node module hook for bench/scale/build-site.ts (registered with `--import`): every import of the
 * layout's entry point (src/graph/layout/index.ts) gets the benchmark's timed wrapper instead,
 * which times each call and runs either the real layout or, with MUSUBI_BENCH_LAYOUT=stand-in,
 * the stand-in (stand-in-layout.ts). The wrapper itself imports the real one.
 */
import { register } from 'node:module';

register('./layout-resolve.mjs', import.meta.url);

// Module written by the build plugin (src/build/): the bundled notes in data/, as concept graphs
// with precomputed positions. See src/graph/map-bundle.ts.
declare module 'virtual:musubi-maps' {
  import type { MapSource } from './graph/map-bundle';
  const source: MapSource;
  export default source;
}

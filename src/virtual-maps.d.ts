// Module written by the build plugin (src/site/): the bundled notes in data/, as concept graphs
// with precomputed positions. See src/graph/map-bundle.ts. (An import type, not an import
// declaration: an ambient module may not import through a relative path.)
declare module 'virtual:musubi-maps' {
  const source: import('./graph/map-bundle').MapSource;
  export default source;
}

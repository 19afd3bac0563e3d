/**
 * A map's companion file is `<map>.map.yaml` beside its notes (docs/graph-format.md). In a
 * module of its own, so the page can tell companions apart without loading the build's code.
 */
export const COMPANION_SUFFIX = '.map.yaml';

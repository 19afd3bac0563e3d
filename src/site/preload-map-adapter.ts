/**
 * Lets the browser fetch and compile Cytoscape (the map's drawing code, the app's largest chunk)
 * while the main script is still loading, instead of only once the app has run and asked for it:
 * one round trip less on every cold load. `modulepreload` fetches and compiles; nothing runs
 * before the app imports it. The map's own data chunk is small and is requested in parallel by
 * the app at start-up (src/main.tsx), so it is not preloaded: it would count against the initial
 * JS budget for no gain.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** The module the app imports dynamically to draw maps (src/main.tsx). */
const MAP_ADAPTER_MODULE = 'src/graph/create-concept-map.ts';

/** `vite build` only: adds the Cytoscape chunk's modulepreload to index.html (and so every page). */
export function preloadMapAdapter(): Plugin {
  let base = '/';
  return {
    name: 'musubi-preload-map-adapter',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context): HtmlTagDescriptor[] {
        const adapter = Object.values(context.bundle ?? {}).find(
          (output) =>
            output.type === 'chunk' && output.facadeModuleId?.endsWith(MAP_ADAPTER_MODULE),
        );
        if (!adapter) return [];
        return [
          {
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: base + adapter.fileName },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

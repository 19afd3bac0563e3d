/**
 * The library and the build worker's client, loaded on first use rather than with the page:
 * most visits never open notes, so IndexedDB's wrapper and the client stay out of the first
 * load (src/ui/LocalMaps/page.ts). Each stands in for the real one with the same interface.
 */
import type { MapBuilder } from './build-client';
import type { LocalLibrary } from './store';

export function deferredLibrary(load: () => Promise<LocalLibrary>): LocalLibrary {
  let loaded: Promise<LocalLibrary> | null = null;
  const library = () => (loaded ??= load());
  return {
    list: async () => (await library()).list(),
    get: async (name) => (await library()).get(name),
    save: async (map) => (await library()).save(map),
    remove: async (name) => (await library()).remove(name),
    subscribe(listener) {
      let stop: (() => void) | null = null;
      let stopped = false;
      void library().then((real) => {
        if (!stopped) stop = real.subscribe(listener);
      });
      return () => {
        stopped = true;
        stop?.();
      };
    },
  };
}

export function deferredBuilder(load: () => Promise<MapBuilder>): MapBuilder {
  let loaded: Promise<MapBuilder> | null = null;
  let ready: MapBuilder | null = null;
  const builder = () =>
    (loaded ??= load().then((real) => {
      ready = real;
      return real;
    }));
  return {
    extensions: async () => (await builder()).extensions(),
    build: async (inputs, onProgress) => (await builder()).build(inputs, onProgress),
    cancel: () => ready?.cancel(),
  };
}

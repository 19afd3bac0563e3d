import type { MapBuilder } from '../../src/local/build-client';
import { buildLocalMap } from '../../src/local/build-job';
import { NOTES_EXTENSIONS } from '../../src/notes/readers';

/**
 * The build worker's job run on the test's own thread (Node and jsdom have no Web Worker),
 * counting the builds so tests can tell a map built from one found already kept.
 */
export function inThreadBuilder(): MapBuilder & { builds: number } {
  const builder = {
    builds: 0,
    extensions: async () => NOTES_EXTENSIONS,
    async build(
      inputs: Parameters<MapBuilder['build']>[0],
      onProgress?: Parameters<MapBuilder['build']>[1],
    ) {
      const outputs = [];
      for (const [index, input] of inputs.entries()) {
        builder.builds += 1;
        outputs.push(
          await buildLocalMap(input, (stage) =>
            onProgress?.({ index, total: inputs.length, name: input.name, ...stage }),
          ),
        );
      }
      return outputs;
    },
    cancel() {},
  };
  return builder;
}

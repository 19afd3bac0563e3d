import { useCallback, useEffect, useRef, useState } from 'react';
import { BuildCancelled } from '../../local/build-client';
import type { BuildProgress } from '../../local/build-protocol';
import type { OpenContext, OpenOutcome } from '../../local/open-notes';
import { useLocalMaps } from './local-maps-context';

export type OpenState =
  | { phase: 'idle' }
  | { phase: 'working'; progress: BuildProgress | null }
  | { phase: 'done'; outcome: OpenOutcome };

/**
 * Runs one way of opening notes (files, a link, an update) with the page's library and build
 * worker, and follows it: progress while the worker builds, then what was opened and what went
 * wrong. An unexpected failure (the worker could not start) becomes a problem like any other.
 */
export function useOpenNotes() {
  const services = useLocalMaps();
  const [state, setState] = useState<OpenState>({ phase: 'idle' });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(
    async (task: (context: OpenContext) => Promise<OpenOutcome>): Promise<OpenOutcome | null> => {
      if (!services?.builder) return null;
      setState({ phase: 'working', progress: null });
      let outcome: OpenOutcome;
      try {
        outcome = await task({
          library: services.library,
          builder: services.builder,
          onProgress: (progress) => {
            if (mounted.current) setState({ phase: 'working', progress });
          },
        });
      } catch (error) {
        if (error instanceof BuildCancelled) {
          if (mounted.current) setState({ phase: 'idle' });
          return null;
        }
        const detail = error instanceof Error ? error.message : String(error);
        outcome = { opened: [], problems: [{ kind: 'failed', detail }] };
      }
      if (mounted.current) setState({ phase: 'done', outcome });
      return outcome;
    },
    [services],
  );

  const cancel = useCallback(() => services?.builder?.cancel(), [services]);
  return { state, run, cancel, available: Boolean(services?.builder) };
}

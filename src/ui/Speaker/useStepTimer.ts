import { useEffect, useSyncExternalStore } from 'react';

function storageKey(mapId: string): string {
  return `musubi:speaker-step:${mapId}`;
}

/** When the stored step began, if the stored step is `step`. */
function readSince(mapId: string, step: string): number | null {
  try {
    const value = JSON.parse(window.sessionStorage.getItem(storageKey(mapId)) ?? 'null') as {
      step?: unknown;
      since?: unknown;
    } | null;
    return value?.step === step && typeof value.since === 'number' ? value.since : null;
  } catch {
    return null;
  }
}

// The store is sessionStorage; this window's writes are announced to its own readers here.
const listeners = new Set<() => void>();
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * When the talk arrived at its current step (`step` names it: the parts and the answer of one
 * step are one step for pacing), or null for the moment it takes to notice a new step. Kept in
 * sessionStorage, so reloading the speaker window does not restart the step's time.
 */
export function useStepStart(mapId: string, step: string): number | null {
  const since = useSyncExternalStore(
    subscribe,
    () => readSince(mapId, step),
    () => null,
  );
  useEffect(() => {
    if (readSince(mapId, step) !== null) return;
    try {
      window.sessionStorage.setItem(storageKey(mapId), JSON.stringify({ step, since: Date.now() }));
    } catch {
      return; // Storage unavailable: the step's time is not shown.
    }
    for (const listener of listeners) listener();
  }, [mapId, step]);
  return since;
}

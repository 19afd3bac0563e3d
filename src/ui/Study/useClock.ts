import { useCallback, useEffect, useState } from 'react';

/** Longest wait a timer is set for; a card due later is picked up on the next visit. */
const LONGEST_WAIT = 6 * 60 * 60_000;

/**
 * The time the session works with: read once, again after each rating and whenever `tick` is
 * called. Render stays pure (the time is state, not read while rendering).
 */
export function useClock(): [now: number, tick: () => void] {
  const [now, setNow] = useState(() => Date.now());
  const tick = useCallback(() => setNow(Date.now()), []);
  return [now, tick];
}

/** Calls `wake` when `at` comes (a card in its learning steps falls due and comes back). */
export function useWakeAt(at: number | null, wake: () => void): void {
  useEffect(() => {
    if (at === null) return;
    const wait = at - Date.now();
    if (wait > LONGEST_WAIT) return;
    const timer = setTimeout(wake, Math.max(wait, 0) + 250);
    return () => clearTimeout(timer);
  }, [at, wake]);
}

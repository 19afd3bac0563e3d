import { useCallback, useEffect, useState } from 'react';
import { elapsed, parseTimer, pause, reset, resume, startedTimer } from './timer';
import type { TimerState } from './timer';

function storageKey(mapId: string): string {
  return `musubi:speaker-timer:${mapId}`;
}

function readStored(mapId: string): TimerState | null {
  try {
    return parseTimer(window.sessionStorage.getItem(storageKey(mapId)));
  } catch {
    return null;
  }
}

/**
 * The wall clock and the talk's elapsed time, ticking once a second. The timer is kept in
 * sessionStorage, so reloading the speaker window does not restart the talk's time.
 */
export function useTimer(mapId: string) {
  const [now, setNow] = useState(() => Date.now());
  const [timer, setTimer] = useState<TimerState>(
    () => readStored(mapId) ?? startedTimer(Date.now()),
  );

  useEffect(() => {
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(tick);
  }, []);

  useEffect(() => {
    try {
      window.sessionStorage.setItem(storageKey(mapId), JSON.stringify(timer));
    } catch {
      // Storage unavailable: the timer lasts as long as the window.
    }
  }, [mapId, timer]);

  const update = useCallback((change: (timer: TimerState, now: number) => TimerState) => {
    const at = Date.now();
    setNow(at);
    setTimer((current) => change(current, at));
  }, []);

  return {
    now,
    elapsed: elapsed(timer, now),
    running: timer.startedAt !== null,
    pause: () => update(pause),
    resume: () => update(resume),
    reset: () => update(reset),
  };
}

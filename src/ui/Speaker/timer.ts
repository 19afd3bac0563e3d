/**
 * The speaker's elapsed-time timer as a value: running since `startedAt`, plus what ran before
 * the last pause. Pure, so pausing, resuming and resetting are testable without waiting.
 */
export interface TimerState {
  /** Milliseconds counted before the current run. */
  banked: number;
  /** When the current run started (ms since epoch), or null while paused. */
  startedAt: number | null;
}

export function startedTimer(now: number): TimerState {
  return { banked: 0, startedAt: now };
}

export function elapsed(timer: TimerState, now: number): number {
  return timer.banked + (timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt));
}

export function pause(timer: TimerState, now: number): TimerState {
  return timer.startedAt === null ? timer : { banked: elapsed(timer, now), startedAt: null };
}

export function resume(timer: TimerState, now: number): TimerState {
  return timer.startedAt === null ? { ...timer, startedAt: now } : timer;
}

/** Back to zero, keeping whether it runs. */
export function reset(timer: TimerState, now: number): TimerState {
  return { banked: 0, startedAt: timer.startedAt === null ? null : now };
}

/** `1:02:03` past an hour, `02:03` below. */
export function formatDuration(milliseconds: number): string {
  const total = Math.floor(milliseconds / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mmss = `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
  return hours > 0 ? `${hours}:${mmss}` : mmss;
}

export function parseTimer(text: string | null): TimerState | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<TimerState>;
    if (typeof value.banked !== 'number') return null;
    if (value.startedAt !== null && typeof value.startedAt !== 'number') return null;
    return { banked: value.banked, startedAt: value.startedAt ?? null };
  } catch {
    return null;
  }
}

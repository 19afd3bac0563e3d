import { describe, expect, test } from 'vitest';
import {
  elapsed,
  formatDuration,
  parseTimer,
  pause,
  reset,
  resume,
  startedTimer,
} from '../../../src/ui/Speaker/timer';

// The speaker's timer as values: times are given, never read from the clock.
describe('the speaker’s elapsed-time timer', () => {
  test('counts from its start, stops counting while paused, goes on after resuming', () => {
    let timer = startedTimer(1_000);
    expect(elapsed(timer, 61_000)).toBe(60_000);
    timer = pause(timer, 61_000);
    expect(elapsed(timer, 500_000)).toBe(60_000);
    timer = resume(timer, 500_000);
    expect(elapsed(timer, 530_000)).toBe(90_000);
  });

  test('reset goes back to zero and keeps running or paused as it was', () => {
    expect(elapsed(reset(startedTimer(0), 10_000), 15_000)).toBe(5_000);
    const paused = pause(startedTimer(0), 10_000);
    expect(elapsed(reset(paused, 20_000), 99_000)).toBe(0);
  });

  test.each([
    [0, '00:00'],
    [59_999, '00:59'],
    [61_000, '01:01'],
    [3_723_000, '1:02:03'],
  ])('%i ms reads %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  test('a stored timer is read back; anything else is ignored', () => {
    expect(parseTimer('{"banked":5,"startedAt":null}')).toEqual({ banked: 5, startedAt: null });
    expect(parseTimer('{"banked":"5"}')).toBeNull();
    expect(parseTimer('not json')).toBeNull();
    expect(parseTimer(null)).toBeNull();
  });
});

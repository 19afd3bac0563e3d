import type { BlockState } from '../state';

/** Where an explicit construct ended, and whether a blank line (or the end) ended it. */
export interface Construct {
  end: number;
  blankFinish: boolean;
}

/**
 * One of docutils' explicit constructs (Body.explicit.constructs): if its pattern matches line
 * `at`, whose text after ".. " starts at column `start`, it reads the construct and returns
 * where it ended; otherwise it returns null and changes nothing.
 */
export type ExplicitConstruct = (state: BlockState, at: number, start: number) => Construct | null;

export function afterSpaces(text: string, at: number): number {
  let end = at;
  while (text[end] === ' ') end++;
  return end;
}

/** `( +|$)` at `at`: the index after the spaces, or -1. */
export function spacesOrEnd(text: string, at: number): number {
  if (at === text.length) return at;
  return text[at] === ' ' ? afterSpaces(text, at) : -1;
}

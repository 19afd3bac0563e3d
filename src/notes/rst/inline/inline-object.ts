import type { Inline } from '../../document/model';
import { isWhitespace } from './chars';
import type { EndKind } from './end-strings';
import type { InlineState } from './state';

/*
 * What emphasis, strong, literal, inline targets and substitution references share: a
 * start-string followed by non-whitespace, the text, and the first valid end-string of the same
 * kind (docutils' Inliner.inline_obj).
 */

/** Where the text starts if `start` (the start-string) is at `at` and non-whitespace follows; -1 if not. */
export function simpleStart(state: InlineState, at: number, start: string): number {
  const textStart = at + start.length;
  return state.startsWith(at, start) && !isWhitespace(state.chars[textStart]) ? textStart : -1;
}

/** Builds the inline for the text chars[textStart, textEnd); `next` is just past the end-string. */
export type MakeInline = (
  state: InlineState,
  textStart: number,
  textEnd: number,
  next: number,
) => Inline;

/**
 * docutils' inline_obj: the start-string runs from `at` to `textStart`. A quoted start-string
 * is not markup; one without its end-string is kept as text with a warning (`node` names the
 * construct in it).
 */
export function inlineObject(
  state: InlineState,
  at: number,
  textStart: number,
  kind: EndKind,
  node: string,
  make: MakeInline,
): void {
  if (state.isQuoted(at, textStart)) return state.skip(textStart);
  const found = state.ends.find(kind, textStart);
  if (!found || found.start === textStart) return state.unterminated(at, textStart, node);
  state.push(at, [make(state, textStart, found.start, found.end)], found.end);
}

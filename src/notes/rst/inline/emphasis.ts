import { inlineObject, simpleStart, type MakeInline } from './inline-object';
import type { InlineRule } from './rule';

const makeEmphasis: MakeInline = (state, start, end) => ({
  type: 'emphasis',
  text: state.text(start, end),
});

/** `*emphasis*` (docutils' Inliner.emphasis; start-string `\*(?!\*)`: one star, not two). */
export const emphasis: InlineRule = (state, at) => {
  const textStart = simpleStart(state, at, '*');
  if (textStart < 0 || state.chars[textStart] === '*') return false;
  inlineObject(state, at, textStart, 'emphasis', 'emphasis', makeEmphasis);
  return true;
};

import { inlineObject, simpleStart, type MakeInline } from './inline-object';
import type { InlineRule } from './rule';

const makeStrong: MakeInline = (state, start, end) => ({
  type: 'strong',
  text: state.text(start, end),
});

/** `**strong**` (docutils' Inliner.strong; start-string `\*\*`). */
export const strong: InlineRule = (state, at) => {
  const textStart = simpleStart(state, at, '**');
  if (textStart < 0) return false;
  inlineObject(state, at, textStart, 'strong', 'strong', makeStrong);
  return true;
};

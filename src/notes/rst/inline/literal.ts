import { inlineObject, simpleStart, type MakeInline } from './inline-object';
import type { InlineRule } from './rule';

// Backslashes in literals are kept verbatim (docutils' restore_backslashes).
const makeLiteral: MakeInline = (state, start, end) => ({
  type: 'literal',
  text: state.text(start, end, true),
});

/** ``` ``literal`` ``` (docutils' Inliner.literal; start-string ``` `` ```). */
export const literal: InlineRule = (state, at) => {
  const textStart = simpleStart(state, at, '``');
  if (textStart < 0) return false;
  inlineObject(state, at, textStart, 'literal', 'literal', makeLiteral);
  return true;
};

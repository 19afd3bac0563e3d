import { inlineObject, simpleStart, type MakeInline } from './inline-object';
import type { InlineRule } from './rule';

// Inline targets are not part of the model yet: the target shows its name as text.
const makeTargetText: MakeInline = (state, start, end) => ({
  type: 'text',
  text: state.text(start, end),
});

/** `` _`inline target` `` (docutils' Inliner.inline_internal_target; start-string `` _` ``). */
export const inlineTarget: InlineRule = (state, at) => {
  const textStart = simpleStart(state, at, '_`');
  if (textStart < 0) return false;
  inlineObject(state, at, textStart, 'target', 'target', makeTargetText);
  return true;
};

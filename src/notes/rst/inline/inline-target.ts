import { inlineObject, simpleStart, type MakeInline } from './inline-object';
import { normalizeName } from './names';
import type { InlineRule } from './rule';

/** An inline target shows its text and names a place references can point at. */
const makeTarget: MakeInline = (state, start, end) => {
  const text = state.text(start, end);
  return { type: 'target', text, name: normalizeName(text) };
};

/** `` _`inline target` `` (docutils' Inliner.inline_internal_target; start-string `` _` ``). */
export const inlineTarget: InlineRule = (state, at) => {
  const textStart = simpleStart(state, at, '_`');
  if (textStart < 0) return false;
  inlineObject(state, at, textStart, 'target', 'target', makeTarget);
  return true;
};

import { inlineObject, simpleStart, type MakeInline } from './inline-object';
import { whitespaceNormalize } from './names';
import type { InlineRule } from './rule';

/**
 * No substitution definitions in the model yet: docutils' Substitutions transform reports the
 * reference (after the parser's own problems) and keeps its source as text.
 */
const makeUndefined: MakeInline = (state, start, end, next) => {
  const name = state.text(start, end);
  state.defer(`Undefined substitution referenced: "${whitespaceNormalize(name)}".`, 'error');
  return { type: 'text', text: state.text(start - 1, next, true) };
};

/** `|name|` (docutils' Inliner.substitution_reference; start-string `\|(?!\|)`). */
export const substitutionReference: InlineRule = (state, at) => {
  const textStart = simpleStart(state, at, '|');
  if (textStart < 0 || state.chars[textStart] === '|') return false;
  inlineObject(state, at, textStart, 'substitution', 'substitution_reference', makeUndefined);
  return true;
};

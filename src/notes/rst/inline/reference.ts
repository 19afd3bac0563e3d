import type { Inline } from '../../document/model';
import { isNameChar } from './chars';
import { normalizeName } from './names';
import type { InlineRule } from './rule';

/**
 * `name_` and anonymous `name__` (docutils' Inliner.reference; the "whole" construct
 * `simplename__?` followed by an end-string suffix). Returned unresolved (url null): the
 * references transform finds the target.
 */
export const reference: InlineRule = (state, at) => {
  if (!state.mayReference || !isNameChar(state.chars[at])) return false;
  const { chars, ends } = state;
  const refendLength = (nameEnd: number): number => {
    if (chars[nameEnd] !== '_') return 0;
    if (chars[nameEnd + 1] === '_' && ends.suffixAt(nameEnd + 2)) return 2;
    return ends.suffixAt(nameEnd + 1) ? 1 : 0;
  };
  const nameEnd = ends.longestName(at, 'reference', (end) => refendLength(end) > 0);
  if (nameEnd < 0) return false;
  const end = nameEnd + refendLength(nameEnd);
  const name = state.text(at, nameEnd);
  const inline: Inline =
    end - nameEnd === 2
      ? { type: 'reference', text: name, url: null, anonymous: true }
      : { type: 'reference', text: name, url: null, refname: normalizeName(name) };
  state.push(at, [inline], end);
  return true;
};

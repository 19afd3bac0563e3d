import { readExplicitMarkup } from './explicit-markup';
import { matchAnonymous } from './patterns';
import type { BlockRule } from './rule';

/** docutils' Body.anonymous: "__ url" is an anonymous target, then the Explicit state. */
export const anonymous: BlockRule = (state, at) => {
  if (matchAnonymous(state.text(at)) === -1) return false;
  state.line = readExplicitMarkup(state, at);
  return true;
};

import { isOptionMarker } from './patterns';
import type { BlockRule } from './rule';
import { text } from './text';

/**
 * docutils' Body.option_marker (`-a`, `--name=ARG`, `/V`). Option lists are not part of the
 * model yet: the lines are read as text (a paragraph, or a definition list when indented text
 * follows). The rule keeps the line from the rules after it, as docutils' pattern order does.
 */
export const optionList: BlockRule = (state, at) => {
  if (!isOptionMarker(state.text(at))) return false;
  return text(state, at);
};

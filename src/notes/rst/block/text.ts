import { definitionList } from './definition-list';
import { literalBlock } from './literal-block';
import { paragraph, paragraphFrom } from './paragraph';
import { isAdornmentLine } from './patterns';
import type { BlockRule } from './rule';
import { underlinedTitle } from './section-title';
import type { BlockState } from './state';

/**
 * docutils' Body.text and the Text state: the line after a text line decides what the text is.
 * A blank line (or the end) makes it a paragraph, an indented line a definition list, an
 * adornment line a section title, another text line a longer paragraph. Returns the first line
 * after what was read.
 */
export function textLine(state: BlockState, at: number): number {
  const next = at + 1;
  if (next >= state.lines.length || state.isBlank(next)) {
    const literalNext = paragraph(state, at, next);
    return literalNext ? literalBlock(state, next, at) : next;
  }
  if (state.isIndented(next)) return definitionList(state, at);
  if (isAdornmentLine(state.text(next))) return underlinedTitle(state, at, next);
  return paragraphFrom(state, at, next);
}

/** Body.text: any line no other rule takes. Last in the rule table; it always reads. */
export const text: BlockRule = (state, at) => {
  state.line = textLine(state, at);
  return true;
};

import { joinLines, trimBlankEnds } from '../source/source';
import type { Directive } from './directive';

/*
 * docutils' directives/admonitions.py: the generic `admonition` (its title is the argument)
 * and the specific ones (note, warning...), whose text on the directive line is content.
 */

/** `.. note::`, `.. warning::`... : the body is everything after the "::". */
export const specificAdmonition: Directive = (
  state,
  { name, line, argumentLines, afterArguments },
) => {
  const body = trimBlankEnds(state.source, [...argumentLines, ...afterArguments]);
  if (body.length === 0) {
    state.report(line, 'error', `Content block expected for the "${name}" directive; none found.`);
  }
  state.emit({ type: 'admonition', line, name, title: [], blocks: state.nested(body) });
};

/** `.. admonition:: Title`: one argument, the title, then the body. */
export const genericAdmonition: Directive = (state, { name, line, argumentLines, content }) => {
  const title = joinLines(state.source, argumentLines);
  if (!title) {
    state.report(
      line,
      'error',
      'Error in "admonition" directive:\n1 argument(s) required, 0 supplied.',
    );
  } else if (content.length === 0) {
    state.report(line, 'error', `Content block expected for the "${name}" directive; none found.`);
  }
  state.emit({
    type: 'admonition',
    line,
    name,
    title: title ? state.inlines(title, line) : [],
    blocks: state.nested(content),
  });
};

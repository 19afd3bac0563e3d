import type { Block } from '../../document/model';
import { joinLines, trimBlankEnds } from '../source/source';
import { withSpec, type Directive } from './directive';

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

/** Sphinx's labelled notes: what their title says, from the version they name. */
const VERSION_LABELS: Readonly<Record<string, string>> = {
  versionadded: 'New in version %s',
  versionchanged: 'Changed in version %s',
  deprecated: 'Deprecated since version %s',
};

/**
 * Sphinx's `versionadded`, `versionchanged`, `deprecated` (domains/changeset.py): a note titled
 * "New in version 1.2" (and so on), its explanation on the directive line (or right under it)
 * first, then its content.
 */
export const versionNote = withSpec(
  {
    requiredArguments: 1,
    optionalArguments: 1,
    finalArgumentWhitespace: true,
    hasContent: true,
    options: 'any',
  },
  (state, call, { arguments: [version, explanation], content }) => {
    const label = (VERSION_LABELS[call.name] ?? '%s').replace('%s', version!);
    const blocks: Block[] = [];
    if (explanation) {
      blocks.push({
        type: 'paragraph',
        line: call.line,
        content: state.inlines(explanation, call.line + 1),
      });
    }
    blocks.push(...state.nested(content));
    state.emit({
      type: 'admonition',
      line: call.line,
      name: call.name,
      title: [{ type: 'text', text: label }],
      blocks,
    });
  },
);

/** Sphinx's admonitions with a fixed title: `seealso` ("See also"), the todo extension's `todo`. */
const FIXED_TITLES: Readonly<Record<string, string>> = { seealso: 'See also', todo: 'Todo' };

export const titledAdmonition: Directive = (state, call) => {
  const body = trimBlankEnds(state.source, [...call.argumentLines, ...call.afterArguments]);
  if (body.length === 0) {
    state.report(
      call.line,
      'error',
      `Content block expected for the "${call.name}" directive; none found.`,
    );
  }
  state.emit({
    type: 'admonition',
    line: call.line,
    name: call.name,
    title: [{ type: 'text', text: FIXED_TITLES[call.name] ?? call.name }],
    blocks: state.nested(body),
  });
};

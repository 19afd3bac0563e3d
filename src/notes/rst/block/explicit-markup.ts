import { anonymousTarget } from './explicit/anonymous-target';
import { comment } from './explicit/comment';
import { afterSpaces, type Construct, type ExplicitConstruct } from './explicit/construct';
import { directive } from './explicit/run-directive';
import { footnote } from './explicit/footnote';
import { hyperlinkTarget } from './explicit/hyperlink-target';
import { substitutionDefinition } from './explicit/substitution-definition';
import { classifyLine, matchExplicit } from './patterns';
import type { BlockRule } from './rule';
import type { BlockState } from './state';

/**
 * The constructs explicit markup may hold, in docutils' order (Body.explicit.constructs):
 * footnotes and citations, hyperlink targets, substitution definitions, directives. What none
 * of them recognises is a comment.
 */
const EXPLICIT_CONSTRUCTS: readonly (readonly [name: string, construct: ExplicitConstruct])[] = [
  ['footnote or citation', footnote],
  ['hyperlink target', hyperlinkTarget],
  ['substitution definition', substitutionDefinition],
  ['directive', directive],
];

/** docutils' Body.explicit_construct for the line `at` (".. " or "__ "). */
function explicitConstruct(state: BlockState, at: number): Construct {
  const text = state.text(at);
  if (text.startsWith('__')) return anonymousTarget(state, at);
  const start = afterSpaces(text, 2);
  // ".." alone has no construct after it: a comment.
  if (start > 2) {
    for (const [, construct] of EXPLICIT_CONSTRUCTS) {
      const read = construct(state, at, start);
      if (read) return read;
    }
  }
  return comment(state, at, start);
}

/**
 * The first construct at `at`, then the Explicit state: it goes on only with another construct
 * right below; a blank line ends it. Returns the first line after them.
 */
export function readExplicitMarkup(state: BlockState, at: number): number {
  let construct = explicitConstruct(state, at);
  for (;;) {
    if (construct.end >= state.lines.length || state.isBlank(construct.end)) break;
    if (state.isIndented(construct.end)) break;
    const kind = classifyLine(state.text(construct.end)).kind;
    if (kind !== 'explicit' && kind !== 'anonymous') break;
    construct = explicitConstruct(state, construct.end);
  }
  if (!construct.blankFinish) state.unindentWarning('Explicit markup', construct.end);
  return construct.end;
}

/** docutils' Body.explicit_markup: ".. " starts explicit markup. */
export const explicitMarkup: BlockRule = (state, at) => {
  if (matchExplicit(state.text(at)) === -1) return false;
  state.line = readExplicitMarkup(state, at);
  return true;
};

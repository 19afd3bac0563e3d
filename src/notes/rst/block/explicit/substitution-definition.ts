import { comment } from './comment';
import { afterSpaces, type ExplicitConstruct } from './construct';

/**
 * `.. |name| directive:: ...`: docutils' Body.substitution_def. Substitutions are not part of
 * the model yet: the definition is reported and kept as a comment.
 */
export const substitutionDefinition: ExplicitConstruct = (state, at, start) => {
  const text = state.text(at);
  if (text[start] !== '|' || start + 1 >= text.length || text[start + 1] === ' ') return null;
  state.report(
    state.lineNo(at),
    'info',
    'Substitution definitions are not interpreted; kept as a comment.',
  );
  return comment(state, at, afterSpaces(text, 2));
};

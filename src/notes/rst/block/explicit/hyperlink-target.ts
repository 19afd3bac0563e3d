import { getIndented } from '../../source/source';
import { comment } from './comment';
import { afterSpaces, type ExplicitConstruct } from './construct';
import { parseTarget } from './target-parts';

/**
 * `.. _name: url`, `.. _name:` (internal target), `.. __: url` and `.. _name: other_` (docutils'
 * Body.hyperlink_target). A malformed target is reported and kept as a comment.
 */
export const hyperlinkTarget: ExplicitConstruct = (state, at, start) => {
  const text = state.text(at);
  if (text[start] !== '_' || start + 1 >= text.length || text[start + 1] === ' ') return null;
  const block = getIndented(state.source, state.lines, at, {
    firstIndent: start + 1,
    untilBlank: true,
    stripIndent: false,
  });
  const line = state.lineNo(at);
  const target = parseTarget(block.lines.map((view) => state.source.text(view)));
  if (!target) {
    state.report(line, 'warning', 'malformed hyperlink target.');
    return comment(state, at, afterSpaces(text, 2));
  }
  state.emit({ type: 'target', line, ...target });
  return { end: block.end, blankFinish: block.blankFinish };
};

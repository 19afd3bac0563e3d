import { getIndented } from '../../source/source';
import { afterSpaces, type Construct } from './construct';
import type { BlockState } from '../state';
import { targetUrl } from './target-parts';

/** `__ url`: docutils' Body.anonymous_target, an anonymous target without the ".. _". */
export function anonymousTarget(state: BlockState, at: number): Construct {
  const block = getIndented(state.source, state.lines, at, {
    firstIndent: afterSpaces(state.text(at), 2),
    untilBlank: true,
  });
  state.emit({
    type: 'target',
    line: state.lineNo(at),
    name: null,
    anonymous: true,
    ...targetUrl(block.lines.map((view) => state.source.text(view))),
  });
  return { end: block.end, blankFinish: block.blankFinish };
}

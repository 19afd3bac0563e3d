import type { BlockState } from './state';

/**
 * A block rule: one transition of docutils' Body state (parsers/rst/states.py) with the method
 * it calls. If the rule's pattern matches line `at` (never blank), the rule reads the construct
 * that starts there, emits its blocks, sets state.line past it and returns true. If the
 * pattern does not match, the rule changes nothing and returns false.
 *
 * A rule whose pattern matched always reads something: where docutils corrects a transition
 * to another (TransitionCorrection('text')), the rule calls that rule itself.
 */
export type BlockRule = (state: BlockState, at: number) => boolean;

import type { InlineState } from './state';

/**
 * An inline rule: one alternative of docutils' `initial` pattern (Inliner.patterns.initial in
 * parsers/rst/states.py) and the Inliner method it dispatches to. If its start-string (or its
 * whole construct) matches at `at`, the rule reads the construct through state.push, state.skip
 * or state.unterminated, which always move state.remaining past `at`, and returns true. If it
 * does not match there, the rule changes nothing and returns false.
 *
 * Once a start-string matches, its rule owns the position even if no end-string follows (docutils
 * does not try the other alternatives there): a rule returns false only for "not mine".
 */
export type InlineRule = (state: InlineState, at: number) => boolean;

import { interpretedText as applyRole } from '../roles/registry';
import { phraseReference } from './phrase-reference';
import type { InlineRule } from './rule';
import type { InlineState } from './state';

/** `:role:` before a backquote at `at`: the role name's end, or -1. */
function rolePrefixEnd(state: InlineState, at: number): number {
  if (state.chars[at] !== ':') return -1;
  return state.ends.longestName(
    at + 1,
    'role',
    (nameEnd) => state.chars[nameEnd] === ':' && state.isBackquoteStart(nameEnd + 1),
  );
}

/**
 * `` `text` ``, `` :role:`text` ``, `` `text`:role: `` and the phrase references `` `text`_ ``,
 * `` `text`__ `` (docutils' Inliner.interpreted_or_phrase_ref; start-string
 * `` (:simplename:)?`(?!`) ``). Roles come from the role registry (../roles/registry.ts).
 */
export const interpretedText: InlineRule = (state, at) => {
  const roleEnd = rolePrefixEnd(state, at);
  const prefix = roleEnd >= 0 ? state.chars.slice(at + 1, roleEnd).join('') : null;
  const tickStart = roleEnd >= 0 ? roleEnd + 1 : at;
  if (prefix === null && !state.isBackquoteStart(at)) return false;
  const textStart = tickStart + 1;
  if (prefix === null && state.isQuoted(tickStart, textStart)) {
    state.skip(textStart);
    return true;
  }
  const found = state.ends.find('backquote', textStart);
  if (!found || found.start === textStart) {
    state.unterminated(tickStart, textStart, 'interpreted text or phrase reference');
    return true;
  }
  const next = found.end;
  // docutils keeps the whole construct as text; the text between the backquotes is enough.
  const problem = (message: string): true => {
    state.warn(message);
    state.push(at, [{ type: 'text', text: state.text(textStart, found.start) }], next);
    return true;
  };
  if (found.role !== null && prefix !== null) {
    return problem(
      'Multiple roles in interpreted text (both prefix and suffix present; only one allowed).',
    );
  }
  const role = found.role ?? prefix;
  const position = prefix !== null ? 'prefix' : 'suffix';
  const escaped = state.chars.slice(textStart, found.start);
  if (found.refend) {
    if (role !== null) {
      return problem(`Mismatch: both interpreted text role ${position} and reference suffix.`);
    }
    state.push(tickStart, [phraseReference(escaped, found.refend === '__')], next);
    return true;
  }
  const interpreted = applyRole(role ?? '', escaped, state.text(at, next, true), state.context);
  for (const { afterBlock, severity, message } of interpreted.diagnostics) {
    // Reported without a line, docutils places it after the text block.
    state.report(afterBlock ? state.lineAfter() : state.line, severity, message);
  }
  state.push(at, interpreted.inlines, next);
  return true;
};

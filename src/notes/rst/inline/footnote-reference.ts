import type { InlineRule } from './rule';
import type { InlineState } from './state';

/** `[label]_` labels: digits, `#`, `#name`, `*`, or a citation name; -1 if none fits. */
function labelEnd(state: InlineState, index: number): number {
  const { chars, ends } = state;
  const closes = (end: number): boolean =>
    chars[end] === ']' && chars[end + 1] === '_' && ends.suffixAt(end + 2);
  let digits = index;
  while (chars[digits] !== undefined && /[0-9]/.test(chars[digits]!)) digits++;
  if (digits > index && closes(digits)) return digits;
  if (chars[index] === '#') {
    for (const end of ends.simplenameEnds(index + 1)) if (closes(end)) return end;
    if (closes(index + 1)) return index + 1;
  }
  if (chars[index] === '*' && closes(index + 1)) return index + 1;
  for (const end of ends.simplenameEnds(index)) if (closes(end)) return end;
  return -1;
}

/**
 * `[1]_`, `[#]_`, `[#name]_`, `[*]_` and citation references `[name]_` (docutils'
 * Inliner.footnote_reference). Automatic labels (`#...`, `*`) show the number the Footnotes
 * transform gives them; the others show their label.
 */
export const footnoteReference: InlineRule = (state, at) => {
  if (state.chars[at] !== '[') return false;
  const end = labelEnd(state, at + 1);
  if (end < 0) return false;
  const label = state.text(at + 1, end);
  const automatic = label.startsWith('#') || label === '*';
  state.push(at, [{ type: 'footnoteReference', text: automatic ? '' : label, label }], end + 2);
  return true;
};

import type { Diagnostic, Inline } from '../../document/model';
import { ESCAPE, isNameChar, isStartPrefix } from './chars';
import { standaloneInlineContext, type InlineContext } from './context';
import { isMerged, mergeTexts } from './merge-texts';
import { escapeToNull } from './names';
import { undefinedSubstitution } from './substitution-reference';
import type { InlineRule } from './rule';
import { INLINE_RULES, NAME_CHARACTER } from './rules';
import { InlineState } from './state';

/**
 * Parses the inline markup of one text block (a paragraph, term, title...). `text` may span
 * several lines; `line` is the source line of its first line. Like docutils, every diagnostic of
 * the block carries that first line (docutils reports inline problems at the block's line).
 * References are returned unresolved (url null) unless they embed their URL.
 *
 * This follows docutils' Inliner.parse (parsers/rst/states.py) step by step: find the leftmost
 * start-string or whole construct, check it, find its end-string, and run the standalone-URI
 * search over the plain text in between. Never throws; linear in the length of the text.
 */
export function parseInlines(
  text: string,
  line: number,
): { content: Inline[]; diagnostics: Diagnostic[] } {
  const context = standaloneInlineContext();
  const content = readInlines(text, line, context);
  // On its own, a text block has no substitution definitions: every reference is undefined.
  const resolved = content.map((inline) => {
    const use = context.substitutionUses.get(inline);
    if (!use) return inline;
    context.diagnostics.push(undefinedSubstitution(use));
    return { type: 'text' as const, text: use.raw };
  });
  return { content: mergeTexts(resolved), diagnostics: context.diagnostics };
}

/**
 * parseInlines within a document: problems go to the document's diagnostics, roles are looked
 * up among the ones the notes defined, substitution references are left for the transform.
 */
export function readInlines(text: string, line: number, context: InlineContext): Inline[] {
  if (!MAY_HOLD_MARKUP.test(text) && !text.includes(ESCAPE)) {
    return text ? [{ type: 'text', text }] : [];
  }
  const chars = escapeToNull(text);
  // Without escapes (or NULs) and surrogate pairs, chars[i] is text[i]: the reader may slice
  // the text itself instead of concatenating characters.
  const plain =
    chars.length === text.length && !text.includes('\\') && !text.includes(ESCAPE) ? text : null;
  const state = new InlineState(chars, plain, line, text.includes('_'), context);
  const read = tokenize(state);
  const content = isMerged(read) ? read : mergeTexts(read);
  for (const diagnostic of state.diagnostics) context.diagnostics.push(diagnostic);
  return content;
}

/**
 * Every construct the reader knows needs one of these characters: the start-strings `*` `` ` ``
 * `|` `_` `[` `:` (roles), the `_` that ends a reference, the `:` of a URI scheme, the `@` of an
 * e-mail address, a backslash escape, or a NUL (the reader's own escape mark). Text without any
 * of them reads as itself, so most lines of prose skip the reader entirely.
 */
const MAY_HOLD_MARKUP = /[*`|_[:@\\]/;

/**
 * The rules to try at a character, by its code (ASCII), and at any other character: each rule
 * says what its construct starts with (rules.ts), so that at most positions of prose no rule is
 * asked at all, and at a `*` only the two that start with one.
 */
const RULES_BY_ASCII: readonly InlineRule[][] = Array.from({ length: 128 }, (_, code) => {
  const char = String.fromCharCode(code);
  return rulesStartingWith((starts) =>
    starts === NAME_CHARACTER ? isNameChar(char) : starts.includes(char),
  );
});
const RULES_BEYOND_ASCII = rulesStartingWith(
  (starts) => starts === NAME_CHARACTER || [...starts].some((char) => char.charCodeAt(0) >= 128),
);

function rulesStartingWith(
  accepts: (starts: string | typeof NAME_CHARACTER) => boolean,
): InlineRule[] {
  return INLINE_RULES.filter(([, , starts]) => accepts(starts)).map(([, rule]) => rule);
}

/**
 * The leftmost position where a rule matches, as docutils' `initial.search` finds it: markup may
 * start at the start of the remaining text (a fresh string for docutils, so `^` matches there)
 * or after a start-string prefix (whitespace, openers, delimiters). The rule that matches reads
 * the construct; the search goes on after it.
 */
function tokenize(state: InlineState): Inline[] {
  const { chars } = state;
  let index = state.remaining;
  while (index < chars.length) {
    const code = chars[index]!.charCodeAt(0);
    const rules = code < 128 ? RULES_BY_ASCII[code]! : RULES_BEYOND_ASCII;
    if (rules.length > 0 && (index === state.remaining || isStartPrefix(chars[index - 1]))) {
      let matched = false;
      for (let r = 0; r < rules.length && !matched; r++) matched = rules[r]!(state, index);
      if (matched) {
        // Every rule moves past its start; should one not, the search still moves on.
        if (state.remaining <= index) state.skip(index + 1);
        index = state.remaining;
        continue;
      }
    }
    index++;
  }
  return state.finish();
}

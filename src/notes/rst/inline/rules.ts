import { emphasis } from './emphasis';
import { footnoteReference } from './footnote-reference';
import { inlineTarget } from './inline-target';
import { interpretedText } from './interpreted-text';
import { literal } from './literal';
import { reference } from './reference';
import type { InlineRule } from './rule';
import { strong } from './strong';
import { substitutionReference } from './substitution-reference';

/** Marks a rule that starts at a reference name's first character (a letter, digit...: isNameChar). */
export const NAME_CHARACTER = Symbol('a name character');

/**
 * The inline rules in the order of the alternatives of docutils' `initial` pattern
 * (Inliner.init_customizations): the simple start-strings, then the whole constructs, then
 * backquotes. At each position where markup may start, the first rule that matches reads it.
 * Standalone URIs are not a rule: docutils looks for them in the text between constructs
 * (implicit_inline, ./standalone-uri.ts).
 *
 * Each rule says which characters its construct can start with, so that the parser tries the
 * rules only there (markdown-it's terminator characters); a rule must return false anywhere else.
 *
 * To add a construct: write a rule (./rule.ts) in a file of its own and put it here, where
 * docutils' pattern puts its alternative, with the characters it starts with.
 */
export const INLINE_RULES: readonly (readonly [
  name: string,
  rule: InlineRule,
  startsWith: string | typeof NAME_CHARACTER,
])[] = [
  ['strong', strong, '*'],
  ['emphasis', emphasis, '*'],
  ['literal', literal, '`'],
  ['inline target', inlineTarget, '_'],
  ['substitution reference', substitutionReference, '|'],
  ['reference', reference, NAME_CHARACTER],
  ['footnote reference', footnoteReference, '['],
  ['interpreted text or phrase reference', interpretedText, ':`'],
];

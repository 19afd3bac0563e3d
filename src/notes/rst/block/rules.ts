import { anonymous } from './anonymous';
import { blockQuote } from './block-quote';
import { bulletList } from './bullet-list';
import { doctestBlock } from './doctest-block';
import { enumeratedList } from './enumerated-list';
import { explicitMarkup } from './explicit-markup';
import { fieldList } from './field-list';
import { gridTable } from './grid-table';
import { line } from './line';
import { lineBlock } from './line-block';
import { optionList } from './option-list';
import { ADORNMENT_CHARACTERS, BULLETS, ENUMERATOR_STARTS, type LineKind } from './patterns';
import type { BlockRule } from './rule';
import { simpleTable } from './simple-table';
import { text } from './text';

/** Marks the rule that may read a line starting with any character (text). */
export const ANY_CHARACTER = Symbol('any character');

/**
 * The block rules in the order docutils' Body state tries its transitions
 * (RSTState's `indent`, then Body.initial_transitions; blank lines are skipped by the parser).
 * Each name is the transition's pattern name as patterns.ts knows it, and the order is the
 * order of patterns.ts' BODY_TRANSITIONS (tests/unit/rst/rules.test.ts checks both).
 *
 * Each rule also says which characters the lines it reads can start with: the parser tries a
 * rule only on such lines (markdown-it's rules check their first character the same way), and
 * a rule must return false on any other line.
 *
 * To add a construct: write a rule (./rule.ts) in a file of its own, give its pattern a place
 * in patterns.ts, and put the rule here at the same place, with the characters it starts with.
 */
export const BLOCK_RULES: readonly (readonly [
  name: LineKind['kind'] | 'indent',
  rule: BlockRule,
  startsWith: string | typeof ANY_CHARACTER,
])[] = [
  ['indent', blockQuote, ' '],
  ['bullet', bulletList, BULLETS],
  ['enumerator', enumeratedList, ENUMERATOR_STARTS],
  ['field', fieldList, ':'],
  ['option', optionList, '-+/'],
  ['doctest', doctestBlock, '>'],
  ['lineBlock', lineBlock, '|'],
  ['gridTable', gridTable, '+'],
  ['simpleTable', simpleTable, '='],
  ['explicit', explicitMarkup, '.'],
  ['anonymous', anonymous, '_'],
  ['line', line, ADORNMENT_CHARACTERS],
  ['text', text, ANY_CHARACTER],
];

import type { Block } from '../../document/model';
import { joinLines, trimBlankEnds, type LineView } from '../source/source';
import type { ReaderContext } from './context';
import type { BlockRule } from './rule';
import { ANY_CHARACTER, BLOCK_RULES } from './rules';
import type { SectionStack } from './section-stack';
import { BlockState } from './state';

import { MAX_NESTING } from '../../document/limits';

/**
 * The rules to try on a line, by the code of its first character (ASCII), and on lines that
 * start with anything else: each rule says what its lines can start with (rules.ts), so a line
 * of Japanese text is offered to two rules rather than thirteen.
 */
const RULES_BY_ASCII: readonly BlockRule[][] = Array.from({ length: 128 }, (_, code) =>
  rulesStartingWith((starts) => starts.includes(String.fromCharCode(code))),
);
const RULES_BEYOND_ASCII = rulesStartingWith((starts) =>
  [...starts].some((char) => char.charCodeAt(0) >= 128),
);

function rulesStartingWith(accepts: (starts: string) => boolean): BlockRule[] {
  return BLOCK_RULES.filter(([, , starts]) => starts === ANY_CHARACTER || accepts(starts)).map(
    ([, rule]) => rule,
  );
}

/**
 * Reads a run of lines with the block rules (docutils' state machine over the Body state;
 * markdown-it's ParserBlock.tokenize): blank lines are skipped (docutils' `blank` transition
 * does nothing), and at every other line the first rule whose pattern matches reads what
 * starts there, the rules tried in the table's order.
 */
export function readBlocks(
  context: ReaderContext,
  lines: readonly LineView[],
  depth: number,
  sections: SectionStack | null,
): Block[] {
  const state = new BlockState(context, lines, depth, sections);
  while (state.line < lines.length) {
    const at = state.line;
    if (state.isBlank(at)) {
      state.line = at + 1;
      continue;
    }
    const code = state.text(at).charCodeAt(0);
    const rules = code < 128 ? RULES_BY_ASCII[code]! : RULES_BEYOND_ASCII;
    let matched = false;
    for (let r = 0; r < rules.length && !matched; r++) matched = rules[r]!(state, at);
    // The text rule matches any line and every rule reads at least one line; should one not,
    // the reader still moves on.
    if (!matched || state.line <= at) state.line = at + 1;
  }
  return state.emitted;
}

/** Reads nested lines; past MAX_NESTING the lines are kept as literal text instead. */
export function readNested(
  context: ReaderContext,
  lines: readonly LineView[],
  depth: number,
): Block[] {
  if (depth <= MAX_NESTING) return readBlocks(context, lines, depth, null);
  const kept = trimBlankEnds(context.source, [...lines]);
  if (kept.length === 0) return [];
  const line = context.source.lineNumber(kept[0]!);
  context.diagnostics.push({
    line,
    severity: 'warning',
    message: `Nesting deeper than ${MAX_NESTING} levels; kept as literal text.`,
  });
  return [{ type: 'literalBlock', line, text: joinLines(context.source, kept) }];
}

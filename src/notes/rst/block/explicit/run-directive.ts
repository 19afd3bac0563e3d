import { getIndented, trimBlankEnds, type LineView } from '../../source/source';
import { directiveFor } from '../../directives/registry';
import { classifyLine } from '../patterns';
import { simpleNameEnd } from '../simple-name';
import type { BlockState } from '../state';
import { spacesOrEnd, type Construct, type ExplicitConstruct } from './construct';
import type { SubstitutionTarget } from '../../directives/directive';

/** parse_directive_block: arguments (up to the first blank line or the options), the rest. */
function splitDirectiveBlock(state: BlockState, lines: LineView[]) {
  const source = state.source;
  let blank = lines.findIndex((line) => source.isBlank(line));
  if (blank === -1) blank = lines.length;
  let argumentLines = lines.slice(0, blank);
  const optionStart = argumentLines.findIndex(
    (line) => classifyLine(source.text(line)).kind === 'field',
  );
  if (optionStart !== -1) argumentLines = argumentLines.slice(0, optionStart);
  return { argumentLines, afterArguments: lines.slice(blank) };
}

/**
 * Runs the directive named by text(at)[nameStart, nameEnd) on its block, which starts at
 * `markerEnd` (after the "::") on line `at` and goes on over the indented lines below.
 */
export function runDirective(
  state: BlockState,
  at: number,
  nameStart: number,
  nameEnd: number,
  markerEnd: number,
  substitution?: SubstitutionTarget,
): Construct {
  const rawName = state.text(at).slice(nameStart, nameEnd);
  const block = getIndented(state.source, state.lines, at, {
    firstIndent: markerEnd,
    stripTop: false,
  });
  const lines = trimBlankEnds(state.source, block.lines);
  // The block as docutils' parse_directive_block sees it: blank lines at the end removed, at
  // the top only one (the directive line's empty rest), so arguments cannot start lower down.
  let untrimmed = block.lines;
  while (untrimmed.length > 0 && state.source.isBlank(untrimmed[untrimmed.length - 1]!)) {
    untrimmed = untrimmed.slice(0, -1);
  }
  const name = rawName.toLowerCase();
  const { argumentLines, afterArguments } = splitDirectiveBlock(state, lines);
  directiveFor(name)(state, {
    name,
    rawName,
    line: state.lineNo(at),
    block: untrimmed,
    argumentLines,
    afterArguments,
    content: trimBlankEnds(state.source, afterArguments),
    ...(substitution ? { substitution } : {}),
  });
  return { end: block.end, blankFinish: block.blankFinish };
}

/**
 * `.. name:: arguments` and its indented block: docutils' Body.directive and run_directive. The
 * directive the name selects (../../directives/registry.ts) reads the block.
 */
export const directive: ExplicitConstruct = (state, at, start) => {
  const text = state.text(at);
  const nameEnd = simpleNameEnd(text, start);
  if (nameEnd === -1) return null;
  let colons = nameEnd;
  if (text[colons] === ' ') colons++;
  if (!text.startsWith('::', colons)) return null;
  const markerEnd = spacesOrEnd(text, colons + 2);
  if (markerEnd === -1) return null;
  return runDirective(state, at, start, nameEnd, markerEnd);
};

import type { Block } from '../../document/model';
import { getIndented, joinLines, shift, type LineView } from '../source/source';
import type { BlockRule } from './rule';
import type { BlockState } from './state';

/*
 * Block quotes: docutils' Body.indent (the `indent` transition), with the attribution of
 * Body.split_attribution / check_attribution.
 */

/** `(---?(?!-)|\u2014) *(?=[^ \n])`: an attribution's dash and the spaces after it. */
function attributionStart(text: string): number {
  let at: number;
  if (text.startsWith('\u2014')) at = 1;
  else if (text.startsWith('---') && text[3] !== '-') at = 3;
  else if (text.startsWith('--') && text[2] !== '-') at = 2;
  else return -1;
  while (text[at] === ' ') at++;
  return at < text.length ? at : -1;
}

/**
 * docutils' Body.split_attribution and check_attribution on lines[from...]: the quote ends
 * at `quoteEnd`, then the attribution (if any) runs to `restStart`, where the next quote starts.
 */
function splitAttribution(
  state: BlockState,
  lines: readonly LineView[],
  from: number,
): { quoteEnd: number; attribution: LineView[] | null; restStart: number } {
  const source = state.source;
  let blank = -2;
  let nonblankSeen = false;
  for (let k = from; k < lines.length; k++) {
    if (source.isBlank(lines[k]!)) {
      blank = k;
      continue;
    }
    if (nonblankSeen && blank === k - 1) {
      const dashEnd = attributionStart(source.text(lines[k]!));
      if (dashEnd !== -1) {
        let indent: number | null = null;
        let end = k + 1;
        let consistent = true;
        for (; end < lines.length; end++) {
          const line = lines[end]!;
          if (source.isBlank(line)) break;
          const lineIndent = source.indentOf(line);
          if (indent === null) indent = lineIndent;
          else if (lineIndent !== indent) {
            consistent = false;
            break;
          }
        }
        if (consistent) {
          const attribution = lines
            .slice(k, end)
            .map((line, m) => (m === 0 ? shift(line, dashEnd) : shift(line, indent ?? 0)));
          return { quoteEnd: k, attribution, restStart: end };
        }
      }
    }
    nonblankSeen = true;
  }
  return { quoteEnd: lines.length, attribution: null, restStart: lines.length };
}

/**
 * Block quotes of `lines` (already without their indentation), each with an optional
 * attribution (docutils' RSTState.block_quote). Read by position, never by slicing off what
 * was read: a run of a thousand attributed quotes is one pass (docutils slices, and is
 * quadratic there).
 */
export function blockQuotes(state: BlockState, lines: LineView[]): Block[] {
  const quotes: Block[] = [];
  let at = 0;
  while (at < lines.length && state.source.isBlank(lines[at]!)) at++;
  while (at < lines.length) {
    const split = splitAttribution(state, lines, at);
    const quote: Block = {
      type: 'blockQuote',
      line: state.source.lineNumber(lines[at]!),
      blocks: state.nested(lines.slice(at, split.quoteEnd)),
    };
    if (split.attribution) {
      const text = joinLines(state.source, split.attribution).trimEnd();
      const line = state.source.lineNumber(split.attribution[0]!);
      quote.attribution = state.inlines(text, line);
    }
    quotes.push(quote);
    at = split.restStart;
    while (at < lines.length && state.source.isBlank(lines[at]!)) at++;
  }
  return quotes;
}

/** Body.indent: an indented line starts one or more block quotes, each with an optional attribution. */
export const blockQuote: BlockRule = (state, at) => {
  if (!state.isIndented(at)) return false;
  const block = getIndented(state.source, state.lines, at);
  for (const quote of blockQuotes(state, block.lines)) state.emit(quote);
  if (!block.blankFinish) state.unindentWarning('Block quote', block.end);
  state.line = block.end;
  return true;
};

import type { Block } from '../../document/model';
import { getIndented, joinLines, shift, type LineView } from '../source/source';
import type { BlockRule } from './rule';
import type { BlockState } from './state';

/*
 * Block quotes: docutils' Body.indent (the `indent` transition), with the attribution of
 * Body.split_attribution / check_attribution.
 */

interface AttributionSplit {
  quote: LineView[];
  attribution: LineView[] | null;
  rest: LineView[];
}

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

/** docutils' Body.split_attribution and check_attribution. */
function splitAttribution(state: BlockState, lines: LineView[]): AttributionSplit {
  const source = state.source;
  let blank = -2;
  let nonblankSeen = false;
  for (let k = 0; k < lines.length; k++) {
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
          return { quote: lines.slice(0, k), attribution, rest: lines.slice(end) };
        }
      }
    }
    nonblankSeen = true;
  }
  return { quote: lines, attribution: null, rest: [] };
}

/**
 * Block quotes of `lines` (already without their indentation), each with an optional
 * attribution (docutils' RSTState.block_quote).
 */
export function blockQuotes(state: BlockState, lines: LineView[]): Block[] {
  const quotes: Block[] = [];
  let rest = lines;
  while (rest.length > 0) {
    const split = splitAttribution(state, rest);
    const quote: Block = {
      type: 'blockQuote',
      line: state.source.lineNumber(rest[0]!),
      blocks: state.nested(split.quote),
    };
    if (split.attribution) {
      const text = joinLines(state.source, split.attribution).trimEnd();
      const line = state.source.lineNumber(split.attribution[0]!);
      quote.attribution = state.inlines(text, line);
    }
    quotes.push(quote);
    rest = split.rest;
    let top = 0;
    while (top < rest.length && state.source.isBlank(rest[top]!)) top++;
    rest = rest.slice(top);
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

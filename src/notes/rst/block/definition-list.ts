import type { DefinitionItem, Inline } from '../../document/model';
import { getIndented, trimBlankEnds, type LineView } from '../source/source';
import { classifyLine } from './patterns';
import type { BlockState } from './state';

/*
 * Definition lists: docutils' Text.indent, the DefinitionList state and
 * Text.definition_list_item (with the term's classifiers, ` : `).
 */

/** Items while a text line has an indented line under it. Returns the first line after the list. */
export function definitionList(state: BlockState, at: number): number {
  const items: DefinitionItem[] = [];
  const listLine = state.lineNo(at);
  let term = at;
  let end: number;
  let blankFinish: boolean;
  for (;;) {
    const body = getIndented(state.source, state.lines, term + 1);
    items.push(definitionItem(state, term, body.lines));
    end = body.end;
    blankFinish = body.blankFinish;
    const next = state.skipBlank(end);
    if (
      next + 1 < state.lines.length &&
      !state.isIndented(next) &&
      classifyLine(state.text(next)).kind === 'text' &&
      state.isIndented(next + 1)
    ) {
      term = next;
      continue;
    }
    break;
  }
  state.emit({ type: 'definitionList', line: listLine, items });
  if (!blankFinish) state.unindentWarning('Definition list', end);
  return end;
}

function definitionItem(state: BlockState, term: number, body: LineView[]): DefinitionItem {
  const line = state.lineNo(term);
  const termText = state.text(term);
  if (termText.endsWith('::')) {
    state.report(
      line + 1,
      'info',
      'Blank line missing before literal block (after the "::")? Interpreted as a definition list item.',
    );
  }
  const content = trimBlankEnds(state.source, body);
  const endLine = content.length > 0 ? state.source.lineNumber(content[content.length - 1]!) : line;
  // docutils parses the term's inline markup once the whole item is read, so it reports the
  // term's inline problems at the item's last line; we follow it (conformance compares lines).
  const { term: termContent, classifiers } = splitClassifiers(state.inlines(termText, endLine));
  return { line, endLine, term: termContent, classifiers, blocks: state.nested(body) };
}

/** Term and classifiers: text nodes split on " : " (docutils' classifier_delimiter ` +: +`). */
function splitClassifiers(content: Inline[]): { term: Inline[]; classifiers: Inline[][] } {
  // Most terms have no " : " at all: then the term is the content as it is (inline texts are
  // never empty, so nothing would be dropped either).
  if (!content.some((inline) => inline.type === 'text' && inline.text.includes(' :'))) {
    return { term: content, classifiers: [] };
  }
  const parts: Inline[][] = [[]];
  for (const inline of content) {
    if (inline.type !== 'text') {
      parts[parts.length - 1]!.push(inline);
      continue;
    }
    const pieces = splitOnDelimiter(inline.text);
    pieces.forEach((piece, k) => {
      if (k > 0) parts.push([]);
      const text = k === 0 && pieces.length > 1 ? piece.trimEnd() : piece;
      if (text) parts[parts.length - 1]!.push({ type: 'text', text });
    });
  }
  const [term, ...classifiers] = parts;
  return { term: term!, classifiers };
}

/** Splits on ` +: +` without a backtracking regular expression. */
function splitOnDelimiter(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  let at = 0;
  while (at < text.length) {
    if (text[at] === ' ') {
      let colon = at;
      while (text[colon] === ' ') colon++;
      if (text[colon] === ':' && text[colon + 1] === ' ') {
        let after = colon + 1;
        while (text[after] === ' ') after++;
        pieces.push(text.slice(start, at));
        start = after;
        at = after;
        continue;
      }
      at = colon;
      continue;
    }
    at++;
  }
  pieces.push(text.slice(start));
  return pieces;
}

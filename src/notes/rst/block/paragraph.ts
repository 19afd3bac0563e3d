import { pyRstrip } from '../source/lines';
import { getTextBlock, joinLines } from '../source/source';
import { literalBlock } from './literal-block';
import type { BlockState } from './state';

/*
 * Paragraphs: docutils' Text.text / RSTState.paragraph, and the paragraph the reader keeps
 * where docutils would drop lines into a system message.
 */

/** `(?<!\\)(\\\\)*::$`: the text ends with "::" not escaped by a backslash. */
function endsWithLiteralMarker(data: string): boolean {
  if (!data.endsWith('::')) return false;
  let backslashes = 0;
  for (let k = data.length - 3; k >= 0 && data[k] === '\\'; k--) backslashes++;
  return backslashes % 2 === 0;
}

/** Emits lines [from, to) as a paragraph; true when it ends with "::" (a literal block follows). */
export function paragraph(state: BlockState, from: number, to: number): boolean {
  const data = pyRstrip(joinLines(state.source, state.lines, from, to));
  const line = state.lineNo(from);
  let text = data;
  let literalNext = false;
  if (endsWithLiteralMarker(data)) {
    literalNext = true;
    // "Paragraph::" keeps one colon; "Paragraph ::" and a lone "::" keep none.
    if (data.length === 2) return true;
    text = ' \n'.includes(data[data.length - 3]!) ? pyRstrip(data.slice(0, -3)) : data.slice(0, -1);
  }
  state.emit({ type: 'paragraph', line, content: state.inlines(text, line) });
  return literalNext;
}

/**
 * Text.text: a paragraph of line `at` and the text block from `from` on, then the literal block
 * its "::" announces. Returns the first line after them.
 */
export function paragraphFrom(state: BlockState, at: number, from: number): number {
  const block = getTextBlock(state.source, state.lines, from, true);
  const literalNext = paragraph(state, at, block.end);
  if (block.unexpectedIndent) {
    state.report(state.lineNo(block.end), 'error', 'Unexpected indentation.');
  }
  return literalNext ? literalBlock(state, block.end, block.end - 1) : block.end;
}

/** Emits lines kept only so that nothing is lost (docutils drops them into a system message). */
export function keepAsParagraph(state: BlockState, from: number, to: number): void {
  const text = joinLines(state.source, state.lines, from, to);
  const line = state.lineNo(from);
  state.emit({ type: 'paragraph', line, content: state.inlines(text, line) });
}

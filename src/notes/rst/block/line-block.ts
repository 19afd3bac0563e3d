import { getTextBlock } from '../source/source';
import { classifyLine, matchLineBlock } from './patterns';
import type { BlockRule } from './rule';

/**
 * docutils' Body.line_block and the LineBlock state: `| text` lines become one paragraph with
 * their line breaks; an indented line continues the line above.
 */
export const lineBlock: BlockRule = (state, at) => {
  if (matchLineBlock(state.text(at)) === -1) return false;
  const { end } = getTextBlock(state.source, state.lines, at, false);
  const kept: string[] = [];
  for (let k = at; k < end; k++) {
    const line = classifyLine(state.text(k));
    if (!state.isIndented(k) && line.kind === 'lineBlock') {
      kept.push(state.text(k).slice(line.end));
    } else if (kept.length > 0) kept[kept.length - 1] += ' ' + state.text(k).trim();
    else kept.push(state.text(k).trim());
  }
  const line = state.lineNo(at);
  state.emit({ type: 'paragraph', line, content: state.inlines(kept.join('\n'), line) });
  state.line = end;
  return true;
};

import { getIndented } from '../../source/source';
import { simpleNameEnd } from '../simple-name';
import { spacesOrEnd, type ExplicitConstruct } from './construct';

/** Footnote labels ([0-9]+, #, #name, *) and citation labels (simplename). */
function labelEnd(text: string, at: number): number {
  if (text[at] === '*') return at + 1;
  if (text[at] === '#') {
    const name = simpleNameEnd(text, at + 1);
    return name === -1 ? at + 1 : name;
  }
  return simpleNameEnd(text, at);
}

/**
 * `.. [label] body`: docutils' Body.footnote and Body.citation. Footnotes and citations are not
 * part of the model yet: they keep their label and body, shown like an admonition.
 */
export const footnote: ExplicitConstruct = (state, at, start) => {
  const text = state.text(at);
  if (text[start] !== '[') return null;
  const label = labelEnd(text, start + 1);
  if (label === -1 || text[label] !== ']') return null;
  const markerEnd = spacesOrEnd(text, label + 1);
  if (markerEnd === -1) return null;
  const name = text.slice(start + 1, label);
  const block = getIndented(state.source, state.lines, at, { firstIndent: markerEnd });
  const line = state.lineNo(at);
  state.emit({
    type: 'admonition',
    line,
    name: /^([0-9]+|#.*|\*)$/.test(name) ? 'footnote' : 'citation',
    title: state.inlines(name, line),
    blocks: state.nested(block.lines),
  });
  return { end: block.end, blankFinish: block.blankFinish };
};

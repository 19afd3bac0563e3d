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
 * `.. [label] body`: docutils' Body.footnote and Body.citation. Automatic labels (`#`, `#name`,
 * `*`) are numbered by the Footnotes transform; the others show their label.
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
  const citation = !/^([0-9]+|#.*|\*)$/.test(name);
  const automatic = !citation && (name.startsWith('#') || name === '*');
  state.emit({
    type: 'footnote',
    line,
    label: name,
    number: automatic ? '' : name,
    citation,
    blocks: state.nested(block.lines),
  });
  return { end: block.end, blankFinish: block.blankFinish };
};

import type { Block, Inline } from '../../document/model';
import { getIndented } from '../source/source';
import { nextItem } from './list-items';
import { matchFieldMarker } from './patterns';
import type { BlockRule } from './rule';

/** docutils' Body.field_marker and the FieldList state: `:name: body` fields, one after another. */
export const fieldList: BlockRule = (state, at) => {
  if (!matchFieldMarker(state.text(at))) return false;
  const fields: { line: number; name: Inline[]; blocks: Block[] }[] = [];
  let fieldAt = at;
  let end = at;
  let blankFinish = true;
  for (;;) {
    const marker = matchFieldMarker(state.text(fieldAt));
    if (!marker) break;
    const line = state.lineNo(fieldAt);
    const block = getIndented(state.source, state.lines, fieldAt, { firstIndent: marker.end });
    fields.push({
      line,
      name: state.inlines(marker.name, line),
      blocks: state.nested(block.lines),
    });
    end = block.end;
    blankFinish = block.blankFinish;
    const next = nextItem(state, end);
    if (!next || next.line.kind !== 'field') break;
    fieldAt = next.at;
  }
  state.emit({ type: 'fieldList', line: state.lineNo(at), fields });
  if (!blankFinish) state.unindentWarning('Field list', end);
  state.line = end;
  return true;
};

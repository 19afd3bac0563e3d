import type { ListItem } from '../../document/model';
import { nextEnumerators, parseEnumerator, type Sequence } from './enumerators';
import { listItem, nextItem } from './list-items';
import { matchEnumerator, type EnumeratorMatch } from './patterns';
import type { BlockRule } from './rule';
import type { BlockState } from './state';
import { text } from './text';

/** Body.is_enumerated_list_item: the next line is blank, indented, or the next enumerator. */
function isEnumeratedItem(
  state: BlockState,
  at: number,
  ordinal: number | null,
  sequence: Sequence,
  match: EnumeratorMatch,
): boolean {
  if (ordinal === null) return false;
  const next = at + 1;
  if (next >= state.lines.length || state.isBlank(next) || state.isIndented(next)) return true;
  const expected = nextEnumerators(ordinal + 1, sequence, match.format);
  if (!expected) return false;
  const line = state.text(next);
  return line.startsWith(expected[0]) || line.startsWith(expected[1]);
}

/**
 * docutils' Body.enumerator and the EnumeratedList state: items while the numbering goes on in
 * the same format and sequence. A line that only looks like an item is text
 * (TransitionCorrection('text')).
 */
export const enumeratedList: BlockRule = (state, at) => {
  const match = matchEnumerator(state.text(at));
  if (!match) return false;
  const first = parseEnumerator(match);
  if (!isEnumeratedItem(state, at, first.ordinal, first.sequence, match)) return text(state, at);
  const enumtype: Sequence = first.sequence === '#' ? 'arabic' : first.sequence;
  const start = first.ordinal!;
  if (start !== 1) {
    state.report(
      state.lineNo(at),
      'info',
      `Enumerated list start value not ordinal-1: "${match.text}" (ordinal ${start})`,
    );
  }
  let auto = first.sequence === '#';
  let last = start;
  const items: ListItem[] = [];
  let item = listItem(state, at, match.end);
  items.push(item.item);
  for (;;) {
    const next = nextItem(state, item.end);
    if (!next || next.line.kind !== 'enumerator') break;
    const found = parseEnumerator(next.line.match, enumtype);
    // A different format, sequence or a gap in the numbering starts a new list.
    if (
      found.format !== first.format ||
      (found.sequence !== '#' &&
        (found.sequence !== enumtype || auto || found.ordinal !== last + 1)) ||
      !isEnumeratedItem(state, next.at, found.ordinal, found.sequence, next.line.match)
    ) {
      break;
    }
    if (found.sequence === '#') auto = true;
    last = found.ordinal!;
    item = listItem(state, next.at, next.line.match.end);
    items.push(item.item);
  }
  state.emit({ type: 'enumeratedList', line: state.lineNo(at), enumtype, start, items });
  if (!item.blankFinish) state.unindentWarning('Enumerated list', item.end);
  state.line = item.end;
  return true;
};

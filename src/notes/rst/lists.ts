import type { BodyParser } from './body';
import { inlines, report } from './context';
import { nextEnumerators, parseEnumerator, type Sequence } from './enumerators';
import type { ListItem } from '../document/model';
import { classifyLine, type EnumeratorMatch, type LineKind } from './patterns';
import { getIndented } from './source';

/*
 * Bullet, enumerated and field lists: docutils' Body.bullet / enumerator / field_marker and the
 * BulletList / EnumeratedList / FieldList states that read the items after the first.
 */

/** The next item's first line, if the list goes on: blank lines are skipped, indentation ends it. */
function nextItem(parser: BodyParser, end: number): { at: number; line: LineKind } | null {
  const at = parser.skipBlank(end);
  if (at >= parser.lines.length || parser.isIndented(at)) return null;
  return { at, line: classifyLine(parser.text(at)) };
}

/** docutils' list_item(): the item's text starts `markerEnd` columns in. */
function listItem(parser: BodyParser, at: number, markerEnd: number) {
  const rest = parser.text(at).slice(markerEnd);
  // Text on the marker line fixes the item's indentation; otherwise the next line sets it.
  const block = rest
    ? getIndented(parser.source, parser.lines, at, { blockIndent: markerEnd })
    : getIndented(parser.source, parser.lines, at, { firstIndent: markerEnd });
  const item: ListItem = { line: parser.lineNo(at), blocks: parser.nested(block.lines) };
  return { item, end: block.end, blankFinish: block.blankFinish };
}

export function bulletList(parser: BodyParser, at: number, markerEnd: number): number {
  const bullet = parser.text(at)[0]!;
  const items: ListItem[] = [];
  let item = listItem(parser, at, markerEnd);
  items.push(item.item);
  for (;;) {
    const next = nextItem(parser, item.end);
    // A different bullet character starts a new list.
    if (!next || next.line.kind !== 'bullet' || parser.text(next.at)[0] !== bullet) break;
    item = listItem(parser, next.at, next.line.end);
    items.push(item.item);
  }
  parser.emit({ type: 'bulletList', line: parser.lineNo(at), bullet, items });
  if (!item.blankFinish) parser.unindentWarning('Bullet list', item.end);
  return item.end;
}

/** Body.is_enumerated_list_item: the next line is blank, indented, or the next enumerator. */
function isEnumeratedItem(
  parser: BodyParser,
  at: number,
  ordinal: number | null,
  sequence: Sequence,
  match: EnumeratorMatch,
): boolean {
  if (ordinal === null) return false;
  const next = at + 1;
  if (next >= parser.lines.length || parser.isBlank(next) || parser.isIndented(next)) return true;
  const expected = nextEnumerators(ordinal + 1, sequence, match.format);
  if (!expected) return false;
  const text = parser.text(next);
  return text.startsWith(expected[0]) || text.startsWith(expected[1]);
}

export function enumeratedList(parser: BodyParser, at: number, match: EnumeratorMatch): number {
  const first = parseEnumerator(match);
  if (!isEnumeratedItem(parser, at, first.ordinal, first.sequence, match)) {
    return parser.textLine(at);
  }
  const enumtype: Sequence = first.sequence === '#' ? 'arabic' : first.sequence;
  const start = first.ordinal!;
  if (start !== 1) {
    report(
      parser.context,
      parser.lineNo(at),
      'info',
      `Enumerated list start value not ordinal-1: "${match.text}" (ordinal ${start})`,
    );
  }
  let auto = first.sequence === '#';
  let last = start;
  const items: ListItem[] = [];
  let item = listItem(parser, at, match.end);
  items.push(item.item);
  for (;;) {
    const next = nextItem(parser, item.end);
    if (!next || next.line.kind !== 'enumerator') break;
    const found = parseEnumerator(next.line.match, enumtype);
    // A different format, sequence or a gap in the numbering starts a new list.
    if (
      found.format !== first.format ||
      (found.sequence !== '#' &&
        (found.sequence !== enumtype || auto || found.ordinal !== last + 1)) ||
      !isEnumeratedItem(parser, next.at, found.ordinal, found.sequence, next.line.match)
    ) {
      break;
    }
    if (found.sequence === '#') auto = true;
    last = found.ordinal!;
    item = listItem(parser, next.at, next.line.match.end);
    items.push(item.item);
  }
  parser.emit({ type: 'enumeratedList', line: parser.lineNo(at), enumtype, start, items });
  if (!item.blankFinish) parser.unindentWarning('Enumerated list', item.end);
  return item.end;
}

export function fieldList(parser: BodyParser, at: number): number {
  const fields: {
    line: number;
    name: ReturnType<typeof inlines>;
    blocks: ReturnType<BodyParser['nested']>;
  }[] = [];
  let fieldAt = at;
  let end: number;
  let blankFinish: boolean;
  for (;;) {
    const marker = classifyLine(parser.text(fieldAt));
    if (marker.kind !== 'field') break;
    const line = parser.lineNo(fieldAt);
    const block = getIndented(parser.source, parser.lines, fieldAt, { firstIndent: marker.end });
    fields.push({
      line,
      name: inlines(parser.context, marker.name, line),
      blocks: parser.nested(block.lines),
    });
    end = block.end;
    blankFinish = block.blankFinish;
    const next = nextItem(parser, end);
    if (!next || next.line.kind !== 'field') break;
    fieldAt = next.at;
  }
  parser.emit({ type: 'fieldList', line: parser.lineNo(at), fields });
  if (!blankFinish!) parser.unindentWarning('Field list', end!);
  return end!;
}

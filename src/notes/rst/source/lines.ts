import { COMBINING_RANGES, WIDE_RANGES } from './unicode-tables';

/*
 * Source text -> lines, the way docutils' string2lines() prepares its input:
 *   - a leading BOM is dropped (docutils reads files as utf-8-sig);
 *   - \v and \f become spaces (Parser.parse passes convert_whitespace=True);
 *   - lines are split where Python's str.splitlines() splits (\r\n, \r, \n, \x1c-\x1e, \x85,
 *     \u2028, \u2029);
 *   - TABs expand to 8-column stops, counting code points (str.expandtabs);
 *   - trailing whitespace is stripped (str.rstrip(), Python's notion of whitespace).
 *
 * unicode-tables.ts was generated from Python's unicodedata:
 *   east_asian_width(c) in ('W', 'F') and combining(c) != 0, as inclusive code point ranges.
 */

const TAB_WIDTH = 8;

/** Python's str.isspace() set (what str.strip()/rstrip()/lstrip() remove). */
export function isPyWhitespace(code: number): boolean {
  if (code <= 0x20)
    return code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code >= 0x1c && code <= 0x1f);
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

function isLineBreak(code: number): boolean {
  return (
    code === 0x0a ||
    code === 0x0d ||
    (code >= 0x1c && code <= 0x1e) ||
    code === 0x85 ||
    code === 0x2028 ||
    code === 0x2029
  );
}

/** Python's str.rstrip(). */
export function pyRstrip(text: string): string {
  let end = text.length;
  while (end > 0 && isPyWhitespace(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Python's str.strip(). */
export function pyStrip(text: string): string {
  let start = 0;
  const stripped = pyRstrip(text);
  while (start < stripped.length && isPyWhitespace(stripped.charCodeAt(start))) start++;
  return start === 0 ? stripped : stripped.slice(start);
}

/** SPACES[n] is n spaces (n <= TAB_WIDTH): a TAB's expansion without building it each time. */
const SPACES = Array.from({ length: TAB_WIDTH + 1 }, (_, n) => ' '.repeat(n));

/**
 * Python's str.expandtabs(8): a TAB moves to the next multiple of 8 columns, where every code
 * point (not UTF-16 unit, not display width) counts one column.
 */
export function expandTabs(line: string, tabWidth = TAB_WIDTH): string {
  if (!line.includes('\t')) return line;
  let out = '';
  let column = 0;
  let copied = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 0x09) {
      const spaces = tabWidth - (column % tabWidth);
      out += line.slice(copied, i) + (SPACES[spaces] ?? ' '.repeat(spaces));
      column += spaces;
      copied = i + 1;
    } else if (!isTrailSurrogate(code) || !isLeadSurrogate(line.charCodeAt(i - 1))) {
      // The second half of a surrogate pair is the same code point as the first.
      column += 1;
    }
  }
  return out + line.slice(copied);
}

const isLeadSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isTrailSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Line breaks of str.splitlines() other than \n (see isLineBreak). */
// eslint-disable-next-line no-control-regex -- these control characters are the point
const OTHER_LINE_BREAKS = /[\r\x1c-\x1e\x85\u2028\u2029]/;

/** Splits source text into docutils' input lines (see the header comment). */
export function sourceLines(text: string): string[] {
  const source = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/[\v\f]/g, ' ');
  const lines: string[] = [];
  let start = 0;
  if (!OTHER_LINE_BREAKS.test(source)) {
    // Only \n breaks lines (the usual case): let indexOf find them.
    for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', start)) {
      lines.push(pyRstrip(expandTabs(source.slice(start, i))));
      start = i + 1;
    }
    if (start < source.length) lines.push(pyRstrip(expandTabs(source.slice(start))));
    return lines;
  }
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (!isLineBreak(code)) continue;
    lines.push(source.slice(start, i));
    if (code === 0x0d && source.charCodeAt(i + 1) === 0x0a) i++;
    start = i + 1;
  }
  // str.splitlines() yields no empty last line after a final line break.
  if (start < source.length) lines.push(source.slice(start));
  return lines.map((line) => pyRstrip(expandTabs(line)));
}

function inRanges(ranges: readonly number[], code: number): boolean {
  let low = 0;
  let high = ranges.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (code < ranges[middle * 2]!) high = middle - 1;
    else if (code > ranges[middle * 2 + 1]!) low = middle + 1;
    else return true;
  }
  return false;
}

/** East Asian Wide or Fullwidth: docutils pads such a character in tables (pad_double_width). */
export function isWide(code: number): boolean {
  return code >= 0x300 && inRanges(WIDE_RANGES, code);
}

/** Display columns of one code point: 2 for East Asian Wide/Fullwidth, 0 for combining marks. */
function codePointWidth(code: number): number {
  if (code < 0x300) return 1;
  // column_width() sums the East Asian widths, then subtracts one per combining character.
  return (inRanges(WIDE_RANGES, code) ? 2 : 1) - (inRanges(COMBINING_RANGES, code) ? 1 : 0);
}

/** docutils' column_width(): the width a title needs from its underline. */
export function columnWidth(text: string): number {
  let width = 0;
  for (const char of text) width += codePointWidth(char.codePointAt(0)!);
  return width;
}

/** Number of code points (Python's len()). */
export function codePointLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xdc00 || code > 0xdfff) length++;
  }
  return length;
}

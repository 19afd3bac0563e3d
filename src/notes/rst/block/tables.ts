import type { Block, Inline, TableRow } from '../../document/model';
import { isWide } from '../source/lines';
import { joinLines } from '../source/source';
import type { BlockState } from './state';
import { TableError, type ParsedCell, type ParsedTable } from './table-parsers';

/*
 * What grid tables, simple tables and the table directives share: reading the table's lines
 * as docutils' parsers see them, and building the table from the parsed cells (docutils'
 * RSTState.table / build_table), each cell's lines read as a body of their own.
 */

/** A line as a table parser reads it: code points, a NUL after each wide one (pad_double_width). */
export function padded(text: string): string[] {
  const out: string[] = [];
  for (const char of text) {
    out.push(char);
    if (isWide(char.codePointAt(0)!)) out.push('\u0000');
  }
  return out;
}

/** The blocks of a cell: its lines read as a nested body, at the source lines they came from. */
function cellBlocks(state: BlockState, cell: ParsedCell, lineNumbers: readonly number[]): Block[] {
  if (cell.lines.every((line) => line === '')) return [];
  const numbers = cell.lines.map((_, k) => lineNumbers[cell.firstLine + k] ?? lineNumbers[0]!);
  return state.nested(state.source.addLines(cell.lines, numbers));
}

function rows(
  state: BlockState,
  parsed: readonly ParsedCell[][],
  lineNumbers: readonly number[],
): TableRow[] {
  return parsed.map((row) => ({
    line: lineNumbers[row[0]?.firstLine ?? 0] ?? lineNumbers[0]!,
    cells: row.map((cell) => ({
      blocks: cellBlocks(state, cell, lineNumbers),
      ...(cell.moreRows > 0 ? { rowspan: cell.moreRows + 1 } : {}),
      ...(cell.moreCols > 0 ? { colspan: cell.moreCols + 1 } : {}),
    })),
  }));
}

/**
 * The table block for parsed cells; `lineNumbers[k]` is the source line of the table's line k.
 * `headerRows` moves that many body rows to the header (`:header-rows:` of the directives).
 */
function buildTable(
  state: BlockState,
  parsed: ParsedTable,
  lineNumbers: readonly number[],
  title: Inline[] | null = null,
): Extract<Block, { type: 'table' }> {
  return {
    type: 'table',
    line: lineNumbers[0]!,
    title,
    header: rows(state, parsed.head, lineNumbers),
    body: rows(state, parsed.body, lineNumbers),
  };
}

/**
 * docutils' malformed_table: an error at the table's line (plus the offset the parser gave),
 * and, where docutils hides the table inside its message, the table kept as literal text.
 */
export function malformedTable(
  state: BlockState,
  from: number,
  to: number,
  detail: string | null,
  offset = 0,
): void {
  if (to <= from) return;
  state.report(
    state.lineNo(from + offset),
    'error',
    detail ? `Malformed table.\n${detail}` : 'Malformed table.',
  );
  state.emit({
    type: 'literalBlock',
    line: state.lineNo(from),
    text: joinLines(state.source, state.lines, from, to),
  });
}

/**
 * Reads lines [from, to) with `parse` (a grid table's lines are stripped at both ends, a simple
 * table's kept as they are); a table the parser rejects is reported and kept as text.
 */
export function readTable(
  state: BlockState,
  from: number,
  to: number,
  parse: (lines: string[][]) => ParsedTable,
  strip: boolean,
): void {
  const lines: string[][] = [];
  const lineNumbers: number[] = [];
  for (let k = from; k < to; k++) {
    lines.push(padded(strip ? state.text(k).trim() : state.text(k)));
    lineNumbers.push(state.lineNo(k));
  }
  try {
    state.emit(buildTable(state, parse(lines), lineNumbers));
  } catch (error) {
    if (!(error instanceof TableError)) throw error;
    malformedTable(state, from, to, error.message, error.offset);
  }
}

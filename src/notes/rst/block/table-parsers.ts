/*
 * docutils' table parsers (parsers/rst/tableparser.py): a grid or simple table's lines in, its
 * rows and cells out. Lines are arrays of code points (Python indexes strings by code point),
 * with East Asian wide characters followed by a NUL pad so that columns line up as they look
 * (StringList.pad_double_width); the pad is dropped from the cells' text.
 */

/** One cell: how many more rows and columns it spans, and its lines (relative to the table). */
export interface ParsedCell {
  moreRows: number;
  moreCols: number;
  /** Index in the table's lines of the cell's first line. */
  firstLine: number;
  lines: string[];
}

export interface ParsedTable {
  head: ParsedCell[][];
  body: ParsedCell[][];
}

/** docutils' TableMarkupError: the message and the table line it points at. */
export class TableError extends Error {
  constructor(
    message: string,
    readonly offset = 0,
  ) {
    super(message);
  }
}

const PAD = '\u0000';

/** A cell's lines: columns [left, right) of lines [top, bottom), indentation removed (get_2D_block). */
function block2D(
  lines: readonly (readonly string[])[],
  top: number,
  left: number,
  bottom: number,
  right: number,
): string[] {
  const cut: string[] = [];
  let indent = right;
  for (let i = top; i < bottom; i++) {
    const line = lines[i]!.slice(left, right).join('').trimEnd();
    cut.push(line);
    if (line) indent = Math.min(indent, line.length - line.trimStart().length);
  }
  const stripped = 0 < indent && indent < right ? cut.map((line) => line.slice(indent)) : cut;
  return stripped.map((line) => line.replaceAll(PAD, ''));
}

/** A min-heap of [top, left] corners, ordered as Python sorts tuples. */
class CornerQueue {
  private readonly heap: [number, number][] = [];

  get size(): number {
    return this.heap.length;
  }

  private static less(a: [number, number], b: [number, number]): boolean {
    return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  }

  push(corner: [number, number]): void {
    const heap = this.heap;
    heap.push(corner);
    let at = heap.length - 1;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!CornerQueue.less(heap[at]!, heap[parent]!)) break;
      [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
      at = parent;
    }
  }

  pop(): [number, number] {
    const heap = this.heap;
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let at = 0;
      for (;;) {
        const left = 2 * at + 1;
        const right = left + 1;
        let smallest = at;
        if (left < heap.length && CornerQueue.less(heap[left]!, heap[smallest]!)) smallest = left;
        if (right < heap.length && CornerQueue.less(heap[right]!, heap[smallest]!))
          smallest = right;
        if (smallest === at) break;
        [heap[at], heap[smallest]] = [heap[smallest]!, heap[at]!];
        at = smallest;
      }
    }
    return top;
  }
}

/** `\+=[=+]+=\+ *$` on a code-point line. */
function isGridHeadSeparator(line: readonly string[]): boolean {
  const text = line.join('').trimEnd();
  return /^\+=[=+]+=\+$/.test(text);
}

/**
 * TableParser.find_head_body_sep: the one line of `=` between head and body, turned into `-`.
 * Returns its index (null: none).
 */
function findHeadBodySeparator(
  lines: string[][],
  isSeparator: (line: readonly string[]) => boolean,
): number | null {
  let separator: number | null = null;
  let last = 0;
  for (let i = 0; i < lines.length; i++) {
    last = i;
    if (!isSeparator(lines[i]!)) continue;
    if (separator !== null) {
      throw new TableError(
        `Multiple head/body row separators (table lines ${separator + 1} and ${i + 1}); only one allowed.`,
        i,
      );
    }
    separator = i;
    lines[i] = lines[i]!.map((char) => (char === '=' ? '-' : char));
  }
  if (separator === 0 || separator === lines.length - 1) {
    throw new TableError(
      'The head/body row separator may not be the first or last line of the table.',
      last,
    );
  }
  return separator;
}

/**
 * GridTableParser: trace each cell from its top-left corner around its four sides, the corners
 * taken top to bottom (a heap where docutils sorts its queue each time: the same order, without
 * the cost of sorting per cell). `budget` bounds the scanning a malformed table may cost.
 */
export function parseGridTable(lines: string[][]): ParsedTable {
  const block = lines.map((line) => [...line]);
  const separator = findHeadBodySeparator(block, isGridHeadSeparator);
  const bottom = block.length - 1;
  const right = block[0]!.length - 1;
  const done = new Int32Array(block[0]!.length).fill(-1);
  const rowSeparators = new Set<number>([0]);
  const colSeparators = new Set<number>([0]);
  const cells: { top: number; left: number; bottom: number; right: number }[] = [];
  const at = (row: number, col: number): string | undefined => block[row]![col];
  // Every scan step counts; a well-formed table costs a few steps per character.
  let budget = 8 * block.length * (right + 1) + 64;
  const spend = (): void => {
    if (--budget < 0) throw new TableError('Malformed table; parse incomplete.');
  };

  const scanUp = (top: number, left: number, cellBottom: number, rows: number[]): boolean => {
    for (let i = cellBottom - 1; i > top; i--) {
      spend();
      if (at(i, left) === '+') rows.push(i);
      else if (at(i, left) !== '|') return false;
    }
    return true;
  };
  const scanLeft = (
    top: number,
    left: number,
    cellBottom: number,
    cellRight: number,
    rows: number[],
    cols: number[],
  ): boolean => {
    for (let i = cellRight - 1; i > left; i--) {
      spend();
      if (at(cellBottom, i) === '+') cols.push(i);
      else if (at(cellBottom, i) !== '-') return false;
    }
    if (at(cellBottom, left) !== '+') return false;
    return scanUp(top, left, cellBottom, rows);
  };
  const scanDown = (
    top: number,
    left: number,
    cellRight: number,
  ): { bottom: number; rows: number[]; cols: number[] } | null => {
    for (let i = top + 1; i <= bottom; i++) {
      spend();
      if (at(i, cellRight) === '+') {
        const rows = [i];
        const cols: number[] = [];
        if (scanLeft(top, left, i, cellRight, rows, cols)) return { bottom: i, rows, cols };
      } else if (at(i, cellRight) !== '|') {
        return null;
      }
    }
    return null;
  };
  const scanCell = (top: number, left: number) => {
    for (let i = left + 1; i <= right; i++) {
      spend();
      if (at(top, i) === '+') {
        const down = scanDown(top, left, i);
        if (down) return { right: i, ...down, cols: [i, ...down.cols] };
      } else if (at(top, i) !== '-') {
        return null;
      }
    }
    return null;
  };

  const corners = new CornerQueue();
  corners.push([0, 0]);
  while (corners.size > 0) {
    const [top, left] = corners.pop();
    if (top === bottom || left === right || top <= done[left]!) continue;
    const cell = scanCell(top, left);
    if (!cell) continue;
    for (const row of cell.rows) rowSeparators.add(row);
    for (const col of cell.cols) colSeparators.add(col);
    for (let col = left; col < cell.right; col++) {
      // mark_done: the columns of a cell were seen down to the line above the cell.
      if (done[col] !== top - 1) throw new TableError('Malformed table; parse incomplete.');
      done[col] = cell.bottom - 1;
    }
    cells.push({ top, left, bottom: cell.bottom, right: cell.right });
    corners.push([top, cell.right]);
    corners.push([cell.bottom, left]);
  }
  for (let col = 0; col < right; col++) {
    if (done[col] !== bottom - 1) throw new TableError('Malformed table; parse incomplete.');
  }
  return gridStructure(block, cells, rowSeparators, colSeparators, separator);
}

/** GridTableParser.structure_from_cells: the cells placed in rows, head rows split off. */
function gridStructure(
  block: readonly (readonly string[])[],
  cells: readonly { top: number; left: number; bottom: number; right: number }[],
  rowSeparators: ReadonlySet<number>,
  colSeparators: ReadonlySet<number>,
  separator: number | null,
): ParsedTable {
  const rowSeps = [...rowSeparators].sort((a, b) => a - b);
  const colSeps = [...colSeparators].sort((a, b) => a - b);
  const rowIndex = new Map(rowSeps.map((row, index) => [row, index]));
  const colIndex = new Map(colSeps.map((col, index) => [col, index]));
  const rows: (ParsedCell | null)[][] = Array.from({ length: rowSeps.length - 1 }, () =>
    new Array<ParsedCell | null>(colSeps.length - 1).fill(null),
  );
  for (const cell of cells) {
    const row = rowIndex.get(cell.top)!;
    const col = colIndex.get(cell.left)!;
    rows[row]![col] = {
      moreRows: rowIndex.get(cell.bottom)! - row - 1,
      moreCols: colIndex.get(cell.right)! - col - 1,
      firstLine: cell.top + 1,
      lines: block2D(block, cell.top + 1, cell.left + 1, cell.bottom, cell.right),
    };
  }
  const placed = rows.map((row) => row.filter((cell): cell is ParsedCell => cell !== null));
  const headRows = separator ? rowIndex.get(separator)! : 0;
  return { head: placed.slice(0, headRows), body: placed.slice(headRows) };
}

/** `=[ =]*$` and `-[ -]*$` on a code-point line. */
function isMadeOf(line: readonly string[], first: string): boolean {
  if (line[0] !== first) return false;
  for (const char of line) if (char !== first && char !== ' ') return false;
  return true;
}

/**
 * SimpleTableParser: the top border gives the columns; text in the first column starts a row,
 * a `---` line under a row says which columns its cells span.
 */
export function parseSimpleTable(lines: string[][]): ParsedTable {
  const block = lines.map((line) => [...line]);
  const dashes = (line: string[]) => line.map((char) => (char === '=' ? '-' : char));
  block[0] = dashes(block[0]!);
  block[block.length - 1] = dashes(block[block.length - 1]!);
  const separator = findHeadBodySeparator(block, (line) => isMadeOf(line, '='));
  const columns = spanColumns(block[0]!);
  const borderEnd = columns[columns.length - 1]![1];
  const table: ParsedCell[][] = [];

  const parseColumns = (line: readonly string[], offset: number): [number, number][] => {
    const found = spanColumns(line);
    if (found[found.length - 1]![1] !== borderEnd) {
      throw new TableError(`Column span incomplete in table line ${offset + 1}.`, offset);
    }
    // The rightmost column may run on (docutils allows text past the border there).
    found[found.length - 1] = [found[found.length - 1]![0], columns[columns.length - 1]![1]];
    return found;
  };

  const parseRow = (start: number, end: number, span: number | null): void => {
    if (end <= start && span === null) return;
    const rowColumns =
      span === null
        ? columns.map((c): [number, number] => [c[0], c[1]])
        : parseColumns(block[span]!, span);
    const rowLines = block.slice(start, end);
    // check_columns: nothing but spaces in the margins; the last column may overflow.
    for (let i = 0; i < rowColumns.length; i++) {
      const [colStart, colEnd] = rowColumns[i]!;
      const nextStart = i + 1 < rowColumns.length ? rowColumns[i + 1]![0] : Infinity;
      rowLines.forEach((line, k) => {
        if (i === rowColumns.length - 1 && line.slice(colEnd).join('').trim()) {
          const newEnd = colStart + line.slice(colStart).join('').trimEnd().length;
          const [mainStart, mainEnd] = columns[columns.length - 1]!;
          rowColumns[i] = [colStart, Math.max(mainEnd, newEnd)];
          if (newEnd > mainEnd) columns[columns.length - 1] = [mainStart, newEnd];
        } else if (line.slice(colEnd, nextStart).join('').trim()) {
          throw new TableError(`Text in column margin in table line ${start + k + 1}.`, start + k);
        }
      });
    }
    const cells: ParsedCell[] = [];
    let column = 0;
    for (const [colStart, colEnd] of rowColumns) {
      let moreCols = 0;
      if (columns[column]?.[0] !== colStart) {
        throw new TableError(
          `Column span alignment problem in table line ${start + 2}.`,
          start + 1,
        );
      }
      while (colEnd !== columns[column]?.[1]) {
        column++;
        moreCols++;
        if (column >= columns.length) {
          throw new TableError(
            `Column span alignment problem in table line ${start + 2}.`,
            start + 1,
          );
        }
      }
      column++;
      cells.push({
        moreRows: 0,
        moreCols,
        firstLine: start,
        lines: block2D(block, start, colStart, end, colEnd),
      });
    }
    table.push(cells);
  };

  const [firstStart, firstEnd] = columns[0]!;
  let start = 1;
  let textFound = false;
  for (let offset = 1; offset < block.length; offset++) {
    const line = block[offset]!;
    if (isMadeOf(line, '-')) {
      parseRow(start, offset, offset);
      start = offset + 1;
      textFound = false;
    } else if (line.slice(firstStart, firstEnd).join('').trim()) {
      if (textFound && offset !== start) parseRow(start, offset, null);
      start = offset;
      textFound = true;
    } else if (!textFound) {
      start = offset + 1;
    }
  }
  let firstBody = 0;
  if (separator !== null) {
    for (let i = 0; i < table.length; i++) {
      if (table[i]![0]!.firstLine > separator) {
        firstBody = i;
        break;
      }
    }
  }
  return { head: table.slice(0, firstBody), body: table.slice(firstBody) };
}

/** parse_columns: the [begin, end) of each run of `-` in a border or span line. */
function spanColumns(line: readonly string[]): [number, number][] {
  const columns: [number, number][] = [];
  let end = 0;
  for (;;) {
    const begin = line.indexOf('-', end);
    if (begin < 0) break;
    end = line.indexOf(' ', begin);
    if (end < 0) end = line.length;
    columns.push([begin, end]);
  }
  return columns;
}

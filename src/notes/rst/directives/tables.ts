import type { Block, Inline, TableRow } from '../../document/model';
import type { BlockState } from '../block/state';
import { CsvError, readCsv, type CsvDialect } from './csv';
import { keepBlockAsText, withSpec, type DirectiveCall } from './directive';
import type { DirectiveSpec } from './directive-block';
import { nameElement } from './names';

/*
 * docutils' table directives (directives/tables.py): `table` gives a grid or simple table a
 * title; `list-table` reads a two-level bullet list, `csv-table` comma-separated values. Each
 * cell's text is reST.
 */

const TABLE_OPTIONS = ['class', 'name', 'align', 'width', 'widths'];

const TABLE: DirectiveSpec = {
  requiredArguments: 0,
  optionalArguments: 1,
  finalArgumentWhitespace: true,
  hasContent: true,
  options: TABLE_OPTIONS,
};

/** docutils' error for a table directive: reported at the directive, its text kept. */
function tableError(state: BlockState, call: DirectiveCall, message: string): void {
  state.report(call.line, 'error', message);
  keepBlockAsText(state, call);
}

function titleOf(
  state: BlockState,
  call: DirectiveCall,
  title: string | undefined,
): Inline[] | null {
  return title ? state.inlines(title, call.line) : null;
}

/** `table`: exactly one grid or simple table, with the argument as its title. */
export const tableDirective = withSpec(
  TABLE,
  (state, call, { arguments: [title], options, content }) => {
    if (content.length === 0) {
      state.report(
        call.line,
        'warning',
        `Content block expected for the "${call.name}" directive; none found.`,
      );
      return;
    }
    const titleContent = titleOf(state, call, title);
    const blocks = state.nested(content);
    const table = blocks[0];
    if (blocks.length !== 1 || table?.type !== 'table') {
      state.report(
        call.line,
        'error',
        `Error parsing content block for the "${call.name}" directive: exactly one table expected.`,
      );
      for (const block of blocks) state.emit(block);
      return;
    }
    nameElement(state, call, options);
    state.emit({ ...table, line: call.line, title: titleContent });
  },
);

/** `:header-rows:` and `:stub-columns:`: non-negative integers. */
function count(options: ReadonlyMap<string, string>, name: string): number {
  const value = options.get(name);
  return value === undefined ? 0 : Number.parseInt(value, 10) || 0;
}

/** docutils' check_table_dimensions: enough rows for the header and enough columns for stubs. */
function dimensionProblem(
  rowLengths: readonly number[],
  headerRows: number,
  stubColumns: number,
  name: string,
): string | null {
  if (rowLengths.length < headerRows) {
    return `${headerRows} header row(s) specified but only ${rowLengths.length} row(s) of data supplied ("${name}" directive).`;
  }
  if (rowLengths.length === headerRows && headerRows > 0) {
    return `Insufficient data supplied (${rowLengths.length} row(s)); no data remaining for table body, required by "${name}" directive.`;
  }
  for (const length of rowLengths) {
    if (length < stubColumns) {
      return `${stubColumns} stub column(s) specified but only ${length} columns(s) of data supplied ("${name}" directive).`;
    }
    if (length === stubColumns && stubColumns > 0) {
      return `Insufficient data supplied (${length} columns(s)); no data remaining for table body, required by "${name}" directive.`;
    }
  }
  return null;
}

/** `list-table`: each item of the outer bullet list is a row, each item of its inner list a cell. */
export const listTableDirective = withSpec(
  { ...TABLE, options: [...TABLE_OPTIONS, 'header-rows', 'stub-columns'] },
  (state, call, { arguments: [title], options, content }) => {
    if (content.length === 0) {
      tableError(state, call, `The "${call.name}" directive is empty; content required.`);
      return;
    }
    const titleContent = titleOf(state, call, title);
    const blocks = state.nested(content);
    const list = blocks[0];
    const problem = (detail: string) =>
      tableError(
        state,
        call,
        `Error parsing content block for the "${call.name}" directive: ${detail}`,
      );
    if (blocks.length !== 1 || list?.type !== 'bulletList') {
      problem('exactly one bullet list expected.');
      return;
    }
    const rows: { line: number; cells: Block[][] }[] = [];
    for (const [index, item] of list.items.entries()) {
      const inner = item.blocks[0];
      if (item.blocks.length !== 1 || inner?.type !== 'bulletList') {
        problem(
          `two-level bullet list expected, but row ${index + 1} does not contain a second-level bullet list.`,
        );
        return;
      }
      if (index > 0 && inner.items.length !== rows[0]!.cells.length) {
        problem(
          `uniform two-level bullet list expected, but row ${index + 1} does not contain the same number of items as row 1 (${inner.items.length} vs ${rows[0]!.cells.length}).`,
        );
        return;
      }
      rows.push({ line: item.line, cells: inner.items.map((cell) => cell.blocks) });
    }
    const headerRows = count(options, 'header-rows');
    const dimensions = dimensionProblem(
      rows.map((row) => row.cells.length),
      headerRows,
      count(options, 'stub-columns'),
      call.name,
    );
    if (dimensions) {
      tableError(state, call, dimensions);
      return;
    }
    const tableRows: TableRow[] = rows.map((row) => ({
      line: row.line,
      cells: row.cells.map((blocks) => ({ blocks })),
    }));
    nameElement(state, call, options);
    state.emit({
      type: 'table',
      line: call.line,
      title: titleContent,
      header: tableRows.slice(0, headerRows),
      body: tableRows.slice(headerRows),
    });
  },
);

const CSV_OPTIONS = [
  ...TABLE_OPTIONS,
  'header-rows',
  'stub-columns',
  'header',
  'file',
  'url',
  'encoding',
  'delim',
  'keepspace',
  'quote',
  'escape',
];

/** directives.single_char_or_unicode, with docutils' names for tab and space. */
function singleChar(value: string | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  const trimmed = value.trim();
  if (trimmed === 'tab' || trimmed === '\\t') return '\t';
  if (trimmed === 'space') return ' ';
  return trimmed.length > 0 ? [...trimmed][0]! : fallback;
}

/** `csv-table`: rows of comma-separated values; never reads a file or URL. */
export const csvTableDirective = withSpec(
  { ...TABLE, options: CSV_OPTIONS },
  (state, call, { arguments: [title], options, content }) => {
    if (options.has('file') || options.has('url')) {
      state.report(
        call.line,
        'warning',
        `File and URL access deactivated; ignoring "${call.name}" directive.`,
      );
      keepBlockAsText(state, call);
      return;
    }
    if (content.length === 0) {
      tableError(state, call, `The "${call.name}" directive requires content; none supplied.`);
      return;
    }
    const titleContent = titleOf(state, call, title);
    const dialect: CsvDialect = {
      delimiter: singleChar(options.get('delim'), ','),
      quote: singleChar(options.get('quote'), '"'),
      escape: options.has('escape') ? singleChar(options.get('escape'), '\\') : null,
      skipInitialSpace: !options.has('keepspace'),
    };
    let head: string[][];
    let records: string[][];
    try {
      const header = options.get('header');
      head =
        header === undefined
          ? []
          : readCsv(header.split('\n'), {
              ...dialect,
              delimiter: ',',
              quote: '"',
              escape: '\\',
              skipInitialSpace: true,
            });
      records = readCsv(
        content.map((view) => state.source.text(view)),
        dialect,
      );
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      tableError(state, call, `Error with CSV data in "${call.name}" directive:\n${error.message}`);
      return;
    }
    const headerRows = count(options, 'header-rows');
    const dimensions = dimensionProblem(
      records.map((row) => row.length),
      headerRows,
      count(options, 'stub-columns'),
      call.name,
    );
    if (dimensions) {
      tableError(state, call, dimensions);
      return;
    }
    const columns = Math.max(0, ...[...head, ...records].map((row) => row.length));
    if (columns === 0) {
      tableError(state, call, 'No table data detected in CSV file.');
      return;
    }
    // docutils reads every cell at the line the content starts on.
    const line = state.source.lineNumber(content[0]!);
    const toRows = (rows: string[][]): TableRow[] =>
      rows.map((row) => ({
        line,
        cells: Array.from({ length: columns }, (_, k) => {
          const text = row[k] ?? '';
          if (!text) return { blocks: [] };
          const cellLines = text.split(/\r\n|\r|\n/u);
          const views = state.source.addLines(
            cellLines,
            cellLines.map(() => line),
          );
          return { blocks: state.nested(views) };
        }),
      }));
    nameElement(state, call, options);
    state.emit({
      type: 'table',
      line: call.line,
      title: titleContent,
      header: toRows([...head, ...records.slice(0, headerRows)]),
      body: toRows(records.slice(headerRows)),
    });
  },
);

/**
 * Python's csv reader as docutils' csv-table uses it (DocutilsDialect: `,` and `"`, quotes
 * doubled inside quotes, spaces after a delimiter skipped, strict). One pass over the text: a
 * quoted field may run over lines.
 */

export interface CsvDialect {
  delimiter: string;
  quote: string;
  /** With `:escape:`: the character that escapes the next one (quotes are then not doubled). */
  escape: string | null;
  skipInitialSpace: boolean;
}

/** What Python's csv module would raise (csv.Error). */
export class CsvError extends Error {}

/** The records of `lines`, each a list of fields. */
export function readCsv(lines: readonly string[], dialect: CsvDialect): string[][] {
  const text = lines.map((line) => `${line}\n`).join('');
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let state: 'start' | 'unquoted' | 'quoted' | 'quote in quoted' | 'escape' | 'quoted escape' =
    'start';
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    switch (state) {
      case 'start':
        if (char === '\n') {
          // After a delimiter: the record's last, empty field. On its own: an empty record.
          if (record.length > 0) endRecord();
          else records.push([]);
        } else if (char === dialect.quote) state = 'quoted';
        else if (char === dialect.escape) state = 'escape';
        else if (char === ' ' && dialect.skipInitialSpace) {
          // skipped
        } else if (char === dialect.delimiter) endField();
        else {
          field += char;
          state = 'unquoted';
        }
        break;
      case 'unquoted':
        if (char === '\n') {
          endRecord();
          state = 'start';
        } else if (char === dialect.escape) state = 'escape';
        else if (char === dialect.delimiter) {
          endField();
          state = 'start';
        } else field += char;
        break;
      case 'escape':
        field += char;
        state = 'unquoted';
        break;
      case 'quoted':
        if (char === dialect.escape) state = 'quoted escape';
        else if (char === dialect.quote)
          state = dialect.escape === null ? 'quote in quoted' : 'quote in quoted';
        else field += char;
        break;
      case 'quoted escape':
        field += char;
        state = 'quoted';
        break;
      case 'quote in quoted':
        if (char === dialect.quote && dialect.escape === null) {
          field += char;
          state = 'quoted';
        } else if (char === dialect.delimiter) {
          endField();
          state = 'start';
        } else if (char === '\n') {
          endRecord();
          state = 'start';
        } else {
          throw new CsvError(`'${dialect.delimiter}' expected after '${dialect.quote}'`);
        }
        break;
    }
  }
  if (state === 'quoted' || state === 'quoted escape') {
    throw new CsvError('unexpected end of data');
  }
  if (state !== 'start' || field || record.length > 0) endRecord();
  return records;
}

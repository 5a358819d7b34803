// The published table schema of our CSV files, in W3C's CSV on the Web metadata vocabulary
// (CSVW, https://www.w3.org/TR/tabular-metadata/). A CSV's schema sits beside it at the address
// CSVW readers look for first: "<file>.csv-metadata.json" (https://www.w3.org/TR/tabular-data-model/#default-locations).
// Pure: the endpoints pass the site, the licence and the column descriptions.

/** The CSVW built-in datatypes our columns use. */
export type CsvDatatype = 'string' | 'boolean' | 'decimal' | 'integer' | 'date' | 'anyURI';

/** One CSV column: its header name, datatype, and for a list cell the separator between values. */
export interface CsvColumn {
  name: string;
  datatype: CsvDatatype;
  /** A cell holding several values, separated by this text. */
  separator?: ' ' | '; ';
  /** Never empty in a row. */
  required?: boolean;
}

/** Shorthand for the column tables: [name, datatype, options]. */
export function csvColumns(
  rows: readonly (readonly [string, CsvDatatype, Omit<CsvColumn, 'name' | 'datatype'>?])[],
): CsvColumn[] {
  return rows.map(([name, datatype, options]) => ({ name, datatype, ...options }));
}

/** The lexical forms we write (src/lib/open-data/csv.ts): true/false, dot decimals, ISO dates, absolute http(s) URLs. */
const LEXICAL: Record<CsvDatatype, RegExp> = {
  string: /^[\s\S]*$/,
  boolean: /^(true|false)$/,
  decimal: /^-?\d+(\.\d+)?$/,
  integer: /^-?\d+$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  anyURI: /^https?:\/\/\S+$/,
};

/**
 * Whether a cell conforms to its column as a CSVW processor reads it: an empty cell is null
 * (allowed unless required); a list cell is split on its separator and each value checked.
 */
export function cellConforms(column: CsvColumn, cell: string): boolean {
  if (cell === '') return !column.required;
  const values = column.separator ? cell.split(column.separator) : [cell];
  return values.every((value) => value !== '' && LEXICAL[column.datatype].test(value));
}

export interface CsvwTable {
  /** Absolute URL of the CSV file. */
  url: string;
  title: { lv: string; en: string };
  columns: readonly CsvColumn[];
  /** Per column name, what it holds, in both languages. */
  descriptions: Record<string, { lv: string; en: string }>;
  licence: string;
  /** When the file was built (ISO 8601). */
  modified: string;
}

const both = (text: { lv: string; en: string }) => [
  { '@value': text.lv, '@language': 'lv' },
  { '@value': text.en, '@language': 'en' },
];

/** The CSVW metadata document of one table; "id" is the primary key. */
export function csvwMetadata(table: CsvwTable): Record<string, unknown> {
  return {
    '@context': 'http://www.w3.org/ns/csvw',
    url: table.url,
    'dc:title': both(table.title),
    'dc:license': { '@id': table.licence },
    'dc:modified': { '@value': table.modified, '@type': 'xsd:dateTime' },
    // What src/lib/open-data/csv.ts writes: UTF-8 with a byte-order mark, one header row, CRLF, RFC 4180 quoting.
    dialect: {
      encoding: 'utf-8',
      header: true,
      headerRowCount: 1,
      delimiter: ',',
      quoteChar: '"',
      doubleQuote: true,
      lineTerminators: ['\r\n'],
    },
    tableSchema: {
      columns: table.columns.map((c) => ({
        name: c.name,
        titles: c.name,
        datatype: c.datatype,
        ...(c.separator ? { separator: c.separator } : {}),
        required: c.required ?? false,
        ...(table.descriptions[c.name] ? { 'dc:description': both(table.descriptions[c.name]!) } : {}),
      })),
      primaryKey: 'id',
    },
  };
}

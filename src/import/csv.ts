// A small CSV parser for the VZD address-register files (pure: no file access).
//
// VZD publishes two dialects of the same tables:
//   - the official daily `aw_csv.zip` on data.gov.lv: fields separated by `;` and quoted with `#`,
//     e.g. `#KODS#;#TIPS_CD#;#NOSAUKUMS#`, often with a UTF-8 byte-order mark;
//   - copies re-saved as ordinary CSV (the hackathon kit in /work/shared/data/raw/vzd):
//     fields separated by `,` and quoted with `"`.
// The dialect is detected from the header line. Inside a quoted field the quote character is
// written twice to stand for itself; a quoted field may span lines.

import type { Problem } from './problems.ts';

export interface CsvDialect {
  delimiter: string;
  quote: string;
}

export interface CsvRow {
  /** 1-based line number in the file where the row starts. */
  line: number;
  fields: string[];
}

export interface CsvResult {
  header: string[];
  rows: CsvRow[];
  problems: Problem[];
}

/** Guess delimiter and quote character from the first line of the file. */
export function detectDialect(text: string): CsvDialect {
  const first = stripBom(text).split(/\r?\n/, 1)[0] ?? '';
  const quote = first.startsWith('#') ? '#' : '"';
  const semicolons = countOutsideQuotes(first, ';', quote);
  const commas = countOutsideQuotes(first, ',', quote);
  const tabs = countOutsideQuotes(first, '\t', quote);
  const delimiter = tabs > semicolons && tabs > commas ? '\t' : semicolons > commas ? ';' : ',';
  return { delimiter, quote };
}

function countOutsideQuotes(line: string, ch: string, quote: string): number {
  let n = 0;
  let inQuotes = false;
  for (const c of line) {
    if (c === quote) inQuotes = !inQuotes;
    else if (c === ch && !inQuotes) n++;
  }
  return n;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Split CSV text into rows of fields. The first row is returned as `header`.
 * Blank lines are skipped. A quote left open at the end of the file is reported as a problem
 * on the line where the row started, and that row is dropped.
 */
export function parseCsv(text: string, file: string, dialect: CsvDialect = detectDialect(text)): CsvResult {
  const src = stripBom(text);
  const { delimiter, quote } = dialect;
  const records: CsvRow[] = [];
  const problems: Problem[] = [];

  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
  let rowStart = 1;
  let rowHasContent = false;

  const endField = () => {
    fields.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    if (rowHasContent) records.push({ line: rowStart, fields });
    fields = [];
    rowHasContent = false;
  };

  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (inQuotes) {
      if (c === quote) {
        if (src[i + 1] === quote) {
          field += quote;
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === quote) {
      inQuotes = true;
      rowHasContent = true;
    } else if (c === delimiter) {
      rowHasContent = true;
      endField();
    } else if (c === '\r') {
      // part of a CRLF line end; ignored
    } else if (c === '\n') {
      endRow();
      line++;
      rowStart = line;
    } else {
      rowHasContent = true;
      field += c;
    }
  }
  if (inQuotes) {
    problems.push({ file, line: rowStart, message: `unterminated ${quote}-quoted field; row skipped` });
  } else if (rowHasContent || field !== '' || fields.length > 0) {
    endRow();
  }

  const [head, ...rows] = records;
  return { header: head ? head.fields.map((h) => h.trim()) : [], rows, problems };
}

/**
 * The rows that have as many fields as the header, in file order. A row of another width is
 * reported in `problems` and skipped, when the loop reaches it, so its problem stands in file
 * order among the problems the caller finds in the other rows.
 */
export function* rowsOfHeaderWidth(csv: CsvResult, file: string, problems: Problem[]): Generator<CsvRow> {
  for (const row of csv.rows) {
    if (row.fields.length === csv.header.length) yield row;
    else
      problems.push({
        file,
        line: row.line,
        message: `expected ${csv.header.length} fields, found ${row.fields.length}; row skipped`,
      });
  }
}

// Writing CSV as RFC 4180 says (https://www.rfc-editor.org/rfc/rfc4180): fields separated by
// commas, records ended by CRLF, a field quoted when it holds a comma, a quote or a line
// break, and a quote inside a quoted field written twice. No comments, no byte-order mark.
// Spreadsheets run a cell that begins with =, +, -, @, a tab or a carriage return as a formula
// (=HYPERLINK(…) in a name becomes a live link), so such text gets a leading apostrophe, as OWASP
// recommends (https://owasp.org/www-community/attacks/CSV_Injection): spreadsheets read it as
// "text" and do not show it; other readers see it. Numbers are written as numbers (-3.5 is no formula).

/** One cell: text as is, numbers in JavaScript's plain notation (dot decimal), booleans as true/false, null as empty. */
export type CsvValue = string | number | boolean | null;

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: CsvValue): string {
  if (value === null) return '';
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header row and data rows as one CSV text; every row must be as long as the header. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  for (const [i, row] of rows.entries()) {
    if (row.length !== header.length)
      throw new Error(`CSV row ${i + 1} has ${row.length} fields, the header has ${header.length}`);
  }
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

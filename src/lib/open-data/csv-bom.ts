// The UTF-8 byte-order mark our CSV downloads start with. Spreadsheet programs (Excel in
// particular) read a CSV without it in the machine's legacy code page and garble ā, č, ē, ģ, ī,
// ķ, ļ, ņ, š, ū, ž; CSVW and RFC 4180 readers skip it. The writer (csv.ts) stays BOM-free so
// that its text can be embedded or compared; every CSV endpoint wraps its text with this.
export const UTF8_BOM = '\uFEFF';

export function withBom(csv: string): string {
  return csv.startsWith(UTF8_BOM) ? csv : UTF8_BOM + csv;
}

// One data file as read from disk, before its records are checked.
import { shown, typeOf, type DataProblem } from './problems.ts';

/** One data file as read from disk: its path (for messages), its records, and what made it unreadable. */
export interface RawFile {
  file: string;
  records: unknown[];
  /** Problems of the file as a whole (empty, not JSON, wrong shape); its records are then empty. */
  problems?: DataProblem[];
}

/**
 * The text of one data file as records. A BOM is refused, not stripped: other readers of data/
 * (Python's json module, this project's own tests, jq before 1.7) fail on it, and RFC 8259 §8.1
 * says JSON text must not start with one. `list` is true for the single files that hold a list
 * (municipalities.json, …); a file in a folder may hold one record or a list.
 */
export function parseDataFile(file: string, text: string, list: boolean): RawFile & { problems: DataProblem[] } {
  const wanted = list ? 'a JSON list of records' : 'a JSON record or a list of records';
  const fail = (expected: string, received: string) => ({
    file,
    records: [],
    problems: [{ file, id: null, field: '(file)', expected, received }],
  });
  if (text.startsWith('\uFEFF'))
    return fail(
      'UTF-8 text without a byte-order mark',
      'a byte-order mark (U+FEFF) before the JSON: save the file as UTF-8 without BOM',
    );
  if (text.trim() === '') return fail(wanted, text === '' ? 'an empty file' : 'an empty file (white space only)');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    // V8 gives "... in JSON at position 15 (line 2 column 17)"; the line and column are what an editor shows.
    const message = (error as Error).message.replace(
      / at position \d+ \(line (\d+) column (\d+)\)/,
      ' at line $1 column $2',
    );
    return fail('valid JSON', message);
  }
  if (Array.isArray(parsed)) return { file, records: parsed, problems: [] };
  if (!list && typeOf(parsed) === 'object') return { file, records: [parsed], problems: [] };
  return fail(wanted, typeOf(parsed) === 'object' ? 'object' : `${typeOf(parsed)} ${shown(parsed)}`);
}

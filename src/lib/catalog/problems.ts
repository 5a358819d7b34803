// A problem in the data, told with where it is (file, record id, field) and what was expected,
// and the one error that carries every problem found, grouped by file.

/** One problem: where it is (file, record, field), what was expected and what was found. */
export interface DataProblem {
  file: string;
  /** The record's id, or "#n" for the n-th record without one; null for the file as a whole. */
  id: string | null;
  field: string;
  expected: string;
  /** What the data holds instead, shortened; absent when the rule is about several fields. */
  received?: string;
}

/** One problem as a line under its file's heading. */
export function formatProblem(p: DataProblem): string {
  const where = p.id === null ? 'the file' : `record "${p.id}", field "${p.field}"`;
  return `${where}: expected ${p.expected}${p.received === undefined ? '' : `, received ${p.received}`}`;
}

/** Every problem once, grouped by file in the order the files were read, under one heading. */
export function formatProblems(problems: readonly DataProblem[]): string {
  const byFile = Map.groupBy(problems, (p) => p.file);
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return [
    `Invalid data: ${count(problems.length, 'problem', 'problems')} in ${count(byFile.size, 'file', 'files')}`,
    ...[...byFile].flatMap(([file, list]) => [file, ...list.map((p) => `  ${formatProblem(p)}`)]),
  ].join('\n');
}

/** Thrown by validateCatalog; its message lists every problem, one per line, grouped by file. */
export class DataError extends Error {
  readonly problems: DataProblem[];
  constructor(problems: DataProblem[]) {
    super(formatProblems(problems));
    this.problems = problems;
    this.name = 'DataError';
  }
}

const MAX_SHOWN = 60;

/** A value as the data holds it, in JSON, shortened so one problem stays one line. */
export function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

/** JSON's type words for a value, as zod names them. */
export function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

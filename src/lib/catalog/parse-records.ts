// Each record of a kind checked against its schema: the records that parse, and zod's issues for
// those that do not, turned into problems (one per field) with the value found.
import type { z } from 'zod';
import type { RawFile } from './data-file.ts';
import { shown, typeOf, type DataProblem } from './problems.ts';

function recordId(record: unknown): string | null {
  if (record && typeof record === 'object') {
    const r = record as Record<string, unknown>;
    for (const key of ['id', 'atvk', 'date']) if (typeof r[key] === 'string' && r[key]) return r[key] as string;
  }
  return null;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>(
      (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
      '',
    ) || '(record)'
  );
}

const CHANNEL_TYPES =
  'a known channel type (e-service, e-mail-signed, e-address, mobile-app, post, phone, in-person, embassy, home-visit)';

/**
 * Zod's issues as problems: zod's own "expected …, received …" where it has one (parsed with
 * reportInput, so a missing field — no input at all — is told from a wrong value), our schema
 * messages otherwise, each with the value found. An unknown key becomes one problem per key.
 */
function problemsOf(issue: z.core.$ZodIssue, file: string, id: string): DataProblem[] {
  const at = (path: readonly PropertyKey[], expected: string, received?: string): DataProblem => ({
    file,
    id,
    field: fieldPath(path),
    expected,
    ...(received === undefined ? {} : { received }),
  });
  // With reportInput, zod puts the value into each issue; JSON has no undefined, so an undefined
  // input is a missing field (without reportInput it is undefined always, and every wrong value
  // read as missing).
  const hasInput = issue.input !== undefined;
  if (issue.code === 'unrecognized_keys') {
    const input = (hasInput ? issue.input : {}) as Record<string, unknown>;
    return issue.keys.map((key) =>
      at(
        [...issue.path, key],
        'no field of this name (a typo, or a field the schema does not have)',
        shown(input[key]),
      ),
    );
  }
  if (issue.code === 'invalid_type') {
    // Zod: "Invalid input: expected object, received number".
    const zod = /expected (.+), received (\S+)$/.exec(issue.message);
    const expected = zod?.[1] ?? issue.expected;
    return [
      at(
        issue.path,
        expected,
        hasInput ? `${zod?.[2] ?? typeOf(issue.input)} ${shown(issue.input)}` : 'nothing (the field is missing)',
      ),
    ];
  }
  const received = hasInput ? shown(issue.input) : undefined;
  if (issue.code === 'invalid_value')
    return [at(issue.path, issue.message.replace(/^Invalid option: expected /, ''), received)];
  if (issue.code === 'invalid_union' && 'note' in issue && issue.note === 'No matching discriminator') {
    // Zod reports the whole channel; the value that decides its kind is what was wrong.
    const input = issue.input as Record<string, unknown> | undefined;
    const key = 'discriminator' in issue && typeof issue.discriminator === 'string' ? issue.discriminator : 'type';
    return [at(issue.path, CHANNEL_TYPES, input && typeof input === 'object' ? shown(input[key]) : received)];
  }
  return [at(issue.path, issue.message, received)];
}

export interface Parsed<T> {
  file: string;
  id: string;
  value: T;
}

/** The records of one kind that parsed, and what is known of those that did not. */
export interface ParsedKind<T> {
  items: Parsed<T>[];
  /** Ids of records that failed: references to them are not reported again. */
  failedIds: Set<string>;
  /** A record without an id (or a whole file) failed: any reference to this kind may be to it. */
  anonymousFailure: boolean;
}

export function parseAll<T>(files: RawFile[], schema: z.ZodType<T>, problems: DataProblem[]): ParsedKind<T> {
  const kind: ParsedKind<T> = { items: [], failedIds: new Set(), anonymousFailure: false };
  for (const { file, records, problems: fileProblems = [] } of files) {
    if (fileProblems.length > 0) kind.anonymousFailure = true;
    problems.push(...fileProblems);
    records.forEach((record, index) => {
      const known = recordId(record);
      const id = known ?? `#${index + 1}`;
      const result = schema.safeParse(record, { reportInput: true });
      if (result.success) return void kind.items.push({ file, id, value: result.data });
      if (known === null) kind.anonymousFailure = true;
      else kind.failedIds.add(known);
      // One problem per field: a value that breaks two rules of one field (a format, then a
      // refinement) is one mistake.
      const seen = new Set<string>();
      for (const problem of result.error.issues.flatMap((issue) => problemsOf(issue, file, id))) {
        if (seen.has(problem.field)) continue;
        seen.add(problem.field);
        problems.push(problem);
      }
    });
  }
  return kind;
}

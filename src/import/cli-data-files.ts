// How the importer reads the data/ files it is about to replace and writes their new content, and
// how it reports the problems of its inputs: the same for every step of cli.ts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { formatProblem, type Problem } from './problems.ts';

/** The records of a data file; a missing or unreadable file is no records (a first import). */
export function readJsonArray<T>(path: string): T[] {
  if (!existsSync(path)) return [];
  try {
    const v = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return Array.isArray(v) ? (v as T[]) : [];
  } catch {
    return [];
  }
}

/** A data file as the project keeps them: JSON indented by two spaces, ending with a newline. */
export function writeJsonFile(path: string, records: unknown): void {
  writeFileSync(path, JSON.stringify(records, null, 2) + '\n');
}

export function printProblems(problems: Problem[]): void {
  if (problems.length) {
    console.log(`\nProblems (${problems.length}; the rows named were skipped unless the message says otherwise):`);
    for (const p of problems) console.log(`  ${formatProblem(p)}`);
    const byFile = Map.groupBy(problems, (p) => p.file);
    console.log(`  per file: ${[...byFile].map(([f, rows]) => `${f} ${rows.length}`).join(', ')}`);
  } else {
    console.log('\nNo problems: no row was skipped.');
  }
}

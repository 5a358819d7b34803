// One-time fixes of data/ that came with the check-date and https rules. Each fix
// edits only the lines it concerns, as text, so the files keep their layout and the diff shows
// nothing else; run it again after merging branches that add records, then validate.
//   node src/scripts/data-fixes.ts checked [YYYY-MM-DD]   # check dates before the project's first
//       data become that day (default: the first data's day, when the first records were made;
//       for records made later from a later harvest, give the day they were made)
//   node src/scripts/data-fixes.ts http      # http:// source links (data/provenance/http-sources.json)
// It prints each file it changed and how many lines. It never edits data/provenance/, the evidence
// it works from.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIRST_DATA_DATE } from '../lib/schema/common.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = join(ROOT, 'data');
/** Evidence about the records (which http source became https and why): read by the fixes, never fixed. */
const PROVENANCE = join(DATA, 'provenance');
const HTTP_SOURCES = join(PROVENANCE, 'http-sources.json');

function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? jsonFiles(path) : name.endsWith('.json') ? [path] : [];
    });
}

/** Applies `fix` to every line of every data file; writes and reports the files it changed. */
function eachLine(fix: (line: string, next: string) => string): void {
  let total = 0;
  for (const file of jsonFiles(DATA).filter((path) => !path.startsWith(PROVENANCE))) {
    const lines = readFileSync(file, 'utf8').split('\n');
    let changed = 0;
    const out = lines.map((line, i) => {
      const fixed = fix(line, lines[i + 1] ?? '');
      if (fixed !== line) changed++;
      return fixed;
    });
    if (changed === 0) continue;
    writeFileSync(file, out.join('\n'));
    total += changed;
    console.log(`${relative(ROOT, file)}: ${changed} line(s)`);
  }
  console.log(`${total} line(s) changed`);
}

/**
 * `checked` dates before the first data: the records were written on FIRST_DATA_DATE from that
 * day's harvest, and the older dates were the dates the source pages showed, not check dates.
 */
function fixChecked(day = FIRST_DATA_DATE): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || day < FIRST_DATA_DATE) {
    console.error(`The day must be YYYY-MM-DD, not before ${FIRST_DATA_DATE}; got "${day}"`);
    process.exit(1);
  }
  eachLine((line) =>
    line.replace(/("checked":\s*")(\d{4}-\d{2}-\d{2})(")/g, (all, start, date, end) =>
      date < FIRST_DATA_DATE ? `${start}${day}${end}` : all,
    ),
  );
}

interface HttpSource {
  /** The https address of the same page, or null when none is known. */
  https: string | null;
  /** Why the http address stays (when https is null). */
  reason: string | null;
}

/**
 * http:// source links: the https address where the same page is served over https, otherwise
 * the http address stays with an httpReason on the same line. Which is which was checked by hand
 * (data/provenance/http-sources.json). A source written on one line ({"url": …, "title": …}) gets
 * the reason appended on that line; a source spread over lines gets it after its url line.
 */
function fixHttp(): void {
  const table = JSON.parse(readFileSync(HTTP_SOURCES, 'utf8')) as Record<string, HttpSource>;
  const missing = new Set<string>();
  eachLine((line, next) =>
    // A source that already says why (on this line, or on the next when a file was re-serialised
    // one key a line) stays as it is, so the fix can run again after a merge.
    line.includes('"httpReason"') || next.includes('"httpReason"')
      ? line
      : line.replace(/"(url|source)":(\s*)"(http:\/\/[^"]+)"/g, (all, key, space, url) => {
          const entry = table[url];
          if (!entry) {
            missing.add(url);
            return all;
          }
          if (entry.https) return `"${key}":${space}"${entry.https}"`;
          return `"${key}":${space}"${url}", "httpReason":${space}${JSON.stringify(entry.reason)}`;
        }),
  );
  if (missing.size > 0)
    console.log(`Not in ${relative(ROOT, HTTP_SOURCES)} (left as they are):\n${[...missing].join('\n')}`);
}

const fixes: Record<string, () => void> = { checked: () => fixChecked(process.argv[3]), http: fixHttp };
const which = process.argv[2] ?? '';
if (!fixes[which]) {
  console.error('Usage: node src/scripts/data-fixes.ts checked [YYYY-MM-DD] | http');
  process.exit(1);
}
fixes[which]!();

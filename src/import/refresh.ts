// npm run data:refresh — what a deployment with internet access runs on a schedule:
//   1. downloads the official open data (see refresh-sources.ts) and checks every file;
//   2. runs the importers (src/import/cli.ts) on a copy of data/, then validates the result as the
//      build does;
//   3. keeps curated place values where the official data differs, and prints each conflict;
//   4. prints per record what was added, removed and changed; only then writes data/ and keeps
//      the downloads in a dated folder. Any failure — network, HTTP status, empty, truncated or
//      malformed file, changed columns, an import or validation error — names the source and
//      writes nothing. The person reviewing commits the result.
//
//   node src/import/refresh.ts [--data <dir>] [--downloads <dir>]
// --data defaults to data/, --downloads to .data-refresh/ (git-ignored); the dated folder is
// <downloads>/<YYYY-MM-DD> (PIEEJAMS_CHECKED overrides the date). Source URLs: see configFromEnv.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCatalog } from '../server/load-catalog.ts';
import type { Place } from '../lib/schema/place.ts';
import { ADDRESS_POINTS_SOURCE } from './address-points.ts';
import { PAKALPOJUMUCENTRI_URL } from './pakalpojumucentri.ts';
import { VPVKAC_CSV_URL } from './vpvkac-csv.ts';
import {
  checkDownload,
  configFromEnv,
  packageShowUrl,
  staticDownloads,
  varisDownloads,
  vpvkacCsvDownload,
  VARIS_DATASET,
  VPVKAC_DATASET,
  type Download,
  type RefreshConfig,
} from './refresh-sources.ts';
import { describeChanges, formatConflicts, keepCurated } from './refresh-review.ts';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

async function get(
  url: string,
  source: string,
  config: RefreshConfig,
): Promise<{ ok: true; body: Buffer } | { ok: false; error: string }> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(config.timeoutMs), redirect: 'follow' });
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    const code = cause?.code ?? cause?.message ?? (e as Error).message;
    // The server closed the connection before the whole answer arrived.
    if (code === 'UND_ERR_SOCKET')
      return { ok: false, error: `${source}: ${url} broke off during the download (connection closed; truncated)` };
    return { ok: false, error: `${source}: ${url} could not be reached (${code})` };
  }
  if (!res.ok)
    return {
      ok: false,
      error: `${source}: ${url} answered HTTP ${res.status}${res.status === 404 ? ' (not found: moved or renamed?)' : ''}`,
    };
  try {
    const body = Buffer.from(await res.arrayBuffer());
    const expected = Number(res.headers.get('content-length') ?? NaN);
    if (Number.isFinite(expected) && body.length !== expected)
      return { ok: false, error: `${source}: ${url} sent ${body.length} of ${expected} bytes (truncated download)` };
    return { ok: true, body };
  } catch (e) {
    return { ok: false, error: `${source}: ${url} broke off during the download (${(e as Error).message}; truncated)` };
  }
}

function readJsonArray<T>(path: string): T[] {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T[]) : [];
}

/** The JSON files the importers write, with the key of their records. */
function dataFiles(dataDir: string): { file: string; key: (r: Record<string, unknown>) => string }[] {
  const places = readdirSync(join(dataDir, 'places'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ file: `places/${f}`, key: (r: Record<string, unknown>) => String(r.id) }));
  return [
    { file: 'municipalities.json', key: (r) => String(r.atvk) },
    { file: 'gazetteer.json', key: (r) => String(r.id) },
    { file: 'special-days.json', key: (r) => `${r.date} ${r.kind}` },
    ...places,
  ];
}

function fail(errors: string[], work: string | null): number {
  console.error(`\ndata:refresh failed — nothing was written:`);
  for (const e of errors) console.error(`  ${e}`);
  if (work) rmSync(work, { recursive: true, force: true });
  return 1;
}

async function main(argv: string[]): Promise<number> {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const dataDir = resolve(arg('--data') ?? join(ROOT, 'data'));
  const downloadsDir = resolve(arg('--downloads') ?? join(ROOT, '.data-refresh'));
  const date = process.env.PIEEJAMS_CHECKED ?? new Date().toISOString().slice(0, 10);
  const config = configFromEnv(process.env);

  // 1. The catalogue tells where the register's files are; then every file is downloaded and checked.
  console.log(`data:refresh ${date}: downloading`);
  const errors: string[] = [];
  const downloads: Download[] = [];
  for (const [dataset, pick] of [
    [VARIS_DATASET, varisDownloads],
    [VPVKAC_DATASET, vpvkacCsvDownload],
  ] as const) {
    const source = `data.gov.lv ${dataset}`;
    const r = await get(packageShowUrl(config, dataset), source, config);
    if (!r.ok) {
      errors.push(r.error);
      continue;
    }
    const listed = pick(r.body.toString('utf8'));
    errors.push(...listed.errors);
    downloads.push(...listed.downloads);
  }
  downloads.push(...staticDownloads(config));
  const texts = new Map<string, string>();
  for (const d of downloads) {
    const r = await get(d.url, d.source, config);
    if (!r.ok) {
      errors.push(r.error);
      continue;
    }
    const checked = checkDownload(d, r.body);
    if (!checked.ok) errors.push(checked.error);
    else {
      texts.set(d.file, checked.text);
      console.log(`  ✓ ${d.source}: ${d.file} (${r.body.length} bytes)`);
    }
  }
  if (errors.length) return fail(errors, null);

  // 2. Import into a copy of data/, then validate the copy as the build would.
  const work = mkdtempSync(join(tmpdir(), 'pieejams-refresh-'));
  const fresh = join(work, 'downloads');
  const next = join(work, 'data');
  mkdirSync(fresh);
  for (const [file, text] of texts) writeFileSync(join(fresh, file), text);
  cpSync(dataDir, next, { recursive: true });
  console.log('\nImporting (src/import/cli.ts):');
  const run = spawnSync(process.execPath, [join(ROOT, 'src/import/cli.ts'), fresh, next], {
    encoding: 'utf8',
    env: { ...process.env, PIEEJAMS_CHECKED: date },
  });
  for (const line of `${run.stdout}${run.stderr}`.trimEnd().split('\n')) console.log(`  | ${line}`);
  if (run.status !== 0) return fail([`the importer stopped with exit code ${run.status} (see its output above)`], work);

  // 3. Curated values stay; each difference is a conflict for the reviewer.
  const official = new Set([PAKALPOJUMUCENTRI_URL, VPVKAC_CSV_URL, ADDRESS_POINTS_SOURCE.url]);
  const conflicts: string[] = [];
  for (const f of readdirSync(join(next, 'places')).filter((n) => n.endsWith('.json'))) {
    const kept = keepCurated(
      readJsonArray<Place>(join(dataDir, 'places', f)),
      readJsonArray<Place>(join(next, 'places', f)),
      official,
    );
    conflicts.push(...formatConflicts(`places/${f}`, kept.conflicts));
    writeFileSync(join(next, 'places', f), JSON.stringify(kept.places, null, 2) + '\n');
  }
  try {
    loadCatalog(next);
  } catch (e) {
    return fail([`the refreshed data does not validate, so it is not used:\n${(e as Error).message}`], work);
  }

  // 4. Report per record, then write.
  console.log('\nChanges, record by record:');
  const changed: string[] = [];
  for (const { file, key } of dataFiles(next)) {
    const before = readJsonArray<Record<string, unknown>>(join(dataDir, file));
    const after = readJsonArray<Record<string, unknown>>(join(next, file));
    for (const line of describeChanges(file, before, after, key)) console.log(line);
    if (JSON.stringify(before) !== JSON.stringify(after)) changed.push(file);
  }
  console.log(
    conflicts.length
      ? `\nConflicts with curated values (${conflicts.length}):\n${conflicts.join('\n')}`
      : '\nNo conflict with a curated value.',
  );

  const dated = join(downloadsDir, date);
  mkdirSync(downloadsDir, { recursive: true });
  rmSync(dated, { recursive: true, force: true });
  cpSync(fresh, dated, { recursive: true }); // not rename: the temporary folder may be on another file system
  for (const file of changed) writeFileSync(join(dataDir, file), readFileSync(join(next, file)));
  rmSync(work, { recursive: true, force: true });
  console.log(
    `\nWrote ${changed.length} file(s) in ${dataDir}${changed.length ? `: ${changed.join(', ')}` : ''}; downloads kept in ${dated}.`,
  );
  console.log('Review with `git diff data/` and commit.');
  return 0;
}

process.exitCode = await main(process.argv.slice(2));

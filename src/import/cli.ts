// Data importer: official open-data downloads → data/municipalities.json, data/gazetteer.json,
// data/special-days.json.
//
//   node src/import/cli.ts <folder> [out-dir]      (npm run data:import -- <folder>)
// out-dir defaults to the project's data/ folder.
//
// Looks in <folder> (recursively) for the files it knows, file names in any letter case:
//   VZD:      aw_novads.csv, aw_pilseta.csv (required); aw_pagasts.csv, aw_ciems.csv,
//             AW_VIETU_CENTROIDI.CSV (optional: exact centroids)
//   GeoNames: LV-postal-codes.txt (required), LV-all-features-2017.txt (optional)
//   Holidays: LV_COMMON.json + LV.en_US.po (required for special days)
//   VPVKAC:   vpvkac-kontakti*.csv (data.gov.lv `vpvkac-kontakti`), vpvkac*.html / pakalpojumucentri*.html
//             (a saved https://www.pakalpojumucentri.lv/vpvkac) — optional; merged into
//             data/places/vpvkac.json, the CSV first (2023) and the live table last, so it wins.
//   Address points: aw_eka.csv (optional) — every Latvian place in data/places/*.json with a
//             street address gets the register's point of it (precision "address"); each place
//             is printed as matched or unmatched with the reason.
// The gazetteer inputs are required only when one of them is given: a folder with just the VPVKAC
// files refreshes the centres alone (with the existing municipalities.json and gazetteer.json).
// Every malformed row is printed with its file and line number, and counted.
// This is the only module of the importer that touches the file system.

import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from './gazetteer-build.ts';
import { diffRecords, formatDiff } from './diff.ts';
import { parseFeatures, parsePostal } from './geonames.ts';
import { buildSpecialDays, parseHolidayJson, parsePo } from './holidays.ts';
import { formatProblem, type Problem } from './problems.ts';
import { currentMunicipalities, currentParishes, currentVillages, parseVzd } from './vzd.ts';
import { parseCentroids } from './vzd-centroids.ts';
import { TRANSFER_ORDERS } from './working-saturdays.ts';
import { PAKALPOJUMUCENTRI_URL, parsePakalpojumucentri } from './pakalpojumucentri.ts';
import {
  buildLookups,
  mergeCentres,
  type GazetteerLike,
  type ImportedCentre,
  type MunicipalityLike,
} from './vpvkac-common.ts';
import { parseVpvkacCsv, VPVKAC_CSV_URL } from './vpvkac-csv.ts';
import type { Place } from '../lib/schema/place.ts';
import { buildAddressIndex, formatGeocodeReport, geocodePlaces, parseAddressPoints } from './address-points.ts';

const KNOWN = [
  'aw_novads.csv',
  'aw_pilseta.csv',
  'aw_pagasts.csv',
  'aw_ciems.csv',
  'aw_vietu_centroidi.csv',
  'lv-postal-codes.txt',
  'lv-all-features-2017.txt',
  'lv_common.json',
  'lv.en_us.po',
  'aw_eka.csv',
] as const;
type Known = (typeof KNOWN)[number] | 'vpvkac-csv' | 'vpvkac-html';

/** Files known by a name pattern rather than an exact name (downloads carry dates in their names). */
function patternKey(lower: string): Known | null {
  if (/^vpvkac[-_]kontakti.*\.csv$/.test(lower)) return 'vpvkac-csv';
  if (/^(vpvkac|pakalpojumucentri).*\.html?$/.test(lower)) return 'vpvkac-html';
  return null;
}

function findFiles(dir: string, found = new Map<Known, string>()): Map<Known, string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) findFiles(path, found);
    else {
      const lower = name.toLowerCase();
      const key = (KNOWN as readonly string[]).includes(lower) ? (lower as Known) : patternKey(lower);
      if (key && !found.has(key)) found.set(key, path);
    }
  }
  return found;
}

function readJsonArray<T>(path: string): T[] {
  if (!existsSync(path)) return [];
  try {
    const v = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return Array.isArray(v) ? (v as T[]) : [];
  } catch {
    return [];
  }
}

function main(argv: string[]): number {
  const folder = argv[0];
  if (!folder) {
    console.error('usage: node src/import/cli.ts <folder with the downloaded files> [out-dir, default data/]');
    return 2;
  }
  const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
  const dataDir = argv[1] ? resolve(argv[1]) : join(root, 'data');
  const files = findFiles(resolve(folder));
  const read = (k: Known) => (files.has(k) ? readFileSync(files.get(k)!, 'utf8') : undefined);
  const name = (k: Known) => (files.has(k) ? basename(files.get(k)!) : k);

  console.log('Input files:');
  for (const k of KNOWN) console.log(`  ${files.has(k) ? '✓' : '–'} ${files.get(k) ?? k}`);
  console.log(`  ${files.has('vpvkac-csv') ? '✓' : '–'} ${files.get('vpvkac-csv') ?? 'vpvkac-kontakti*.csv'}`);
  console.log(
    `  ${files.has('vpvkac-html') ? '✓' : '–'} ${files.get('vpvkac-html') ?? 'vpvkac*.html (pakalpojumucentri.lv)'}`,
  );

  // The check date is the day of the import, unless given (to reproduce a refresh byte for byte).
  const checked = process.env.PIEEJAMS_CHECKED ?? new Date().toISOString().slice(0, 10);
  const hasPlaces = files.has('vpvkac-csv') || files.has('vpvkac-html');
  const hasGazetteer = KNOWN.some((k) => k !== 'aw_eka.csv' && files.has(k));
  if (!hasGazetteer && !hasPlaces && files.has('aw_eka.csv')) return 0; // address points alone: geocoding follows
  if (!hasGazetteer && !hasPlaces) {
    console.error('None of the known input files was found.');
    return 1;
  }
  if (!hasGazetteer) return importCentres(files, read, name, dataDir, checked, [], undefined);

  const required: Known[] = ['aw_novads.csv', 'aw_pilseta.csv', 'lv-postal-codes.txt', 'lv_common.json', 'lv.en_us.po'];
  const missing = required.filter((k) => !files.has(k));
  if (missing.length) {
    console.error(`Missing required input(s): ${missing.join(', ')}`);
    return 1;
  }

  const problems: Problem[] = [];
  const novadi = parseVzd(read('aw_novads.csv')!, name('aw_novads.csv'));
  const pilsetas = parseVzd(read('aw_pilseta.csv')!, name('aw_pilseta.csv'));
  problems.push(...novadi.problems, ...pilsetas.problems);
  const current = currentMunicipalities(novadi.rows, pilsetas.rows);
  problems.push(...current.problems);

  let vzdParishes, vzdVillages, centroids;
  if (files.has('aw_pagasts.csv')) {
    const p = parseVzd(read('aw_pagasts.csv')!, name('aw_pagasts.csv'));
    const c = currentParishes(p.rows, current.municipalities);
    problems.push(...p.problems, ...c.problems);
    vzdParishes = c.parishes;
    if (files.has('aw_ciems.csv')) {
      const v = parseVzd(read('aw_ciems.csv')!, name('aw_ciems.csv'));
      const cv = currentVillages(v.rows, c.parishes, current.municipalities);
      problems.push(...v.problems, ...cv.problems);
      vzdVillages = cv.villages;
    }
  }
  if (files.has('aw_vietu_centroidi.csv')) {
    const c = parseCentroids(read('aw_vietu_centroidi.csv')!, name('aw_vietu_centroidi.csv'));
    problems.push(...c.problems);
    centroids = c.centroids;
  }

  const postal = parsePostal(read('lv-postal-codes.txt')!, name('lv-postal-codes.txt'));
  problems.push(...postal.problems);
  const features = files.has('lv-all-features-2017.txt')
    ? parseFeatures(read('lv-all-features-2017.txt')!, name('lv-all-features-2017.txt'))
    : { features: [], problems: [] };
  problems.push(...features.problems);

  const out = build({
    checked,
    municipalities: current.municipalities,
    towns: current.towns,
    postal: postal.rows,
    features: features.features,
    vzdParishes,
    vzdVillages,
    centroids,
    postalFile: name('lv-postal-codes.txt'),
  });
  problems.push(...out.problems);

  const hol = parseHolidayJson(read('lv_common.json')!, name('lv_common.json'));
  problems.push(...hol.problems);
  const special = buildSpecialDays(
    hol.entries,
    parsePo(read('lv.en_us.po')!),
    TRANSFER_ORDERS,
    2024,
    2030,
    name('lv_common.json'),
  );
  problems.push(...special.problems);

  if (out.municipalities.length !== 42) {
    problems.push({
      file: name('aw_novads.csv'),
      line: 0,
      message: `expected 42 current municipalities, found ${out.municipalities.length}`,
    });
  }

  // Summary of changes against the previous files, then write.
  console.log('\nChanges against the previous data files:');
  const writeOutput = <T>(file: string, records: T[], key: (r: T) => string) => {
    const path = join(dataDir, file);
    console.log(formatDiff(`  ${file}`, diffRecords(readJsonArray<T>(path), records, key)));
    writeFileSync(path, JSON.stringify(records, null, 2) + '\n');
  };
  writeOutput('municipalities.json', out.municipalities, (r) => r.atvk);
  writeOutput('gazetteer.json', out.gazetteer, (r) => r.id);
  writeOutput(
    'special-days.json',
    special.days.map((d) => ({ ...d, checked })),
    (r) => `${r.date} ${r.kind}`,
  );
  console.log(
    `\nWrote ${out.municipalities.length} municipalities, ${out.gazetteer.length} gazetteer entries, ${special.days.length} special days to ${dataDir}`,
  );
  if (out.notes.length) {
    console.log('\nNotes:');
    for (const n of out.notes) console.log(`  ${n}`);
  }
  if (!hasPlaces) {
    printProblems(problems);
    return 0;
  }
  return importCentres(files, read, name, dataDir, checked, problems, {
    municipalities: out.municipalities,
    gazetteer: out.gazetteer,
  });
}

function printProblems(problems: Problem[]): void {
  if (problems.length) {
    console.log(`\nProblems (${problems.length}; the rows named were skipped unless the message says otherwise):`);
    for (const p of problems) console.log(`  ${formatProblem(p)}`);
    const byFile = Map.groupBy(problems, (p) => p.file);
    console.log(`  per file: ${[...byFile].map(([f, rows]) => `${f} ${rows.length}`).join(', ')}`);
  } else {
    console.log('\nNo problems: no row was skipped.');
  }
}

/** VPVKAC centres: parse the CSV and/or the saved table, merge into data/places/vpvkac.json, report. */
function importCentres(
  files: Map<Known, string>,
  read: (k: Known) => string | undefined,
  name: (k: Known) => string,
  dataDir: string,
  checked: string,
  problems: Problem[],
  fresh: { municipalities: MunicipalityLike[]; gazetteer: GazetteerLike[] } | undefined,
): number {
  const municipalities = fresh?.municipalities ?? readJsonArray<MunicipalityLike>(join(dataDir, 'municipalities.json'));
  const gazetteer = fresh?.gazetteer ?? readJsonArray<GazetteerLike>(join(dataDir, 'gazetteer.json'));
  if (municipalities.length === 0 || gazetteer.length === 0) {
    console.error(
      `The VPVKAC import needs ${join(dataDir, 'municipalities.json')} and gazetteer.json (run the full import once).`,
    );
    return 1;
  }
  const lookups = buildLookups(municipalities, gazetteer);
  const path = join(dataDir, 'places', 'vpvkac.json');
  let places = readJsonArray<Place>(path);
  const before = places;
  const steps: {
    key: Known;
    url: string;
    title: string;
    parse: (text: string, file: string) => { centres: ImportedCentre[]; problems: Problem[] };
  }[] = [
    {
      key: 'vpvkac-csv',
      url: VPVKAC_CSV_URL,
      title: 'data.gov.lv, VPVKAC kontakti (CSV, CC0)',
      parse: (text, file) => parseVpvkacCsv(text, file, lookups),
    },
    {
      key: 'vpvkac-html',
      url: PAKALPOJUMUCENTRI_URL,
      title: 'pakalpojumucentri.lv, VPVKAC table',
      parse: (text, file) => {
        const r = parsePakalpojumucentri(text, file, lookups);
        console.log(
          `\n${file}: ${r.rowsSeen} centre rows, ${r.centres.length} read, ${r.notYetOpen.length} not yet open (not imported):`,
        );
        for (const n of r.notYetOpen) console.log(`  ${file}:${n.line}: ${n.name} — ${n.text}`);
        return r;
      },
    },
  ];
  console.log('\nVPVKAC centres:');
  for (const step of steps) {
    if (!files.has(step.key)) continue;
    const r = step.parse(read(step.key)!, name(step.key));
    problems.push(...r.problems);
    const merged = mergeCentres(places, r.centres, { url: step.url, title: step.title }, checked);
    console.log(formatDiff(`  ${name(step.key)} → places/vpvkac.json`, merged.diff));
    if (merged.notInSource.length) {
      const ids = merged.notInSource;
      console.log(
        `  ${ids.length} not listed in ${name(step.key)} (kept: their facts come from other sources; review): ${ids.slice(0, 10).join(', ')}${ids.length > 10 ? `, … (+${ids.length - 10} more)` : ''}`,
      );
    }
    places = merged.places;
  }
  console.log(
    formatDiff(
      '  places/vpvkac.json in total',
      diffRecords(before, places, (p) => p.id),
    ),
  );
  writeFileSync(path, JSON.stringify(places, null, 2) + '\n');
  printProblems(problems);
  return 0;
}

/** Address points: geocode every place file in data/places/ (after the centres were merged). */
function geocodeAll(files: Map<Known, string>, dataDir: string): number {
  const path = files.get('aw_eka.csv');
  if (!path) return 0;
  const { points, problems } = parseAddressPoints(readFileSync(path, 'utf8'), basename(path));
  console.log(`\nAddress points: ${points.length} current addresses with a point in ${basename(path)}`);
  if (points.length === 0) {
    printProblems(problems);
    console.error(`${basename(path)}: no usable address point; places left as they were.`);
    return 1;
  }
  const index = buildAddressIndex(points);
  const dir = join(dataDir, 'places');
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const before = readJsonArray<Place>(join(dir, name));
    const { places, report } = geocodePlaces(before, index);
    console.log(formatGeocodeReport(`places/${name}`, report));
    console.log(
      formatDiff(
        `  places/${name}`,
        diffRecords(before, places, (p) => p.id),
      ),
    );
    writeFileSync(join(dir, name), JSON.stringify(places, null, 2) + '\n');
  }
  printProblems(problems);
  return 0;
}

function run(argv: string[]): number {
  const code = main(argv);
  if (code !== 0 || !argv[0]) return code;
  const dataDir = argv[1] ? resolve(argv[1]) : join(resolve(fileURLToPath(new URL('../..', import.meta.url))), 'data');
  return geocodeAll(findFiles(resolve(argv[0])), dataDir);
}

process.exitCode = run(process.argv.slice(2));

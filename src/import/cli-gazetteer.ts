// The importer's gazetteer step (cli.ts): the VZD address register, GeoNames and python-holidays
// downloads → data/municipalities.json, data/gazetteer.json and data/special-days.json, each
// printed as records added, removed and changed against the previous file before it is written.
import { join } from 'node:path';
import { readJsonArray, writeJsonFile } from './cli-data-files.ts';
import type { Inputs, Known } from './cli-inputs.ts';
import { diffRecords, formatDiff } from './diff.ts';
import { build } from './gazetteer-build.ts';
import { parseFeatures, parsePostal } from './geonames.ts';
import { buildSpecialDays, parseHolidayJson, parsePo } from './holidays.ts';
import type { Problem } from './problems.ts';
import type { GazetteerLike, MunicipalityLike } from './vpvkac-common.ts';
import { currentMunicipalities, currentParishes, currentVillages, parseVzd } from './vzd.ts';
import { parseCentroids } from './vzd-centroids.ts';
import { TRANSFER_ORDERS } from './working-saturdays.ts';

/** What the gazetteer step leaves for the next: its problems, and the fresh records the centres are matched with. */
export interface GazetteerImport {
  problems: Problem[];
  fresh: { municipalities: MunicipalityLike[]; gazetteer: GazetteerLike[] };
}

/** Reads, builds and writes the three files; 1 when a required download is missing (nothing written). */
export function importGazetteer(inputs: Inputs, dataDir: string, checked: string): GazetteerImport | 1 {
  const required: Known[] = ['aw_novads.csv', 'aw_pilseta.csv', 'lv-postal-codes.txt', 'lv_common.json', 'lv.en_us.po'];
  const missing = required.filter((k) => !inputs.files.has(k));
  if (missing.length) {
    console.error(`Missing required input(s): ${missing.join(', ')}`);
    return 1;
  }
  const { files, read, name } = inputs;

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
    writeJsonFile(path, records);
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
  return { problems, fresh: { municipalities: out.municipalities, gazetteer: out.gazetteer } };
}

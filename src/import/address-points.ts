// VZD address register points (aw_eka.csv of data.gov.lv dataset `varis-atvertie-dati`: every
// building address with its WGS-84 point) and the geocoding step that gives Latvian places the
// register's point of their street address. Pure: text and records in, records and a report out.
//
// Columns read by name (either dialect, see csv.ts): KODS, STATUSS (EKS = exists), STD (the full
// address, "Lāčplēša iela 1, Aizkraukle, Aizkraukles nov., LV-5101"), DD_N / DD_E (WGS-84; the
// KOORD_X / KOORD_Y columns are projected and are not used).
// Licence CC BY 4.0: "Valsts zemes dienests, Valsts adrešu reģistra atvērtie dati".

import { parseCsv, rowsOfHeaderWidth } from './csv.ts';
import type { Problem } from './problems.ts';
import {
  buildAddressIndex,
  matchAddress,
  type AddressIndex,
  type AddressPoint,
  type MatchResult,
} from '../lib/places/address-match.ts';
import { isBuildingPoint, isInLatvia } from '../lib/places/geo.ts';
import type { Place } from '../lib/schema/place.ts';

export const ADDRESS_POINTS_SOURCE = {
  url: 'https://data.gov.lv/dati/lv/dataset/varis-atvertie-dati',
  title: 'Valsts zemes dienests, Valsts adrešu reģistra atvērtie dati (aw_eka: address points)',
};

export const ADDRESS_POINT_COLUMNS = ['KODS', 'STATUSS', 'STD', 'DD_N', 'DD_E'] as const;

/** Current address points; deleted rows are skipped silently, malformed ones reported by line. */
export function parseAddressPoints(text: string, file: string): { points: AddressPoint[]; problems: Problem[] } {
  const csv = parseCsv(text, file);
  const problems = [...csv.problems];
  const col = new Map(csv.header.map((h, i) => [h.trim().toUpperCase(), i]));
  const missing = ADDRESS_POINT_COLUMNS.filter((c) => !col.has(c));
  if (missing.length) {
    problems.push({ file, line: 1, message: `header lacks column(s) ${missing.join(', ')}; file skipped` });
    return { points: [], problems };
  }
  const get = (f: string[], c: (typeof ADDRESS_POINT_COLUMNS)[number]) => (f[col.get(c)!] ?? '').trim();
  const points: AddressPoint[] = [];
  for (const { line, fields } of rowsOfHeaderWidth(csv, file, problems)) {
    if (get(fields, 'STATUSS') !== 'EKS') continue;
    const code = get(fields, 'KODS');
    const address = get(fields, 'STD');
    const lat = Number(get(fields, 'DD_N').replace(',', '.'));
    const lon = Number(get(fields, 'DD_E').replace(',', '.'));
    if (
      get(fields, 'DD_N') === '' ||
      get(fields, 'DD_E') === '' ||
      !Number.isFinite(lat) ||
      !Number.isFinite(lon) ||
      !isInLatvia({ lat, lon })
    ) {
      problems.push({
        file,
        line,
        message: `"${address}" (KODS ${code}): no WGS-84 point in Latvia (DD_N "${get(fields, 'DD_N')}", DD_E "${get(fields, 'DD_E')}"); row skipped`,
      });
      continue;
    }
    if (!/^\d{9}$/.test(code) || address === '') {
      problems.push({ file, line, message: `bad KODS "${code}" or empty STD; row skipped` });
      continue;
    }
    points.push({ code, address, lat, lon });
  }
  return { points, problems };
}

export interface GeocodeLine {
  id: string;
  address: string | null;
  result: MatchResult | { matched: false; reason: string };
}

/**
 * Give every Latvian place with a street address the register's point of that address
 * (precision "address"). A surveyed point ("exact") is kept. Places abroad are not looked at.
 */
export function geocodePlaces(
  places: readonly Place[],
  index: AddressIndex,
): { places: Place[]; report: GeocodeLine[] } {
  const report: GeocodeLine[] = [];
  const out = places.map((p) => {
    if (p.country !== 'LV') return p;
    if (p.coordinates?.precision === 'exact') return p;
    if (!p.address) {
      report.push({ id: p.id, address: null, result: { matched: false, reason: 'no street address in the record' } });
      return p;
    }
    const result = matchAddress(p.address, index);
    report.push({ id: p.id, address: p.address, result });
    if (!result.matched) return p;
    const point = { lat: result.point.lat, lon: result.point.lon, precision: 'address' as const };
    const same =
      p.coordinates &&
      isBuildingPoint(p.coordinates) &&
      p.coordinates.lat === point.lat &&
      p.coordinates.lon === point.lon;
    return same ? p : { ...p, coordinates: point };
  });
  return { places: out, report };
}

export function formatGeocodeReport(file: string, report: readonly GeocodeLine[]): string {
  const matched = report.filter((r) => r.result.matched);
  const lines = [`  ${file}: ${matched.length} of ${report.length} Latvian places matched an address point`];
  for (const r of report) {
    lines.push(
      r.result.matched
        ? `    matched    ${r.id}: "${r.address}" → ${r.result.point.address} (KODS ${r.result.point.code})`
        : `    unmatched  ${r.id}: ${r.address ? `"${r.address}" — ` : ''}${r.result.reason}`,
    );
  }
  return lines.join('\n');
}

export { buildAddressIndex };

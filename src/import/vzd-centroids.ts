// VZD address register, AW_VIETU_CENTROIDI.CSV: the centroid of every municipality, parish, town
// and village. Pure: text in, points by KODS out.
//
// Layout we assume (official aw_csv.zip; `;`-separated, `#`-quoted):
//   KODS;TIPS_CD;NOSAUKUMS;VKUR_CD;VKUR_TIPS;STD;KOORD_X;KOORD_Y;DD_N;DD_E
// KODS is the object's code (same as in aw_novads/aw_pilseta/aw_pagasts/aw_ciems), KOORD_X/Y are
// projected coordinates (LKS-92, since October 2026 LKS-2020 TM) which we ignore, DD_N/DD_E are
// WGS-84 latitude/longitude in decimal degrees. A few parishes made of separate pieces have more
// than one row with the same KODS: we take the mean. Columns are read by header name, so their
// order does not matter.

import { parseCsv, rowsOfHeaderWidth } from './csv.ts';
import type { Problem } from './problems.ts';

export interface Centroid {
  kods: string;
  lat: number;
  lon: number;
}

/** The WGS-84 point of each KODS; a KODS on several rows (a parish in pieces) gets their mean. */
export function parseCentroids(text: string, file: string): { centroids: Map<string, Centroid>; problems: Problem[] } {
  const csv = parseCsv(text, file);
  const problems = [...csv.problems];
  const col = new Map(csv.header.map((h, i) => [h.toUpperCase(), i]));
  const centroids = new Map<string, Centroid>();
  for (const c of ['KODS', 'DD_N', 'DD_E']) {
    if (!col.has(c)) {
      problems.push({ file, line: 1, message: `header lacks column ${c}; file skipped` });
      return { centroids, problems };
    }
  }
  const sums = new Map<string, { lat: number; lon: number; n: number }>();
  for (const { line, fields } of rowsOfHeaderWidth(csv, file, problems)) {
    const kods = (fields[col.get('KODS')!] ?? '').trim();
    const lat = Number((fields[col.get('DD_N')!] ?? '').trim().replace(',', '.'));
    const lon = Number((fields[col.get('DD_E')!] ?? '').trim().replace(',', '.'));
    if (
      !/^\d+$/.test(kods) ||
      !Number.isFinite(lat) ||
      !Number.isFinite(lon) ||
      lat < 55 ||
      lat > 59 ||
      lon < 20 ||
      lon > 29
    ) {
      problems.push({
        file,
        line,
        message: `bad code or WGS-84 point (KODS "${kods}", DD_N "${lat}", DD_E "${lon}"); row skipped`,
      });
      continue;
    }
    const s = sums.get(kods) ?? { lat: 0, lon: 0, n: 0 };
    s.lat += lat;
    s.lon += lon;
    s.n++;
    sums.set(kods, s);
  }
  for (const [kods, s] of sums) centroids.set(kods, { kods, lat: s.lat / s.n, lon: s.lon / s.n });
  return { centroids, problems };
}

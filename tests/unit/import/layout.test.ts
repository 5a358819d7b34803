// The exact-centroid code path (aw_pagasts.csv, aw_ciems.csv, AW_VIETU_CENTROIDI.CSV).
// NOTE: tests/fixtures/import/vzd-layout/ is a LAYOUT FIXTURE, NOT REAL DATA: hand-made rows in
// the official column layout (see its README.md); codes, names and coordinates are invented.
import { describe, expect, it } from 'vitest';
import { build } from '../../../src/import/gazetteer-build.ts';
import { parseFeatures, parsePostal } from '../../../src/import/geonames.ts';
import { currentMunicipalities, currentParishes, currentVillages, parseVzd } from '../../../src/import/vzd.ts';
import { parseCentroids } from '../../../src/import/vzd-centroids.ts';
import { fixture } from './helpers.ts';

const current = currentMunicipalities(
  parseVzd(fixture('vzd/aw_novads.csv'), 'aw_novads.csv').rows,
  parseVzd(fixture('vzd/aw_pilseta.csv'), 'aw_pilseta.csv').rows,
);
const pagasti = parseVzd(fixture('vzd-layout/aw_pagasts.csv'), 'aw_pagasts.csv');
const ciemi = parseVzd(fixture('vzd-layout/aw_ciems.csv'), 'aw_ciems.csv');
const centroids = parseCentroids(fixture('vzd-layout/AW_VIETU_CENTROIDI.CSV'), 'AW_VIETU_CENTROIDI.CSV');
const parishes = currentParishes(pagasti.rows, current.municipalities);
const villages = currentVillages(ciemi.rows, parishes.parishes, current.municipalities);
const out = build({
  checked: '2026-11-26',
  municipalities: current.municipalities,
  towns: current.towns,
  postal: parsePostal(fixture('geonames/LV-postal-codes.txt'), 'LV-postal-codes.txt').rows,
  features: parseFeatures(fixture('geonames/LV-all-features-2017.txt'), 'LV-all-features-2017.txt').features,
  vzdParishes: parishes.parishes,
  vzdVillages: villages.villages,
  centroids: centroids.centroids,
});
const byId = new Map(out.gazetteer.map((e) => [e.id, e]));

describe('official VZD layout (layout fixture, not real data)', () => {
  it('reads the #-quoted, ;-separated files; keeps EKS parishes only', () => {
    expect([...pagasti.problems, ...ciemi.problems, ...parishes.problems, ...villages.problems]).toEqual([]);
    expect(parishes.parishes).toEqual([{ kods: '900000001', name: 'Ķoņu pagasts', municipality: '0054000' }]);
    expect(villages.villages.map((v) => v.name)).toEqual(['Eriņi', 'Pļaviņu "mājas"']);
  });

  it('averages repeated centroids and reports the broken row with its line number', () => {
    expect(centroids.centroids.get('900000001')).toEqual({ kods: '900000001', lat: 57.925, lon: 25.35 });
    expect(centroids.problems).toEqual([
      { file: 'AW_VIETU_CENTROIDI.CSV', line: 6, message: expect.stringContaining('bad code or WGS-84 point') },
    ]);
  });

  it.each([
    ['parish-konu-pagasts', 'parish', 57.925, 25.35],
    ['village-erini-valmieras-novads', 'village', 57.91, 25.36],
    ['town-rujiena', 'town', 57.89, 25.33],
  ])('%s (%s) takes the exact centroid', (id, kind, lat, lon) => {
    expect(byId.get(id)).toMatchObject({ kind, lat, lon, precision: 'exact' });
  });

  it.each([
    ['parish-murmastienes-pagasts', false], // aw_pagasts.csv is the list of parishes when present
    ['village-plavinu-majas-valmieras-novads', false], // a VZD village without a centroid is left out
    ['town-madona', true], // towns without a centroid keep their GeoNames point
  ])('%s present: %s', (id, present) => {
    expect(byId.has(id)).toBe(present);
  });
});

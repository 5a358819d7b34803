import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../../src/server/load-catalog.ts';
import {
  buildGazetteerFile,
  buildPlacesFile,
  compactFilter,
  decodeGazetteer,
  findGazetteerPoint,
  formatNear,
  gazetteerKey,
  hoursOf,
  parseNear,
  placesForService,
  type CompactPlace,
} from '../../../../src/lib/places/client-files.ts';
import { placesOffering } from '../../../../src/lib/catalog/catalog.ts';
import { searchGazetteer } from '../../../../src/lib/places/gazetteer-search.ts';
import type { OpenStatus } from '../../../../src/lib/hours/open-status.ts';
import type { GazetteerEntry } from '../../../../src/lib/schema/index.ts';

const catalog = loadCatalog();

describe('buildPlacesFile', () => {
  const file = buildPlacesFile(catalog);
  it('keeps the places in Latvia, each with decodable hours', () => {
    expect(file.places.length).toBe(catalog.places.filter((p) => p.country === 'LV').length);
    for (const p of file.places) if (p.hours !== null) expect(hoursOf(p)?.days).toHaveLength(7);
  });
  it('lists, for each service, the places in Latvia that offer it', () => {
    for (const service of catalog.services.slice(0, 20)) {
      const expected = placesOffering(catalog, service)
        .filter((p) => p.country === 'LV')
        .map((p) => p.id);
      expect(placesForService(file, service.id).map((p) => p.id)).toEqual(expected);
    }
  });
  it('has a centre for every municipality and the calendar', () => {
    expect(Object.keys(file.municipalities)).toHaveLength(catalog.municipalities.length);
    expect(file.calendar.holidays.length).toBeGreaterThan(0);
  });
});

describe('compact gazetteer', () => {
  const points = decodeGazetteer(buildGazetteerFile(catalog.gazetteer));
  it('keeps every entry, with a unique name~ATVK key', () => {
    expect(points).toHaveLength(catalog.gazetteer.length);
    expect(new Set(points.map((p) => p.id)).size).toBe(points.length);
  });
  it.each([
    ['rujiena', 'Rūjiena'],
    ['LV-4240', 'LV-4240'],
    ['4240', 'LV-4240'],
  ])('search "%s" finds %s', (query, name) => {
    const hits = searchGazetteer(points as unknown as GazetteerEntry[], query, 5);
    expect(hits.map((h) => h.name)).toContain(name);
  });
  it('finds a shared ?vieta= by name, within the municipality when given', () => {
    const rujiena = findGazetteerPoint(points, 'Rūjiena', null);
    expect(rujiena?.kind).toBe('town');
    expect(findGazetteerPoint(points, 'Rūjiena', rujiena!.municipality)?.id).toBe(
      gazetteerKey('Rūjiena', rujiena!.municipality),
    );
    expect(findGazetteerPoint(points, 'Rūjiena', '0001000')).toBeNull();
    expect(findGazetteerPoint(points, 'Nekurciems', null)).toBeNull();
  });
});

describe('?near=', () => {
  it.each([
    ['56.951,24.113', { lat: 56.951, lon: 24.113 }],
    [' 57.9 , 25.33 ', { lat: 57.9, lon: 25.33 }],
    ['91,24', null],
    ['riga', null],
    [null, null],
  ])('parseNear(%j)', (text, expected) => expect(parseNear(text)).toEqual(expected));
  it('rounds to three decimals', () => expect(formatNear({ lat: 56.95123, lon: 24.11349 })).toBe('56.951,24.113'));
});

const place = (id: string, access: Partial<CompactPlace['access']>, hours: string | null): CompactPlace => ({
  id,
  name: { lv: id, en: id },
  type: 'vpvkac',
  municipality: null,
  coordinates: { lat: 57, lon: 25, precision: 'exact' },
  address: null,
  phone: null,
  appointmentUrl: null,
  access: { stepFree: null, accessibleToilet: null, parking: null, hearingLoop: null, signLanguage: null, ...access },
  languages: [],
  hours,
});

describe('compact filters', () => {
  const weekdays = '480-1020|480-1020|480-1020|480-1020|480-960|||';
  const saturday = '480-1020|480-1020|480-1020|480-1020|480-960|600-840||';
  const a = place('a', { stepFree: true }, weekdays);
  const b = place('b', { stepFree: false, hearingLoop: true }, saturday);
  const c = place('c', {}, null);
  const openIds = new Set(['b']);
  const statusOf = (p: CompactPlace) => ({ state: openIds.has(p.id) ? 'open' : 'closed' }) as OpenStatus;
  it.each([
    [{}, ['a', 'b', 'c']],
    [{ openNow: true }, ['b']],
    [{ saturday: true }, ['b']],
    [{ needs: ['stepFree' as const] }, ['a']],
    [{ needs: ['hearingLoop' as const], saturday: true }, ['b']],
    [{ needs: ['signLanguage' as const] }, []],
  ])('%j keeps %j', (choice, ids) => {
    expect([a, b, c].filter(compactFilter(choice, statusOf)).map((p) => p.id)).toEqual(ids);
  });
});

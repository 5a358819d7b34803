// Geocoding against the VZD address points: the register slice in its published layout
// (tests/fixtures/import/vzd-layout/aw_eka.csv), addresses as data/ and municipal pages write them.
import { describe, expect, it } from 'vitest';
import { addressKey, buildAddressIndex, matchAddress } from '../../../src/lib/places/address-match.ts';
import { formatGeocodeReport, geocodePlaces, parseAddressPoints } from '../../../src/import/address-points.ts';
import type { Place } from '../../../src/lib/schema/index.ts';
import { fixture } from './helpers.ts';

const parsed = parseAddressPoints(fixture('vzd-layout/aw_eka.csv'), 'aw_eka.csv');
const index = buildAddressIndex(parsed.points);

describe('reading aw_eka.csv', () => {
  it('keeps current addresses with their WGS-84 point, skips deleted ones, reports a row without a point', () => {
    expect(parsed.points).toHaveLength(12);
    expect(parsed.points[0]).toEqual({
      code: '900000101',
      address: 'Lāčplēša iela 1, Aizkraukle, Aizkraukles nov., LV-5101',
      lat: 56.6048,
      lon: 25.2553,
    });
    expect(parsed.points.some((p) => p.address.startsWith('Skolas iela 9'))).toBe(false);
    expect(parsed.problems).toEqual([
      { file: 'aw_eka.csv', line: 15, message: expect.stringMatching(/^"Dārza iela 3, Smiltene.*no WGS-84 point/) },
    ]);
  });

  it('reads the comma dialect too, and refuses a file whose columns changed', () => {
    const comma =
      'KODS,TIPS_CD,STATUSS,STD,KOORD_X,KOORD_Y,DD_N,DD_E\n900000201,108,EKS,"Raiņa iela 3, Sigulda, Siguldas nov., LV-2150",,,57.15,24.85\n';
    expect(parseAddressPoints(comma, 'aw_eka.csv').points).toEqual([
      { code: '900000201', address: 'Raiņa iela 3, Sigulda, Siguldas nov., LV-2150', lat: 57.15, lon: 24.85 },
    ]);
    expect(parseAddressPoints('KODS,STATUSS,ADRESE,DD_N,DD_E\n', 'aw_eka.csv').problems[0]!.message).toBe(
      'header lacks column(s) STD; file skipped',
    );
  });
});

describe('address keys', () => {
  it.each([
    [
      'Lāčplēša iela 1, Aizkraukles pilsēta, Aizkraukles nov., LV-5101',
      { street: 'lacplesa iela', house: '1', postcode: 'LV-5101', places: ['aizkraukl'] },
    ],
    ['Skolas ielā 17', { street: 'skolas iela', house: '17', postcode: null, places: [] }],
    [
      'Kultūras laukums 1 A, Viļānu pilsēta, Rēzeknes nov., LV-4650',
      { street: 'kulturas laukums', house: '1a', postcode: 'LV-4650', places: ['vilan'] },
    ],
    [
      'Gaismas iela 19, k.9-1, Ķekava, Ķekavas pag., Ķekavas nov., LV-2123',
      { street: 'gaismas iela', house: '19 k-9', postcode: 'LV-2123', places: ['kekav', 'kekav'] },
    ],
    ['Gaismas iela 19 k-9', { street: 'gaismas iela', house: '19 k-9', postcode: null, places: [] }],
    ['Brīvības gatvē 455, Rīgā', { street: 'brivibas gatve', house: '455', postcode: null, places: ['rig'] }],
    ['Lielajā ielā 54, Grobiņā', { street: 'liela iela', house: '54', postcode: null, places: ['grobin'] }],
    [
      'Pils iela 5-1, Dundaga, Dundagas pag., Talsu nov., LV-3270',
      { street: 'pils iela', house: '5', postcode: 'LV-3270', places: ['dundag', 'dundag'] },
    ],
    [
      'Lielā iela 5/7, Jelgava, Jelgavas nov., LV-3001',
      { street: 'liela iela', house: '5/7', postcode: 'LV-3001', places: ['jelgav'] },
    ],
    [
      'Rīgas iela 77, Līvānu pilsēta, Līvānu nov.,, LV-5316',
      { street: 'rigas iela', house: '77', postcode: 'LV-5316', places: ['livan'] },
    ],
    [
      '“Sikšņu skola”, Vidaga, Virešu pagasts',
      { street: 'siksnu skola', house: null, postcode: null, places: ['vidag', 'vires'] },
    ],
    ['Rīgas iel. 25, Valka LV4701', { street: 'rigas iela', house: '25', postcode: 'LV-4701', places: ['valk'] }],
  ])('%s', (address, key) => {
    expect(addressKey(address)).toEqual(key);
  });
});

describe('matchAddress', () => {
  it.each([
    ['Lāčplēša iela 1, Aizkraukles pilsēta, Aizkraukles nov., LV-5101', '900000101'],
    ['LĀČPLĒŠA IELA 1, AIZKRAUKLE', '900000101'],
    ['Lāčplēša ielā 1, Rīgā', '900000102'],
    ['Lāčplēša iela 1, LV-1010', '900000102'],
    ['Kultūras laukums 1 A, Viļānu pilsēta, Rēzeknes nov., LV-4650', '900000103'],
    ['Gaismas iela 19, k.9-1, Ķekava, Ķekavas pag., Ķekavas nov., LV-2123', '900000104'],
    ['Brīvības gatve 455, Rīga, LV-1024', '900000105'],
    ['Lielā iela 54, Grobiņas pilsēta, Dienvidkurzemes nov., LV-3430', '900000106'],
    ['Lielā iela 5/7, Jelgava, Jelgavas nov., LV-3001', '900000107'],
    ['Skolas iela 7, Aknīstes pilsēta, Jēkabpils nov., LV-5208', '900000108'],
    ['“Sikšņu skola”, Vidaga, Virešu pagasts', '900000110'],
    ['Pils iela 5-1, Dundaga, Dundagas pag., Talsu nov., LV-3270', '900000111'],
    ['Zemgales iela 33, Olaine pilsēta, Olaines nov., LV-2114', '900000112'],
    ['Raiņa iela 8, Saulkrastu pilsēta, Saulkrastu nov., LV-2160', '900000113'],
  ])('matches %s', (address, code) => {
    const r = matchAddress(address, index);
    expect(r.matched && r.point.code).toBe(code);
  });

  it.each([
    ['Lāčplēša iela 1', /no town, village, parish or postcode/],
    ['Lāčplēša iela 1, Cēsis, LV-4101', /not in the same place or postcode/],
    ['Lielā iela 99, Grobiņa', /has no number 99/],
    ['Skolas iela 9, Aknīste', /has no number 9/],
    ['Nezināmā iela 1, Rīga', /street "nezinama iela" is not in the register/],
    ['Grobiņa, Dienvidkurzemes nov.', /no street or building name/],
    ['Dārza iela 3, Smiltenes pilsēta, Smiltenes nov., LV-4729', /is not in the register/],
  ])('leaves %s unmatched, saying why', (address, reason) => {
    const r = matchAddress(address, index);
    expect(r.matched).toBe(false);
    expect(!r.matched && r.reason).toMatch(reason);
  });
});

describe('geocodePlaces', () => {
  const place = (id: string, address: string | null, over: Partial<Place> = {}): Place => ({
    id,
    type: 'vpvkac',
    name: { lv: id, en: { text: id, origin: 'ours' } },
    institution: null,
    address,
    postcode: null,
    municipality: '0027000',
    country: 'LV',
    city: null,
    coordinates: { lat: 56.5, lon: 21.2, precision: 'postcode' },
    openingHours: null,
    hoursPublished: null,
    appointmentOnly: null,
    phone: null,
    email: null,
    appointmentUrl: null,
    services: [],
    serviceSets: [],
    access: { stepFree: null, accessibleToilet: null, parking: null, hearingLoop: null, signLanguage: null },
    languages: [],
    sources: [{ url: 'https://example.org/', title: null }],
    checked: '2026-12-02',
    ...over,
  });

  it('gives matched places the address point, keeps surveyed points and places abroad, and reports every Latvian place', () => {
    const places = [
      place('grobina', 'Lielā iela 54, Grobiņas pilsēta, Dienvidkurzemes nov., LV-3430'),
      place('surveyed', 'Lielā iela 54, Grobiņa', { coordinates: { lat: 56.53, lon: 21.17, precision: 'exact' } }),
      place('unknown', 'Lielā iela 99, Grobiņa'),
      place('no-address', null),
      place('abroad', 'Rue 1, Paris', { country: 'FR', municipality: null }),
    ];
    const r = geocodePlaces(places, index);
    expect(r.places[0]!.coordinates).toEqual({ lat: 56.5355, lon: 21.166, precision: 'address' });
    expect(r.places.slice(1)).toEqual(places.slice(1));
    const text = formatGeocodeReport('places/vpvkac.json', r.report);
    expect(text).toContain('places/vpvkac.json: 1 of 3 Latvian places matched an address point');
    expect(text).toContain(
      'matched    grobina: "Lielā iela 54, Grobiņas pilsēta, Dienvidkurzemes nov., LV-3430" → Lielā iela 54, Grobiņa, Dienvidkurzemes nov., LV-3430 (KODS 900000106)',
    );
    expect(text).toContain(
      'unmatched  unknown: "Lielā iela 99, Grobiņa" — "liela iela" has no number 99 in the register',
    );
    expect(text).toContain('unmatched  no-address: no street address in the record');
  });
});

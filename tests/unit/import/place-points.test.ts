// Points for places that no source locates exactly: every in-person place in Latvia
// gets the best point the gazetteer supports, marked with how it was found.
import { describe, expect, it } from 'vitest';
import { derivePoints, formatDerivation, pointLookups } from '../../../src/import/place-points.ts';
import type { Place } from '../../../src/lib/schema/place.ts';

// A few real gazetteer entries (data/gazetteer.json, GeoNames), enough for each rule.
const gazetteer = [
  { name: 'Talsi', kind: 'town', municipality: '0051000', lat: 57.24562, lon: 22.58137 },
  { name: 'LV-3201', kind: 'postcode', municipality: '0051000', lat: 57.2461, lon: 22.5886 },
  { name: 'Salaspils', kind: 'town', municipality: '0047000', lat: 56.86, lon: 24.3654 },
  { name: 'LV-2169', kind: 'postcode', municipality: '0047000', lat: 57.1087, lon: 24.2909 },
  { name: 'Ventspils', kind: 'city', municipality: '0007000', lat: 57.38988, lon: 21.57288 },
  { name: 'Baltinava', kind: 'village', municipality: '0024000', lat: 56.9439, lon: 27.644 },
  { name: 'Zosēnu pagasts', kind: 'parish', municipality: '0026000', lat: 57.16399, lon: 25.84082 },
  { name: 'Liepas', kind: 'village', municipality: '0031000', lat: 56.5, lon: 25.9 },
  { name: 'Liepa', kind: 'village', municipality: '0026000', lat: 57.3844, lon: 25.4256 },
];
const lookups = pointLookups(gazetteer);

const place = (over: Partial<Place>): Place => ({
  id: 'x',
  type: 'institution-office',
  name: { lv: 'X', en: { text: 'X', origin: 'ours' } },
  institution: null,
  address: null,
  postcode: null,
  municipality: '0051000',
  country: 'LV',
  city: null,
  coordinates: null,
  openingHours: null,
  phone: null,
  email: null,
  appointmentUrl: null,
  services: [],
  serviceSets: [],
  access: { stepFree: null, accessibleToilet: null, parking: null, hearingLoop: null, signLanguage: null },
  hoursPublished: null,
  appointmentOnly: null,
  languages: [],
  sources: [{ url: 'https://example.org/', title: null }],
  checked: '2026-11-26',
  ...over,
});

describe('deriving points for places in Latvia', () => {
  it.each([
    [
      'the postcode in the postcode field',
      place({ postcode: 'LV-3201', city: 'Talsi' }),
      { lat: 57.2461, lon: 22.5886, precision: 'postcode' },
      'postcode LV-3201',
    ],
    [
      'the postcode written inside the address',
      place({ address: 'Lielā iela 1, Talsi, LV-3201' }),
      { lat: 57.2461, lon: 22.5886, precision: 'postcode' },
      'postcode LV-3201',
    ],
    [
      'the town when there is no postcode',
      place({ city: 'Talsi' }),
      { lat: 57.24562, lon: 22.58137, precision: 'settlement' },
      'town "Talsi"',
    ],
    [
      'the town when the postcode point lies far from it',
      place({ municipality: '0047000', city: 'Salaspils', postcode: 'LV-2169' }),
      { lat: 56.86, lon: 24.3654, precision: 'settlement' },
      '28 km away, not used',
    ],
    [
      'the state city a novads office sits in',
      place({ municipality: '0056000', city: 'Ventspils' }),
      { lat: 57.38988, lon: 21.57288, precision: 'settlement' },
      'city "Ventspils"',
    ],
    [
      'the village a parish is named after',
      place({ municipality: '0024000', city: 'Baltinavas pagasts' }),
      { lat: 56.9439, lon: 27.644, precision: 'settlement' },
      'village "Baltinava"',
    ],
    [
      'the parish of a village not in the gazetteer',
      place({ municipality: '0026000', city: 'Zosēni' }),
      { lat: 57.16399, lon: 25.84082, precision: 'settlement' },
      'parish "Zosēnu pagasts"',
    ],
    [
      'the namesake in the own municipality, not another',
      place({ municipality: '0026000', city: 'Liepas pagasts' }),
      { lat: 57.3844, lon: 25.4256, precision: 'settlement' },
      'village "Liepa"',
    ],
  ])('uses %s', (_name, input, expected, from) => {
    const { places, derivations } = derivePoints([input], lookups);
    expect(places[0]!.coordinates).toEqual(expected);
    expect(derivations[0]!.from).toContain(from);
  });

  it('never touches an exact point, a place abroad, or a point as good as the derivable one', () => {
    const exact = place({
      id: 'exact',
      city: 'Talsi',
      postcode: 'LV-3201',
      coordinates: { lat: 57.2, lon: 22.5, precision: 'exact' },
    });
    const abroad = place({ id: 'abroad', country: 'EE', municipality: null, city: 'Tallinn' });
    const same = place({ id: 'same', city: 'Talsi', coordinates: { lat: 57.24, lon: 22.58, precision: 'settlement' } });
    const { places, derivations } = derivePoints([exact, abroad, same], lookups);
    expect(places).toEqual([exact, abroad, same]);
    expect(derivations.map((d) => [d.id, d.from])).toEqual([['same', null]]);
  });

  it('upgrades a settlement point to a postcode point that agrees with it', () => {
    const { places } = derivePoints(
      [
        place({
          city: 'Talsi',
          postcode: 'LV-3201',
          coordinates: { lat: 57.24562, lon: 22.58137, precision: 'settlement' },
        }),
      ],
      lookups,
    );
    expect(places[0]!.coordinates?.precision).toBe('postcode');
  });

  it('leaves an unplaceable place without a point and says so', () => {
    const { places, derivations } = derivePoints([place({ id: 'nowhere', city: 'Atlantis' })], lookups);
    expect(places[0]!.coordinates).toBeNull();
    expect(formatDerivation(derivations[0]!)).toBe(
      'nowhere: kept no point — NOT PLACEABLE: give it a postcode, a town or coordinates',
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  distanceBand,
  farFromPlaces,
  farParishes,
  groupBySamePlaces,
  territorialCoverage,
  territorialView,
} from '../../../../src/lib/access/report-coverage.ts';
import { assessAccess } from '../../../../src/lib/access/dimensions.ts';
import { placesOffering } from '../../../../src/lib/catalog/catalog.ts';
import { distanceMetres, type Point } from '../../../../src/lib/places/geo.ts';
import { loadCatalog } from '../../../../src/server/load-catalog.ts';
import type { Catalog } from '../../../../src/lib/catalog/validate.ts';
import { GazetteerEntry, Institution, Municipality, Place } from '../../../../src/lib/schema/index.ts';
import {
  A,
  B,
  C,
  KM_PER_DEGREE,
  at,
  catalog,
  chs,
  eservice,
  full,
  good,
  municipalities,
  passport,
  place,
  places,
  service,
  source,
} from './report-fixtures.ts';

const municipality = Municipality.parse({
  atvk: '0001000',
  slug: 'm',
  name: { lv: 'Novads', en: 'Municipality' },
  kind: 'novads',
  centre: { lat: 57, lon: 25, precision: 'settlement' },
  aliases: [],
  ...source,
});
const parish = (id: string, lat: number, atvk = '0001000') =>
  GazetteerEntry.parse({
    id,
    name: id,
    kind: 'parish',
    municipality: atvk,
    lat,
    lon: 25,
    precision: 'settlement',
    source: 'vzd',
    checked: '2026-11-01',
  });
const institution = (id: string) =>
  Institution.parse({
    id,
    name: { lv: id, en: { text: id, origin: 'ours' } },
    abbreviation: id.toUpperCase(),
    website: null,
    phone: null,
    email: null,
    ...source,
  });

describe('distanceBand', () => {
  it.each([
    [0, 'within-10'],
    [10_000, 'within-10'],
    [10_001, 'within-25'],
    [25_000, 'within-25'],
    [25_001, 'over-25'],
    [null, 'unknown'],
  ] as const)('%s m → %s', (metres, band) => expect(distanceBand(metres)).toBe(band));
});

describe('territorialView', () => {
  // 0.1° of latitude ≈ 11.1 km.
  const places = [
    place('centre', { type: 'vpvkac', institution: null, serviceSets: ['vpvkac-basket'], coordinates: at(57) }),
    place('centre-unlocated', { type: 'vpvkac', institution: null, serviceSets: ['vpvkac-basket'], coordinates: null }),
    place('pmlp-office', { institution: 'pmlp', coordinates: at(57.5) }),
    place('pmlp-embassy', {
      type: 'embassy',
      institution: 'pmlp',
      country: 'EE',
      municipality: null,
      postcode: null,
      coordinates: at(59),
    }),
  ];
  const catalog: Catalog = {
    institutions: [institution('pmlp'), institution('vid')],
    services: [],
    places,
    municipalities: [municipality],
    lifeSituations: [],
    serviceSets: [],
    specialDays: [],
    gazetteer: [parish('near', 57.05), parish('mid', 57.2), parish('far', 57.4), parish('elsewhere', 57, '9999999')],
  };
  const view = territorialView(catalog);

  it('measures to the VPVKAC basket first, then to each institution that has points in Latvia', () => {
    expect(view.sets.map((s) => [s.kind, s.institution?.id ?? null, s.places, s.located])).toEqual([
      ['vpvkac', null, 2, 1],
      ['institution', 'pmlp', 1, 1],
    ]);
  });

  it('gives every parish of a known municipality its distances and band', () => {
    expect(
      view.parishes.map((p) => [p.id, p.band, Math.round(p.metres[0]! / 1000), Math.round(p.metres[1]! / 1000)]),
    ).toEqual([
      ['near', 'within-10', 6, 50],
      ['mid', 'within-25', 22, 33],
      ['far', 'over-25', 44, 11],
    ]);
    expect(view.bandCounts).toEqual({ 'within-10': 1, 'within-25': 1, 'over-25': 1, unknown: 0 });
    expect(view.municipalities.map((m) => [m.id, m.band])).toEqual([['0001000', 'within-10']]);
  });
});

describe('groupBySamePlaces', () => {
  // passport, good and renewal are offered at office-a, office-a2 and office-b (the PMLP offices);
  // listed at vid-c only, tax-help is alone; the embassy offers passport but is abroad and ignored.
  const renewal = service({ id: 'renewal', slug: 'renewal' });
  const taxHelp = service({ id: 'tax-help', slug: 'tax-help', receiptChannels: chs('post') });
  const c = catalog({
    services: [passport, good, renewal, taxHelp, eservice],
    places: [...places.slice(0, 3), { ...places[3]!, services: ['tax-help'] }, places[4]!],
    municipalities,
  });
  it.each([
    ['same places share a group, in the order given', [passport, renewal, good], [['passport', 'renewal', 'good']]],
    ['other places make another group', [taxHelp, passport, good], [['tax-help'], ['passport', 'good']]],
    ['services with no place in Latvia group together', [eservice], [['tax-return']]],
    ['nothing gives nothing', [], []],
  ])('%s', (_label, services, expected) => {
    expect(groupBySamePlaces(c, services).map((g) => g.map((s) => s.id))).toEqual(expected);
  });
});

describe('territorialCoverage', () => {
  it('gives every municipality the number of places in it offering the service, zero included', () => {
    expect(territorialCoverage(full, passport).map((r) => [r.municipality.atvk, r.places])).toEqual([
      [A, 2],
      [B, 1],
      [C, 0],
    ]);
  });

  it('counts places offering it through a service set and ignores places abroad', () => {
    const s = service({ id: 'basket-service', slug: 'basket-service' });
    const vpvkac = place('vpvkac-c', {
      type: 'vpvkac',
      institution: null,
      municipality: C,
      serviceSets: ['vpvkac-basket'],
    });
    const set = {
      id: 'vpvkac-basket' as const,
      name: { lv: 'Grozs', en: 'Basket' },
      note: { lv: 'Piezīme', en: 'Note' },
      services: ['basket-service'],
      ...source,
    };
    const c = catalog({ services: [s], places: [...places, vpvkac], municipalities, serviceSets: [set] });
    expect(territorialCoverage(c, s).map((r) => r.places)).toEqual([2, 1, 1]);
  });

  it('agrees with the covered count on the service page', () => {
    const covered = territorialCoverage(full, good).filter((r) => r.places > 0).length;
    expect(assessAccess(full, good).territorial.reason).toMatchObject({ covered, total: municipalities.length });
  });
});

describe('farFromPlaces and farParishes', () => {
  it('lists municipalities and parishes farther than 20 km from the nearest place, farthest first', () => {
    const far = farFromPlaces(full, passport);
    expect(far.thresholdMetres).toBe(20_000);
    // office-a and office-a2 have coordinates; office-b has none; vid-c belongs to another institution; the embassy is abroad.
    expect(far.placesWithCoordinates).toBe(2);
    expect(far.placesWithoutCoordinates).toBe(1);
    expect(far.municipalities.map((m) => m.municipality.atvk)).toEqual([C]);
    expect(far.municipalities[0]!.nearestMetres! / 1000).toBeCloseTo(0.3 * KM_PER_DEGREE, 1);
    expect(far.municipalities[0]!.nearestPlaceId).toBe('office-a');
    const parishes = farParishes(full, passport);
    expect(parishes.map((p) => p.parish.id)).toEqual(['far-parish', 'mid-parish']);
    expect(parishes[0]!.nearestMetres! / 1000).toBeCloseTo(0.5 * KM_PER_DEGREE, 1);
  });

  it('takes another threshold', () => {
    const far = farFromPlaces(full, passport, 30_000);
    expect(far.municipalities.map((m) => m.municipality.atvk)).toEqual([C]);
    expect(farParishes(full, passport, 30_000).map((p) => p.parish.id)).toEqual(['far-parish']);
    expect(farParishes(full, passport, 100_000)).toEqual([]);
  });

  it('is not far when exactly at the threshold', () => {
    const d = farParishes(full, passport, 0).find((p) => p.parish.id === 'mid-parish')!.nearestMetres!;
    expect(farParishes(full, passport, d).map((p) => p.parish.id)).toEqual(['far-parish']);
  });

  it('lists everything, with no distance, when no place offering the service has a position', () => {
    const c = catalog({ ...full, places: [place('office-b', { municipality: B, coordinates: null })] });
    const far = farFromPlaces(c, passport);
    expect(far.placesWithCoordinates).toBe(0);
    expect(far.municipalities.map((m) => [m.municipality.atvk, m.nearestMetres, m.nearestPlaceId])).toEqual([
      [A, null, null],
      [B, null, null],
      [C, null, null],
    ]);
    expect(farParishes(c, passport).map((p) => p.parish.id)).toEqual(['near-parish', 'mid-parish', 'far-parish']);
  });
});

describe('farFromPlaces and farParishes on the real catalogue', () => {
  const real = loadCatalog();
  /** The nearest distance by checking every located place: what the report must agree with. */
  const bruteForce = (point: Point, places: readonly Place[]) =>
    Math.min(...places.map((p) => distanceMetres(point, p.coordinates!)));

  it('finds the same far municipalities and parishes, and the same distances, as checking every place', () => {
    for (const s of real.services) {
      const located = placesOffering(real, s).filter((p) => p.country === 'LV' && p.coordinates !== null);
      if (located.length === 0) continue;
      const far = farFromPlaces(real, s);
      const expectedMunicipalities = real.municipalities
        .filter((m) => bruteForce(m.centre, located) > 20_000)
        .map((m) => m.atvk)
        .sort();
      expect(far.municipalities.map((m) => m.municipality.atvk).sort(), s.id).toEqual(expectedMunicipalities);
      for (const m of far.municipalities)
        expect(m.nearestMetres!, s.id).toBeCloseTo(bruteForce(m.municipality.centre, located), 0);
      const parishes = real.gazetteer.filter((e) => e.kind === 'parish');
      const expectedParishes = parishes.filter((p) => bruteForce(p, located) > 20_000).length;
      expect(farParishes(real, s).length, s.id).toBe(expectedParishes);
    }
  });
});

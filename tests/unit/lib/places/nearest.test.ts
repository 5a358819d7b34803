import { describe, expect, it } from 'vitest';
import { distanceMetres, LATVIA_BOUNDS, type Point } from '../../../../src/lib/places/geo.ts';
import {
  buildPlaceIndex,
  farthestNote,
  nearestPlaces,
  shortcomings,
  sortMostAccessible,
  type AccessNeed,
  type NearestResult,
} from '../../../../src/lib/places/nearest.ts';
import type { Coordinates, Place, PremisesAccess } from '../../../../src/lib/schema/index.ts';
import { random } from '../../../fixtures/random.ts';

const NO_ACCESS: PremisesAccess = {
  stepFree: null,
  accessibleToilet: null,
  parking: null,
  hearingLoop: null,
  signLanguage: null,
};

/** A synthetic place for tests: only what nearest.ts reads is meaningful. */
function place(id: string, coordinates: Coordinates | null, extra: Partial<Place> = {}): Place {
  return {
    id,
    type: 'vpvkac',
    name: { lv: id, en: { text: id, origin: 'ours' } },
    institution: null,
    address: null,
    postcode: null,
    municipality: null,
    country: 'LV',
    city: null,
    coordinates,
    openingHours: null,
    hoursPublished: null,
    appointmentOnly: null,
    phone: null,
    email: null,
    appointmentUrl: null,
    services: [],
    serviceSets: [],
    access: NO_ACCESS,
    languages: [],
    sources: [{ url: 'https://example.invalid/test', title: null }],
    checked: '2026-01-01',
    ...extra,
  };
}

// Settlement points from data/gazetteer.json (city-riga, town-rujiena, city-daugavpils).
const RIGA: Point = { lat: 56.946, lon: 24.10589 };
const RUJIENA: Point = { lat: 57.89752, lon: 25.33155 };
const DAUGAVPILS: Point = { lat: 55.88333, lon: 26.53333 };

describe('nearestPlaces', () => {
  const places = [
    place('riga', { ...RIGA, precision: 'exact' }),
    place('rujiena', { ...RUJIENA, precision: 'settlement' }),
    place('daugavpils', { ...DAUGAVPILS, precision: 'postcode' }),
    place('nowhere', null),
  ];
  const index = buildPlaceIndex(places);

  it('indexes only places with coordinates', () => {
    expect(index.places.map((p) => p.id)).toEqual(['riga', 'rujiena', 'daugavpils']);
  });

  it.each<[string, Point, Parameters<typeof nearestPlaces<Place>>[2], string[]]>([
    ['from Rīga, nearest first', { lat: 56.95, lon: 24.1 }, { limit: 10 }, ['riga', 'rujiena', 'daugavpils']],
    ['limit 1', RUJIENA, { limit: 1 }, ['rujiena']],
    ['with a filter', RIGA, { filter: (p) => p.id !== 'riga' }, ['rujiena', 'daugavpils']],
    ['within 150 km', RIGA, { maxDistanceMetres: 150_000 }, ['riga', 'rujiena']],
    ['within 1 m of nothing', { lat: 57.5, lon: 22 }, { maxDistanceMetres: 1 }, []],
    ['limit 0', RIGA, { limit: 0 }, []],
  ])('%s', (_name, origin, options, ids) => {
    expect(nearestPlaces(index, origin, options).map((r) => r.place.id)).toEqual(ids);
  });

  it('gives distances in metres and marks approximate locations', () => {
    const results = nearestPlaces(index, RIGA);
    expect(results.map((r) => [r.place.id, r.approximate])).toEqual([
      ['riga', false],
      ['rujiena', true],
      ['daugavpils', true],
    ]);
    expect(results[0]!.distanceMetres).toBe(0);
    expect(results[1]!.distanceMetres).toBeCloseTo(distanceMetres(RIGA, RUJIENA), 6);
    expect(results[1]!.distanceMetres).toBeGreaterThan(120_000);
    expect(results[1]!.distanceMetres).toBeLessThan(130_000);
  });

  it('returns nothing from an empty index', () => {
    expect(nearestPlaces(buildPlaceIndex([place('x', null)]), RIGA)).toEqual([]);
  });

  describe('agrees with brute force over 10 000 synthetic points', () => {
    const rand = random(20260329);
    const { south, north, west, east } = LATVIA_BOUNDS;
    const point = (): Point => ({ lat: south + rand() * (north - south), lon: west + rand() * (east - west) });
    const many = Array.from({ length: 10_000 }, (_, i) => ({
      id: i,
      coordinates: { ...point(), precision: 'exact' as const },
    }));
    const big = buildPlaceIndex(many);
    const origins = Array.from({ length: 25 }, point);

    // Every point by distance from each origin, computed once and shared by the cases.
    const byDistance = new Map(
      origins.map((o) => [
        o,
        many.map((p) => ({ id: p.id, d: distanceMetres(o, p.coordinates) })).sort((a, b) => a.d - b.d),
      ]),
    );

    function bruteForce(origin: Point, limit: number, keep: (id: number) => boolean, max = Infinity) {
      return byDistance
        .get(origin)!
        .filter((r) => keep(r.id) && r.d <= max)
        .slice(0, limit);
    }

    it.each([
      ['nearest 1', 1, () => true, undefined],
      ['nearest 10', 10, () => true, undefined],
      ['nearest 100', 100, () => true, undefined],
      ['nearest 10 of every seventh', 10, (id: number) => id % 7 === 0, undefined],
      ['all within 5 km', 10_000, () => true, 5_000],
      ['nearest 20 within 20 km of every other', 20, (id: number) => id % 2 === 1, 20_000],
    ])('%s', (_name, limit, keep, max) => {
      for (const origin of origins) {
        const expected = bruteForce(origin, limit, keep, max);
        const actual = nearestPlaces(big, origin, { limit, filter: (p) => keep(p.id), maxDistanceMetres: max });
        expect(actual.map((r) => r.distanceMetres)).toHaveLength(expected.length);
        actual.forEach((r, i) => expect(r.distanceMetres).toBeCloseTo(expected[i]!.d, 3));
        // Same points (ids may swap only between equal distances, which random data does not produce).
        expect(actual.map((r) => r.place.id)).toEqual(expected.map((r) => r.id));
      }
    });
  });
});

describe('most accessible first', () => {
  const at = (id: string, metres: number, a: Partial<PremisesAccess>): NearestResult => ({
    place: place(id, null, { access: { ...NO_ACCESS, ...a } }),
    distanceMetres: metres,
    approximate: false,
  });

  it.each<[Partial<PremisesAccess>, AccessNeed[], number]>([
    [{}, [], 0],
    [{ stepFree: true, accessibleToilet: true }, ['stepFree', 'accessibleToilet'], 0],
    [{ stepFree: false }, ['stepFree'], 1],
    [{}, ['stepFree'], 0.5],
    [{ stepFree: true, accessibleToilet: false }, ['stepFree', 'accessibleToilet', 'hearingLoop'], 1.5],
  ])('shortcomings of %j for %j = %d', (access, needs, expected) => {
    expect(shortcomings({ ...NO_ACCESS, ...access }, needs)).toBe(expected);
  });

  it('sorts by fewest shortcomings, then by distance', () => {
    const results = [
      at('near-no-steps-info', 100, {}),
      at('near-steps', 200, { stepFree: false, accessibleToilet: true }),
      at('far-all-good', 9_000, { stepFree: true, accessibleToilet: true }),
      at('mid-all-good', 5_000, { stepFree: true, accessibleToilet: true }),
      at('mid-toilet-unknown', 3_000, { stepFree: true }),
    ];
    expect(sortMostAccessible(results, ['stepFree', 'accessibleToilet']).map((r) => r.place.id)).toEqual([
      'mid-all-good',
      'far-all-good',
      'mid-toilet-unknown',
      'near-no-steps-info',
      'near-steps',
    ]);
    // The input keeps its order.
    expect(results[0]!.place.id).toBe('near-no-steps-info');
  });

  it('keeps distance order when no need is chosen', () => {
    const results = [at('a', 1, { stepFree: false }), at('b', 2, { stepFree: true })];
    expect(sortMostAccessible(results, []).map((r) => r.place.id)).toEqual(['a', 'b']);
  });
});

describe('farthestNote', () => {
  const r = (metres: number): NearestResult => ({
    place: place('x', null),
    distanceMetres: metres,
    approximate: false,
  });
  it.each<[string, NearestResult[], boolean, number | null]>([
    ['nothing found', [], true, null],
    ['near', [r(850), r(40_000)], false, 850],
    ['exactly 30 km is not far', [r(30_000)], false, 30_000],
    ['far', [r(31_000), r(45_000)], true, 31_000],
    ['nearest is not first (sorted by access)', [r(45_000), r(12_000)], false, 12_000],
  ])('%s', (_name, results, far, nearestMetres) => {
    expect(farthestNote(results)).toEqual({ far, nearestMetres });
  });
});

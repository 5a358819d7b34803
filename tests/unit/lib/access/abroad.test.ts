import { describe, expect, it } from 'vitest';
import { buildAbroadFile, missionFor, searchAbroad, type CityRecord } from '../../../../src/lib/access/abroad.ts';

// A small GeoNames-like list; country names as Intl.DisplayNames gives them.
const cities: CityRecord[] = [
  { name: 'Berlin', country: 'DE', population: 3_426_354, featureCode: 'PPLC', lat: 52.52437, lon: 13.41053 },
  { name: 'Hamburg', country: 'DE', population: 1_739_117, featureCode: 'PPLA', lat: 53.57532, lon: 10.01534 },
  { name: 'Berlin', country: 'US', population: 20_000, featureCode: 'PPL', lat: 44.46867, lon: -71.18508 },
  { name: 'Dublin', country: 'IE', population: 1_024_027, featureCode: 'PPLC', lat: 53.33306, lon: -6.24889 },
  { name: 'Luxembourg', country: 'LU', population: 76_684, featureCode: 'PPLC', lat: 49.61167, lon: 6.13 },
  { name: 'Rīga', country: 'LV', population: 742_572, featureCode: 'PPLC', lat: 56.946, lon: 24.10589 },
  { name: 'Kaliningrad', country: 'RU', population: 434_954, featureCode: 'PPLA', lat: 54.70649, lon: 20.51095 },
  { name: 'Moscow', country: 'RU', population: 10_381_222, featureCode: 'PPLC', lat: 55.75222, lon: 37.61556 },
];
const name = (code: string, lang: 'lv' | 'en') => new Intl.DisplayNames([lang], { type: 'region' }).of(code)!;
const file = buildAbroadFile(cities, name);

describe('buildAbroadFile', () => {
  it('keeps capitals and big cities outside Latvia, biggest first, and names countries in both languages', () => {
    expect(file.cities.map((c) => c[0])).toEqual([
      'Moscow',
      'Berlin',
      'Hamburg',
      'Dublin',
      'Kaliningrad',
      'Luxembourg',
    ]);
    expect(file.countries.find((c) => c[0] === 'DE')?.slice(1, 3)).toEqual(['Vācija', 'Germany']);
    expect(file.countries.some((c) => c[0] === 'LV')).toBe(false);
  });
});

describe('searchAbroad', () => {
  it.each([
    ['Germany', 'country', 'DE'],
    ['Vācija', 'country', 'DE'],
    ['vacija', 'country', 'DE'],
    ['Īrija', 'country', 'IE'],
    ['Berlin', 'city', 'DE'],
    ['Berlīne', 'city', 'DE'],
    ['Dublina', 'city', 'IE'],
    ['Ham', 'city', 'DE'],
  ] as const)('%s → %s in %s', (query, kind, country) => {
    expect(searchAbroad(file, query)[0]).toMatchObject({ kind, country });
  });

  it('locates a country at its capital', () => {
    expect(searchAbroad(file, 'Germany')[0]!.point).toEqual({ lat: 52.524, lon: 13.411 });
  });

  it('finds nothing for a Latvian place or two letters', () => {
    expect(searchAbroad(file, 'Rīga')).toEqual([]);
    expect(searchAbroad(file, 'Be').filter((h) => !h.exact)).toEqual([]);
  });
});

describe('missionFor', () => {
  const at = (id: string, country: string, lat: number, lon: number, consularDistrict?: string[]) => ({
    id,
    country,
    coordinates: { lat, lon, precision: 'city' },
    ...(consularDistrict ? { consularDistrict } : {}),
  });
  const missions = [
    at('embassy-germany', 'DE', 52.52, 13.41),
    at('embassy-belgium', 'BE', 50.85, 4.35),
    at('embassy-russia', 'RU', 55.75, 37.62),
    at('consulate-kaliningrad', 'RU', 54.71, 20.51),
  ];
  it.each([
    [
      'the mission in the country',
      { country: 'DE', point: { lat: 53.57, lon: 10.02 } },
      missions,
      'embassy-germany',
      'in-country',
    ],
    [
      'the nearer of two in the country',
      { country: 'RU', point: { lat: 54.7, lon: 20.5 } },
      missions,
      'consulate-kaliningrad',
      'in-country',
    ],
    [
      'the nearest mission when the country has none',
      { country: 'LU', point: { lat: 49.61, lon: 6.13 } },
      missions,
      'embassy-belgium',
      'nearest',
    ],
    [
      'a consular district a source names, before the nearest',
      { country: 'LU', point: { lat: 49.61, lon: 6.13 } },
      [...missions.slice(0, 1).map((m) => ({ ...m, consularDistrict: ['LU'] })), ...missions.slice(1)],
      'embassy-germany',
      'district',
    ],
  ])('%s', (_name, hit, list, id, reason) => {
    const answer = missionFor(list, hit);
    expect(answer).toMatchObject({ mission: { id }, reason });
    expect(answer!.distanceMetres).toBeGreaterThan(0);
  });

  it('answers null when there is no mission', () => {
    expect(missionFor([], { country: 'DE', point: { lat: 52.5, lon: 13.4 } })).toBeNull();
  });
});

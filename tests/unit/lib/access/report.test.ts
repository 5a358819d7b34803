import { toCsv } from '../../../../src/lib/open-data/csv.ts';
import { describe, expect, it } from 'vitest';
import { assessAccess } from '../../../../src/lib/access/dimensions.ts';
import {
  dimensionTable,
  farFromPlaces,
  gaps,
  groupBySamePlaces,
  statusCounts,
  territorialCoverage,
} from '../../../../src/lib/access/report.ts';
import { GazetteerEntry, Municipality, type Place } from '../../../../src/lib/schema/index.ts';
import { ASSIST, SOURCE, catalog, channels, place, service } from '../../../fixtures/catalog.ts';
import { loadCatalog } from '../../../../src/server/load-catalog.ts';
import { placesOffering } from '../../../../src/lib/catalog/catalog.ts';
import { distanceMetres, type Point } from '../../../../src/lib/places/geo.ts';

const at = (lat: number, lon = 25) => ({ lat, lon, precision: 'exact' });
const municipality = (atvk: string, lat: number) =>
  Municipality.parse({ atvk, slug: `m-${atvk}`, name: { lv: `Novads ${atvk}`, en: `Municipality ${atvk}` }, kind: 'novads', centre: { ...at(lat), precision: 'settlement' }, aliases: [], ...SOURCE });
const gazetteer = (id: string, kind: string, municipality: string, lat: number) => GazetteerEntry.parse({ id, name: id, kind, municipality, lat, lon: 25, precision: 'settlement', source: 'vzd', checked: '2026-11-01' });

// One degree of latitude on the haversine sphere (R = 6 371 000 m) is 111 194.9 m.
const KM_PER_DEGREE = 111.1949;

const A = '0001000';
const B = '0002000';
const C = '0003000';

/** passport: the fixture (f, e-service request, in-person receipt); eservice: a d-service; good: everything provided. */
const passport = service();
const eservice = service({ id: 'tax-return', slug: 'tax-return', kind: 'd', requestChannels: channels('e-service'), receiptChannels: channels('e-service'), crossBorder: { fromAbroad: false, fromAbroadHow: null, foreignEid: false, englishInstructionsUrl: null, foreignerNote: null } });
const good = service({
  id: 'good',
  slug: 'good',
  kind: 'e',
  name: { lv: 'Labs', en: { text: 'Good', origin: 'official' } },
  requestChannels: channels('e-service', 'post', 'in-person'),
  receiptChannels: channels('e-service', 'in-person'),
  assisted: { lowIncome: [ASSIST], lowDigitalSkills: [ASSIST], impairments: [ASSIST] },
  crossBorder: { fromAbroad: true, fromAbroadHow: null, foreignEid: true, englishInstructionsUrl: 'https://pmlp.gov.lv/en', foreignerNote: null },
});
const municipalities = [municipality(A, 57.0), municipality(B, 57.1), municipality(C, 57.3)];
const places = [
  place('office-a', { municipality: A, coordinates: at(57.0) }),
  place('office-a2', { municipality: A, coordinates: at(57.0, 25.01) }),
  place('office-b', { municipality: B, coordinates: null }),
  place('vid-c', { municipality: C, institution: 'vid', coordinates: at(57.3) }),
  place('embassy-ee', { type: 'embassy', municipality: null, country: 'EE', postcode: null, services: ['passport'], coordinates: { lat: 59.43, lon: 24.75, precision: 'city' } }),
];
const parishes = [
  gazetteer('near-parish', 'parish', A, 57.15), // 16.7 km from office-a
  gazetteer('mid-parish', 'parish', B, 57.25), // 27.8 km
  gazetteer('far-parish', 'parish', C, 57.5), // 55.6 km
  gazetteer('far-town', 'town', C, 57.6), // not a parish: ignored
];
const full = catalog({ services: [passport, eservice, good], places, municipalities, gazetteer: parishes });

describe('dimensionTable', () => {
  it('has one row per service, in catalogue order, from assessAccess', () => {
    const rows = dimensionTable(full);
    expect(rows.map((r) => [r.serviceId, r.institution])).toEqual([['passport', 'pmlp'], ['tax-return', 'pmlp'], ['good', 'pmlp']]);
    for (const [i, s] of full.services.entries()) expect(rows[i]!.assessment).toEqual(assessAccess(full, s));
  });
});

describe('statusCounts', () => {
  it('counts the services per status in each dimension', () => {
    const counts = statusCounts(dimensionTable(full));
    expect(counts.multichannel).toEqual({ provided: 1, partly: 0, 'not-provided': 1, 'not-applicable': 1, 'not-known': 0 });
    // passport and good: in-person places in 2 of 3 municipalities, remote request → partly; tax-return: remote only.
    expect(counts.territorial).toEqual({ provided: 1, partly: 2, 'not-provided': 0, 'not-applicable': 0, 'not-known': 0 });
    expect(counts.socialGroups).toEqual({ provided: 1, partly: 0, 'not-provided': 1, 'not-applicable': 1, 'not-known': 0 });
    // passport: whether it works from abroad and whether a foreign eID is accepted are open — counted apart.
    expect(counts.crossBorder).toEqual({ provided: 1, partly: 0, 'not-provided': 1, 'not-applicable': 0, 'not-known': 1 });
  });

  it('counts nothing for no rows, and one institution after filtering', () => {
    const zero = { provided: 0, partly: 0, 'not-provided': 0, 'not-applicable': 0, 'not-known': 0 };
    expect(statusCounts([])).toEqual({ multichannel: zero, territorial: zero, socialGroups: zero, crossBorder: zero });
    const one = statusCounts(dimensionTable(full).filter((r) => r.serviceId === 'good'));
    expect(Object.values(one).every((c) => c.provided + c.partly === 1)).toBe(true);
  });
});

describe('gaps', () => {
  it('lists every partly and not-provided dimension with its service, and nothing provided, not applicable or not known', () => {
    const list = gaps(full);
    expect(list.map((g) => `${g.serviceId} ${g.code} ${g.status} ${g.reason.code}`)).toEqual([
      'passport N3-1 not-provided no-choice',
      'passport N3-2 partly remote-places-partial',
      'passport N3-3 not-provided no-groups',
      'tax-return N3-4 not-provided not-from-abroad',
      'good N3-2 partly remote-places-partial',
    ]);
    expect(list.every((g) => g.institution === 'pmlp')).toBe(true);
    expect(list[1]!.dimension).toBe('territorial');
    expect(list[1]!.reason).toEqual({ code: 'remote-places-partial', tier: 'national', covered: 2, total: 3 });
  });

  it('uses given rows when the page has them already', () => {
    const rows = dimensionTable(full).filter((r) => r.serviceId === 'good');
    expect(gaps(full, rows).map((g) => g.serviceId)).toEqual(['good']);
  });
});

describe('groupBySamePlaces', () => {
  // passport, good and renewal are offered at office-a, office-a2 and office-b (the PMLP offices);
  // listed at vid-c only, tax-help is alone; the embassy offers passport but is abroad and ignored.
  const renewal = service({ id: 'renewal', slug: 'renewal' });
  const taxHelp = service({ id: 'tax-help', slug: 'tax-help', receiptChannels: channels('post') });
  const c = catalog({ services: [passport, good, renewal, taxHelp, eservice], places: [...places.slice(0, 3), { ...places[3]!, services: ['tax-help'] }, places[4]!], municipalities });
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
    expect(territorialCoverage(full, passport).map((r) => [r.municipality.atvk, r.places])).toEqual([[A, 2], [B, 1], [C, 0]]);
  });

  it('counts places offering it through a service set and ignores places abroad', () => {
    const s = service({ id: 'basket-service', slug: 'basket-service' });
    const vpvkac = place('vpvkac-c', { type: 'vpvkac', institution: null, municipality: C, serviceSets: ['vpvkac-basket'] });
    const set = { id: 'vpvkac-basket' as const, name: { lv: 'Grozs', en: 'Basket' }, note: { lv: 'Piezīme', en: 'Note' }, services: ['basket-service'], ...SOURCE };
    const c = catalog({ services: [s], places: [...places, vpvkac], municipalities, serviceSets: [set] });
    expect(territorialCoverage(c, s).map((r) => r.places)).toEqual([2, 1, 1]);
  });

  it('agrees with the covered count on the service page', () => {
    const covered = territorialCoverage(full, good).filter((r) => r.places > 0).length;
    expect(assessAccess(full, good).territorial.reason).toMatchObject({ covered, total: municipalities.length });
  });
});

describe('farFromPlaces', () => {
  it('lists municipalities and parishes farther than 20 km from the nearest place, farthest first', () => {
    const far = farFromPlaces(full, passport);
    expect(far.thresholdMetres).toBe(20_000);
    // office-a and office-a2 have coordinates; office-b has none; vid-c belongs to another institution; the embassy is abroad.
    expect(far.placesWithCoordinates).toBe(2);
    expect(far.placesWithoutCoordinates).toBe(1);
    expect(far.municipalities.map((m) => m.municipality.atvk)).toEqual([C]);
    expect(far.municipalities[0]!.nearestMetres! / 1000).toBeCloseTo(0.3 * KM_PER_DEGREE, 1);
    expect(far.municipalities[0]!.nearestPlaceId).toBe('office-a');
    expect(far.parishes.map((p) => p.parish.id)).toEqual(['far-parish', 'mid-parish']);
    expect(far.parishes[0]!.nearestMetres! / 1000).toBeCloseTo(0.5 * KM_PER_DEGREE, 1);
  });

  it('takes another threshold', () => {
    const far = farFromPlaces(full, passport, 30_000);
    expect(far.municipalities.map((m) => m.municipality.atvk)).toEqual([C]);
    expect(far.parishes.map((p) => p.parish.id)).toEqual(['far-parish']);
    expect(farFromPlaces(full, passport, 100_000).parishes).toEqual([]);
  });

  it('is not far when exactly at the threshold', () => {
    const d = farFromPlaces(full, passport, 0).parishes.find((p) => p.parish.id === 'mid-parish')!.nearestMetres!;
    expect(farFromPlaces(full, passport, d).parishes.map((p) => p.parish.id)).toEqual(['far-parish']);
  });

  it('lists everything, with no distance, when no place offering the service has a position', () => {
    const c = catalog({ ...full, places: [place('office-b', { municipality: B, coordinates: null })] });
    const far = farFromPlaces(c, passport);
    expect(far.placesWithCoordinates).toBe(0);
    expect(far.municipalities.map((m) => [m.municipality.atvk, m.nearestMetres, m.nearestPlaceId])).toEqual([[A, null, null], [B, null, null], [C, null, null]]);
    expect(far.parishes.map((p) => p.parish.id)).toEqual(['near-parish', 'mid-parish', 'far-parish']);
  });
});

describe('farFromPlaces on the real catalogue', () => {
  const real = loadCatalog();
  /** The nearest distance by checking every located place: what the report must agree with. */
  const bruteForce = (point: Point, places: readonly Place[]) => Math.min(...places.map((p) => distanceMetres(point, p.coordinates!)));

  it('finds the same far municipalities and parishes, and the same distances, as checking every place', () => {
    for (const s of real.services) {
      const located = placesOffering(real, s).filter((p) => p.country === 'LV' && p.coordinates !== null);
      if (located.length === 0) continue;
      const far = farFromPlaces(real, s);
      const expectedMunicipalities = real.municipalities.filter((m) => bruteForce(m.centre, located) > 20_000).map((m) => m.atvk).sort();
      expect(far.municipalities.map((m) => m.municipality.atvk).sort(), s.id).toEqual(expectedMunicipalities);
      for (const m of far.municipalities) expect(m.nearestMetres!, s.id).toBeCloseTo(bruteForce(m.municipality.centre, located), 0);
      const parishes = real.gazetteer.filter((e) => e.kind === 'parish');
      const expectedParishes = parishes.filter((p) => bruteForce(p, located) > 20_000).length;
      expect(far.parishes.length, s.id).toBe(expectedParishes);
    }
  });
});


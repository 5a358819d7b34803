// The small catalogue the report tests share: three municipalities on one meridian, PMLP offices
// in two of them (one without a position), a VID office in the third, an embassy abroad, and
// parishes at known distances.
import type { Catalog } from '../../../../src/lib/catalog/validate.ts';
import { GazetteerEntry, Municipality, Place, Service, type ChannelType } from '../../../../src/lib/schema/index.ts';
import { validPlace, validService } from '../../../fixtures/catalog.ts';

const needs = { authentication: [], eSignature: null, idDocument: null, appointment: null };
const base = { note: null, needs, fee: null, time: null, url: null };
export const EXTRA: Partial<Record<ChannelType, Record<string, unknown>>> = {
  'e-service': { url: 'https://latvija.gov.lv/x', provider: 'portal' },
  post: { address: null },
  'in-person': { placeTypes: ['institution-office'], placeIds: [] },
};
export const chs = (...types: ChannelType[]) => types.map((type) => ({ type, ...base, ...EXTRA[type] }));
export const service = (over: Record<string, unknown> = {}) => Service.parse({ ...validService(), ...over });
export const source = {
  sources: [{ url: 'https://example.test/source', title: 'Test source' }],
  checked: '2026-11-01',
};
export const place = (id: string, over: Record<string, unknown> = {}) => Place.parse({ ...validPlace(), id, ...over });
export const at = (lat: number, lon = 25) => ({ lat, lon, precision: 'exact' });
export const municipality = (atvk: string, lat: number) =>
  Municipality.parse({
    atvk,
    slug: `m-${atvk}`,
    name: { lv: `Novads ${atvk}`, en: `Municipality ${atvk}` },
    kind: 'novads',
    centre: { ...at(lat), precision: 'settlement' },
    aliases: [],
    ...source,
  });
export const gazetteer = (id: string, kind: string, municipality: string, lat: number) =>
  GazetteerEntry.parse({
    id,
    name: id,
    kind,
    municipality,
    lat,
    lon: 25,
    precision: 'settlement',
    source: 'vzd',
    checked: '2026-11-01',
  });
export function catalog(part: Partial<Catalog>): Catalog {
  return {
    institutions: [],
    services: [],
    places: [],
    municipalities: [],
    lifeSituations: [],
    serviceSets: [],
    specialDays: [],
    gazetteer: [],
    ...part,
  };
}

// One degree of latitude on the haversine sphere (R = 6 371 000 m) is 111 194.9 m.
export const KM_PER_DEGREE = 111.1949;

export const A = '0001000';
export const B = '0002000';
export const C = '0003000';
const assist = { description: { lv: 'Palīdzība', en: 'Help' }, url: null, phone: null, placeTypes: ['vpvkac'] };

/** passport: the fixture (f, e-service request, in-person receipt); eservice: a d-service; good: everything provided. */
export const passport = service();
export const eservice = service({
  id: 'tax-return',
  slug: 'tax-return',
  kind: 'd',
  requestChannels: chs('e-service'),
  receiptChannels: chs('e-service'),
  crossBorder: {
    fromAbroad: false,
    fromAbroadHow: null,
    foreignEid: false,
    englishInstructionsUrl: null,
    foreignerNote: null,
  },
});
export const good = service({
  id: 'good',
  slug: 'good',
  kind: 'e',
  name: { lv: 'Labs', en: { text: 'Good', origin: 'official' } },
  requestChannels: chs('e-service', 'post', 'in-person'),
  receiptChannels: chs('e-service', 'in-person'),
  assisted: { lowIncome: [assist], lowDigitalSkills: [assist], impairments: [assist] },
  crossBorder: {
    fromAbroad: true,
    fromAbroadHow: null,
    foreignEid: true,
    englishInstructionsUrl: 'https://pmlp.gov.lv/en',
    foreignerNote: null,
  },
});
export const municipalities = [municipality(A, 57.0), municipality(B, 57.1), municipality(C, 57.3)];
export const places = [
  place('office-a', { municipality: A, coordinates: at(57.0) }),
  place('office-a2', { municipality: A, coordinates: at(57.0, 25.01) }),
  place('office-b', { municipality: B, coordinates: null }),
  place('vid-c', { municipality: C, institution: 'vid', coordinates: at(57.3) }),
  place('embassy-ee', {
    type: 'embassy',
    municipality: null,
    country: 'EE',
    postcode: null,
    services: ['passport'],
    coordinates: { lat: 59.43, lon: 24.75, precision: 'city' },
  }),
];
export const parishes = [
  gazetteer('near-parish', 'parish', A, 57.15), // 16.7 km from office-a
  gazetteer('mid-parish', 'parish', B, 57.25), // 27.8 km
  gazetteer('far-parish', 'parish', C, 57.5), // 55.6 km
  gazetteer('far-town', 'town', C, 57.6), // not a parish: ignored
];
export const full = catalog({ services: [passport, eservice, good], places, municipalities, gazetteer: parishes });

import { describe, expect, it } from 'vitest';
import { DataError, validateCatalog, type RawCatalog } from '../../../src/lib/validate.ts';
import { validPlace, validRaw, validService } from '../../fixtures/catalog.ts';

/** Apply a change to a fresh valid catalogue and return the problems validation reports. */
function problemsAfter(change: (raw: RawCatalog) => void): DataError {
  const raw = validRaw();
  change(raw);
  try {
    validateCatalog(raw);
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error('validation accepted bad data');
}

const service = (raw: RawCatalog) => raw.services[0]!.records[0] as Record<string, any>;
const place = (raw: RawCatalog) => raw.places[0]!.records[0] as Record<string, any>;

describe('validateCatalog', () => {
  it('accepts a valid catalogue', () => {
    const catalog = validateCatalog(validRaw());
    expect(catalog.services.map((s) => s.id)).toEqual(['passport']);
    expect(catalog.places.map((p) => p.id)).toEqual(['pmlp-riga']);
  });

  it.each([
    ['missing Latvian name', (r: RawCatalog) => { service(r).name.lv = ''; }, 'data/services/passport.json', 'passport', 'name.lv', 'Latvian text'],
    ['name field absent', (r: RawCatalog) => { delete service(r).name; }, 'data/services/passport.json', 'passport', 'name', 'missing'],
    ['unknown institution', (r: RawCatalog) => { service(r).institution = 'nobody'; }, 'data/services/passport.json', 'passport', 'institution', 'no institution "nobody"'],
    ['unknown place id in a channel', (r: RawCatalog) => { service(r).receiptChannels[0].placeIds = ['ghost']; }, 'data/services/passport.json', 'passport', 'receiptChannels[0].placeIds[0]', 'no place "ghost"'],
    ['unknown service on a place', (r: RawCatalog) => { place(r).services = ['ghost-service']; }, 'data/places/pmlp.json', 'pmlp-riga', 'services[0]', 'no service "ghost-service"'],
    ['unknown life situation', (r: RawCatalog) => { service(r).lifeSituations = ['space-travel']; }, 'data/services/passport.json', 'passport', 'lifeSituations[0]', 'no life situation "space-travel"'],
    ['duplicate service id', (r: RawCatalog) => { r.services.push({ file: 'data/services/copy.json', records: [{ ...validService(), slug: 'other' }] }); }, 'data/services/copy.json', 'passport', 'id', 'unique service id'],
    ['duplicate slug', (r: RawCatalog) => { r.services.push({ file: 'data/services/copy.json', records: [{ ...validService(), id: 'other' }] }); }, 'data/services/copy.json', 'other', 'slug', 'unique service slug'],
    ['non-ASCII slug', (r: RawCatalog) => { service(r).slug = 'pase-ārzemēs'; }, 'data/services/passport.json', 'passport', 'slug', 'lower-case ASCII'],
    ['coordinates outside Latvia', (r: RawCatalog) => { place(r).coordinates = { lat: 59.43, lon: 24.75, precision: 'exact' }; }, 'data/places/pmlp.json', 'pmlp-riga', 'coordinates', 'a point in Latvia'],
    ['opening hours that do not parse', (r: RawCatalog) => { place(r).openingHours = 'Mon-Fri 8-17'; }, 'data/places/pmlp.json', 'pmlp-riga', 'openingHours', 'OpenStreetMap opening_hours'],
    ['e-service channel without URL', (r: RawCatalog) => { delete service(r).requestChannels[0].url; }, 'data/services/passport.json', 'passport', 'requestChannels[0].url', 'missing'],
    ['d service that claims in-person receipt', (r: RawCatalog) => { service(r).kind = 'd'; }, 'data/services/passport.json', 'passport', 'receiptChannels[0].type', '"d" service is delivered only digitally'],
    ['f service received electronically', (r: RawCatalog) => { service(r).receiptChannels = [{ ...service(r).requestChannels[0] }]; }, 'data/services/passport.json', 'passport', 'receiptChannels[0].type', '"f" service happens physically'],
    ['kind null without a reason', (r: RawCatalog) => { service(r).kind = null; service(r).kindReason = null; }, 'data/services/passport.json', 'passport', 'kindReason', 'a reason when kind is null'],
    ['an unknown field (typo)', (r: RawCatalog) => { service(r).fee = 3; }, 'data/services/passport.json', 'passport', '(record)', 'no unknown fields (found "fee")'],
    ['a place in Latvia without municipality', (r: RawCatalog) => { place(r).municipality = null; }, 'data/places/pmlp.json', 'pmlp-riga', 'municipality', 'ATVK code'],
    ['an in-person place in Latvia without a point', (r: RawCatalog) => { place(r).coordinates = null; }, 'data/places/pmlp.json', 'pmlp-riga', 'coordinates', 'a point for an in-person place in Latvia'],
    ['a missing source', (r: RawCatalog) => { service(r).sources = []; }, 'data/services/passport.json', 'passport', 'sources', 'at least one source'],
    ['an unknown channel type', (r: RawCatalog) => { service(r).requestChannels[0].type = 'fax'; }, 'data/services/passport.json', 'passport', 'requestChannels[0].type', 'a known channel type'],
  ])('rejects %s with file, record, field and expectation', (_name, change, file, id, field, expected) => {
    const error = problemsAfter(change);
    const problem = error.problems.find((p) => p.field === field);
    expect(problem, error.message).toBeDefined();
    expect(problem!.file).toBe(file);
    expect(problem!.id).toBe(id);
    expect(problem!.expected).toContain(expected);
    expect(error.message).toContain(`${file}: record "${id}", field "${field}": expected`);
  });

  it('lets an embassy lie abroad', () => {
    const raw = validRaw();
    raw.places[0]!.records.push({ ...validPlace(), id: 'embassy-ee', type: 'embassy', institution: 'pmlp', municipality: null, country: 'EE', postcode: null, coordinates: { lat: 59.43, lon: 24.75, precision: 'city' } });
    expect(validateCatalog(raw).places).toHaveLength(2);
  });

  it('reports every problem at once, not only the first', () => {
    const error = problemsAfter((r) => {
      service(r).institution = 'nobody';
      place(r).openingHours = 'always';
    });
    expect(error.problems.map((p) => p.field).sort()).toEqual(['institution', 'openingHours']);
  });
});

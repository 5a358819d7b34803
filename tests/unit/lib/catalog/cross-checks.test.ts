import { describe, expect, it } from 'vitest';
import { validateCatalog, type RawCatalog } from '../../../../src/lib/catalog/validate.ts';
import { validPlace, validRaw, validService } from '../../../fixtures/catalog.ts';
import { TODAY, expectOnlyMessage, expectProblemAt, place, service } from '../../../fixtures/data-problems.ts';

// What a record's schema cannot check alone: unique keys, check dates, references, rules across fields.
describe('checks across fields and records', () => {
  it.each([
    [
      'unknown institution',
      (r: RawCatalog) => {
        service(r).institution = 'nobody';
      },
      'data/services/passport.json',
      'passport',
      'institution',
      'expected the id of a known institution, received "nobody" (no institution has this id)',
    ],
    [
      'unknown place id in a channel',
      (r: RawCatalog) => {
        service(r).receiptChannels[0].placeIds = ['ghost'];
      },
      'data/services/passport.json',
      'passport',
      'receiptChannels[0].placeIds[0]',
      'received "ghost" (no place has this id)',
    ],
    [
      'unknown service on a place',
      (r: RawCatalog) => {
        place(r).services = ['ghost-service'];
      },
      'data/places/pmlp.json',
      'pmlp-riga',
      'services[0]',
      'received "ghost-service" (no service has this id)',
    ],
    [
      'unknown life situation',
      (r: RawCatalog) => {
        service(r).lifeSituations = ['space-travel'];
      },
      'data/services/passport.json',
      'passport',
      'lifeSituations[0]',
      'received "space-travel" (no life situation has this id)',
    ],
    [
      'duplicate service id',
      (r: RawCatalog) => {
        r.services.push({ file: 'data/services/copy.json', records: [{ ...validService(), slug: 'other' }] });
      },
      'data/services/copy.json',
      'passport',
      'id',
      'unique service id',
    ],
    [
      'duplicate slug',
      (r: RawCatalog) => {
        r.services.push({ file: 'data/services/copy.json', records: [{ ...validService(), id: 'other' }] });
      },
      'data/services/copy.json',
      'other',
      'slug',
      'unique service slug',
    ],
    [
      'coordinates outside Latvia',
      (r: RawCatalog) => {
        place(r).coordinates = { lat: 59.43, lon: 24.75, precision: 'exact' };
      },
      'data/places/pmlp.json',
      'pmlp-riga',
      'coordinates',
      'a point in Latvia',
    ],
    [
      'opening hours that do not parse',
      (r: RawCatalog) => {
        place(r).openingHours = 'Mon-Fri 8-17';
      },
      'data/places/pmlp.json',
      'pmlp-riga',
      'openingHours',
      'OpenStreetMap opening_hours',
    ],
    [
      'd service that claims in-person receipt',
      (r: RawCatalog) => {
        service(r).kind = 'd';
      },
      'data/services/passport.json',
      'passport',
      'receiptChannels[0].type',
      '"d" service is delivered only digitally',
    ],
    [
      'f service received electronically',
      (r: RawCatalog) => {
        service(r).receiptChannels = [{ ...service(r).requestChannels[0] }];
      },
      'data/services/passport.json',
      'passport',
      'receiptChannels[0].type',
      '"f" service happens physically',
    ],
    [
      'kind null without a reason',
      (r: RawCatalog) => {
        service(r).kind = null;
        service(r).kindReason = null;
      },
      'data/services/passport.json',
      'passport',
      'kindReason',
      'a reason when kind is null',
    ],
    [
      'a place in Latvia without municipality',
      (r: RawCatalog) => {
        place(r).municipality = null;
      },
      'data/places/pmlp.json',
      'pmlp-riga',
      'municipality',
      'ATVK code',
    ],
    [
      'an in-person place in Latvia without a point',
      (r: RawCatalog) => {
        place(r).coordinates = null;
      },
      'data/places/pmlp.json',
      'pmlp-riga',
      'coordinates',
      'a point for an in-person place in Latvia',
    ],
  ])('rejects %s with file, record, field and expectation', (_name, change, file, id, field, expected) =>
    expectProblemAt(change, file, id, field, expected),
  );

  it.each(['2026-11-26', TODAY])('accepts the check date %s (the first data, the day of the build)', (date) => {
    const raw = validRaw();
    service(raw).checked = date;
    expect(validateCatalog(raw, { today: TODAY }).services[0]!.checked).toBe(date);
  });

  it('lets an embassy lie abroad', () => {
    const raw = validRaw();
    raw.places[0]!.records.push({
      ...validPlace(),
      id: 'embassy-ee',
      type: 'embassy',
      institution: 'pmlp',
      municipality: null,
      country: 'EE',
      postcode: null,
      coordinates: { lat: 59.43, lon: 24.75, precision: 'city' },
    });
    expect(validateCatalog(raw).places).toHaveLength(2);
  });

  // A record that fails does not make every record that refers to it fail too.
  it.each([
    [
      'a broken record does not break the records that refer to it',
      (r: RawCatalog) => {
        place(r).services = ['passport'];
        service(r).kind = 'x';
      },
      ['data/services/passport.json', '  record "passport", field "kind": expected one of "e"|"d"|"f", received "x"'],
    ],
    [
      'a record without its id does not break the references to its kind',
      (r: RawCatalog) => {
        delete (r.institutions[0]!.records[0] as Record<string, unknown>).id;
      },
      [
        'data/institutions/pmlp.json',
        '  record "#1", field "id": expected string, received nothing (the field is missing)',
      ],
    ],
    [
      'a check date in the future',
      (r: RawCatalog) => {
        service(r).checked = '2099-01-01';
      },
      [
        'data/services/passport.json',
        '  record "passport", field "checked": expected a date no later than the day of the build (2026-12-02), received "2099-01-01"',
      ],
    ],
    [
      'a check date one day after the build',
      (r: RawCatalog) => {
        place(r).checked = '2026-12-03';
      },
      [
        'data/places/pmlp.json',
        '  record "pmlp-riga", field "checked": expected a date no later than the day of the build (2026-12-02), received "2026-12-03"',
      ],
    ],
    [
      'a check date before the first data',
      (r: RawCatalog) => {
        (r.institutions[0]!.records[0] as Record<string, unknown>).checked = '2026-11-25';
      },
      [
        'data/institutions/pmlp.json',
        '  record "pmlp", field "checked": expected a date on or after 2026-11-26 (the project\'s first data), received "2026-11-25"',
      ],
    ],
  ])('%s (the exact message)', (_name, change, lines) => expectOnlyMessage(change, lines));
});

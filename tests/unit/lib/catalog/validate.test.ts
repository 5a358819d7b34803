import { describe, expect, it } from 'vitest';
import { DataError, formatProblem, parseDataFile, validateCatalog, type RawCatalog } from '../../../../src/lib/catalog/validate.ts';
import { validPlace, validRaw, validService } from '../../../fixtures/catalog.ts';

/** Apply a change to a fresh valid catalogue and return the problems validation reports. */
/** The day the tests build on: check dates may not be later. */
const TODAY = '2026-12-02';

function problemsAfter(change: (raw: RawCatalog) => void): DataError {
  const raw = validRaw();
  change(raw);
  try {
    validateCatalog(raw, { today: TODAY });
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
    ['name field absent', (r: RawCatalog) => { delete service(r).name; }, 'data/services/passport.json', 'passport', 'name', 'expected object, received nothing (the field is missing)'],
    ['unknown institution', (r: RawCatalog) => { service(r).institution = 'nobody'; }, 'data/services/passport.json', 'passport', 'institution', 'expected the id of a known institution, received "nobody" (no institution has this id)'],
    ['unknown place id in a channel', (r: RawCatalog) => { service(r).receiptChannels[0].placeIds = ['ghost']; }, 'data/services/passport.json', 'passport', 'receiptChannels[0].placeIds[0]', 'received "ghost" (no place has this id)'],
    ['unknown service on a place', (r: RawCatalog) => { place(r).services = ['ghost-service']; }, 'data/places/pmlp.json', 'pmlp-riga', 'services[0]', 'received "ghost-service" (no service has this id)'],
    ['unknown life situation', (r: RawCatalog) => { service(r).lifeSituations = ['space-travel']; }, 'data/services/passport.json', 'passport', 'lifeSituations[0]', 'received "space-travel" (no life situation has this id)'],
    ['duplicate service id', (r: RawCatalog) => { r.services.push({ file: 'data/services/copy.json', records: [{ ...validService(), slug: 'other' }] }); }, 'data/services/copy.json', 'passport', 'id', 'unique service id'],
    ['duplicate slug', (r: RawCatalog) => { r.services.push({ file: 'data/services/copy.json', records: [{ ...validService(), id: 'other' }] }); }, 'data/services/copy.json', 'other', 'slug', 'unique service slug'],
    ['non-ASCII slug', (r: RawCatalog) => { service(r).slug = 'pase-ārzemēs'; }, 'data/services/passport.json', 'passport', 'slug', 'lower-case ASCII'],
    ['coordinates outside Latvia', (r: RawCatalog) => { place(r).coordinates = { lat: 59.43, lon: 24.75, precision: 'exact' }; }, 'data/places/pmlp.json', 'pmlp-riga', 'coordinates', 'a point in Latvia'],
    ['opening hours that do not parse', (r: RawCatalog) => { place(r).openingHours = 'Mon-Fri 8-17'; }, 'data/places/pmlp.json', 'pmlp-riga', 'openingHours', 'OpenStreetMap opening_hours'],
    ['e-service channel without URL', (r: RawCatalog) => { delete service(r).requestChannels[0].url; }, 'data/services/passport.json', 'passport', 'requestChannels[0].url', 'expected string, received nothing (the field is missing)'],
    ['d service that claims in-person receipt', (r: RawCatalog) => { service(r).kind = 'd'; }, 'data/services/passport.json', 'passport', 'receiptChannels[0].type', '"d" service is delivered only digitally'],
    ['f service received electronically', (r: RawCatalog) => { service(r).receiptChannels = [{ ...service(r).requestChannels[0] }]; }, 'data/services/passport.json', 'passport', 'receiptChannels[0].type', '"f" service happens physically'],
    ['kind null without a reason', (r: RawCatalog) => { service(r).kind = null; service(r).kindReason = null; }, 'data/services/passport.json', 'passport', 'kindReason', 'a reason when kind is null'],
    ['an unknown field (typo)', (r: RawCatalog) => { service(r).fee = 3; }, 'data/services/passport.json', 'passport', 'fee', 'no field of this name'],
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
    expect(formatProblem(problem!)).toContain(expected);
    expect(error.message).toContain(`${file}\n  record "${id}", field "${field}": expected`);
  });

  it.each(['2026-11-26', TODAY])('accepts the check date %s (the first data, the day of the build)', (date) => {
    const raw = validRaw();
    service(raw).checked = date;
    expect(validateCatalog(raw, { today: TODAY }).services[0]!.checked).toBe(date);
  });

  it('accepts an http source that says why', () => {
    const raw = validRaw();
    service(raw).sources = [{ url: 'http://www.ic.iem.gov.lv/', title: null, httpReason: 'The site is found only over http.' }];
    expect(validateCatalog(raw, { today: TODAY }).services[0]!.sources[0]!.httpReason).toBe('The site is found only over http.');
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

  // The whole message a person reads, exactly: a heading, then each file once with one line per
  // problem (expected, and what was found). A record that fails does not make every record that
  // refers to it fail too.
  it.each([
    ['a wrong type is not reported as missing', (r: RawCatalog) => { service(r).processingTime = 12345; }, [
      'data/services/passport.json',
      '  record "passport", field "processingTime": expected object, received number 12345',
    ]],
    ['a missing field says it is missing', (r: RawCatalog) => { delete service(r).name; }, [
      'data/services/passport.json',
      '  record "passport", field "name": expected object, received nothing (the field is missing)',
    ]],
    ['a string where text in two languages belongs', (r: RawCatalog) => { service(r).name.lv = 5; }, [
      'data/services/passport.json',
      '  record "passport", field "name.lv": expected string, received number 5',
    ]],
    ['a value outside a fixed list', (r: RawCatalog) => { service(r).kind = 'x'; }, [
      'data/services/passport.json',
      '  record "passport", field "kind": expected one of "e"|"d"|"f", received "x"',
    ]],
    ['an unknown channel type shows the type, not the whole channel', (r: RawCatalog) => { service(r).requestChannels[0].type = 'fax'; }, [
      'data/services/passport.json',
      '  record "passport", field "requestChannels[0].type": expected a known channel type (e-service, e-mail-signed, e-address, mobile-app, post, phone, in-person, embassy, home-visit), received "fax"',
    ]],
    ['an unknown field names the field', (r: RawCatalog) => { service(r).fee = 3; }, [
      'data/services/passport.json',
      '  record "passport", field "fee": expected no field of this name (a typo, or a field the schema does not have), received 3',
    ]],
    ['two failed rules on one field make one line', (r: RawCatalog) => { service(r).checked = 'soon'; }, [
      'data/services/passport.json',
      '  record "passport", field "checked": expected a date written as YYYY-MM-DD, received "soon"',
    ]],
    ['a broken record does not break the records that refer to it', (r: RawCatalog) => { place(r).services = ['passport']; service(r).kind = 'x'; }, [
      'data/services/passport.json',
      '  record "passport", field "kind": expected one of "e"|"d"|"f", received "x"',
    ]],
    ['a record without its id does not break the references to its kind', (r: RawCatalog) => { delete (r.institutions[0]!.records[0] as Record<string, unknown>).id; }, [
      'data/institutions/pmlp.json',
      '  record "#1", field "id": expected string, received nothing (the field is missing)',
    ]],
    ['a check date in the future', (r: RawCatalog) => { service(r).checked = '2099-01-01'; }, [
      'data/services/passport.json',
      '  record "passport", field "checked": expected a date no later than the day of the build (2026-12-02), received "2099-01-01"',
    ]],
    ['a check date one day after the build', (r: RawCatalog) => { place(r).checked = '2026-12-03'; }, [
      'data/places/pmlp.json',
      '  record "pmlp-riga", field "checked": expected a date no later than the day of the build (2026-12-02), received "2026-12-03"',
    ]],
    ['a check date before the first data', (r: RawCatalog) => { (r.institutions[0]!.records[0] as Record<string, unknown>).checked = '2026-11-25'; }, [
      'data/institutions/pmlp.json',
      '  record "pmlp", field "checked": expected a date on or after 2026-11-26 (the project\'s first data), received "2026-11-25"',
    ]],
    ['a javascript: source', (r: RawCatalog) => { service(r).sources = [{ url: 'javascript:alert(1)', title: null }]; }, [
      'data/services/passport.json',
      '  record "passport", field "sources[0].url": expected an https:// address, received "javascript:alert(1)"',
    ]],
    ['a data: source', (r: RawCatalog) => { place(r).sources = [{ url: 'data:text/html,<script>alert(1)</script>', title: null }]; }, [
      'data/places/pmlp.json',
      '  record "pmlp-riga", field "sources[0].url": expected an https:// address, received "data:text/html,<script>alert(1)</script>"',
    ]],
    ['an http source without a reason', (r: RawCatalog) => { service(r).sources = [{ url: 'http://www.pmlp.gov.lv/', title: null }]; }, [
      'data/services/passport.json',
      '  record "passport", field "sources[0].url": expected an https:// address (an http:// source needs "httpReason": why no https address of the page is known), received "http://www.pmlp.gov.lv/"',
    ]],
    ['a reason on an https source', (r: RawCatalog) => { service(r).sources = [{ url: 'https://www.pmlp.gov.lv/', title: null, httpReason: 'old site' }]; }, [
      'data/services/passport.json',
      '  record "passport", field "sources[0].httpReason": expected no httpReason (the source is https), received "old site"',
    ]],
    ['a javascript: link people follow', (r: RawCatalog) => { service(r).requestChannels[0].url = 'javascript:alert(1)'; }, [
      'data/services/passport.json',
      '  record "passport", field "requestChannels[0].url": expected a URL starting with https://, received "javascript:alert(1)"',
    ]],
    ['a special day stated at an http address', (r: RawCatalog) => { r.specialDays = [{ file: 'data/special-days.json', records: [{ date: '2026-11-18', kind: 'holiday', name: { lv: 'Proklamēšanas diena', en: 'Proclamation Day' }, source: 'http://likumi.lv/x', checked: '2026-11-26' }] }]; }, [
      'data/special-days.json',
      '  record "2026-11-18", field "source": expected a URL starting with https://, received "http://likumi.lv/x"',
    ]],
    ['a long value is shortened', (r: RawCatalog) => { service(r).kind = 'x'.repeat(200); }, [
      'data/services/passport.json',
      `  record "passport", field "kind": expected one of "e"|"d"|"f", received "${'x'.repeat(58)}…`,
    ]],
  ])('%s (the exact message)', (_name, change, lines) => {
    const error = problemsAfter(change);
    expect(error.message).toBe([`Invalid data: 1 problem in 1 file`, ...lines].join('\n'));
  });

  it('groups the problems by file, in file order, one heading per file', () => {
    const error = problemsAfter((r) => {
      service(r).kind = 'x';
      place(r).openingHours = 'always';
      service(r).free = 'no';
    });
    expect(error.message.split('\n')).toEqual([
      'Invalid data: 3 problems in 2 files',
      'data/services/passport.json',
      '  record "passport", field "kind": expected one of "e"|"d"|"f", received "x"',
      '  record "passport", field "free": expected boolean, received string "no"',
      'data/places/pmlp.json',
      expect.stringMatching(/^  record "pmlp-riga", field "openingHours": expected OpenStreetMap opening_hours such as "Mo-Fr 08:30-17:00; PH off" — .+, received "always"$/),
    ]);
  });
});

describe('parseDataFile', () => {
  const problem = (text: string, list = true) => {
    const parsed = parseDataFile('data/services/x.json', text, list);
    return parsed.problems.map((p) => `${p.field}: expected ${p.expected}, received ${p.received}`);
  };

  it.each([
    ['an empty file', '', ['(file): expected a JSON list of records, received an empty file']],
    ['a file of white space only', ' \n\t\n', ['(file): expected a JSON list of records, received an empty file (white space only)']],
    ['a byte-order mark', '\uFEFF[]', ['(file): expected UTF-8 text without a byte-order mark, received a byte-order mark (U+FEFF) before the JSON: save the file as UTF-8 without BOM']],
    ['broken JSON', '[\n  { "id": "a", }\n]', ['(file): expected valid JSON, received Expected double-quoted property name in JSON at line 2 column 16']],
    ['one record where a list belongs', '{ "id": "a" }', ['(file): expected a JSON list of records, received object']],
    ['a string', '"hello"', ['(file): expected a JSON list of records, received string "hello"']],
  ])('names %s', (_name, text, expected) => {
    expect(problem(text)).toEqual(expected);
  });

  it('accepts one record or a list in a folder of records', () => {
    expect(parseDataFile('data/services/x.json', '{ "id": "a" }', false)).toEqual({ file: 'data/services/x.json', records: [{ id: 'a' }], problems: [] });
    expect(parseDataFile('data/services/x.json', '[{ "id": "a" }]', false).records).toEqual([{ id: 'a' }]);
    expect(problem('"hello"', false)).toEqual(['(file): expected a JSON record or a list of records, received string "hello"']);
  });

  it('reports a broken file with the rest of the problems', () => {
    const raw = validRaw();
    raw.services.push(parseDataFile('data/services/broken.json', '', false));
    service(raw).kind = 'x';
    expect(problemsAfter((r) => Object.assign(r, raw)).message.split('\n')).toEqual([
      'Invalid data: 2 problems in 2 files',
      'data/services/passport.json',
      '  record "passport", field "kind": expected one of "e"|"d"|"f", received "x"',
      'data/services/broken.json',
      '  the file: expected a JSON record or a list of records, received an empty file',
    ]);
  });
});

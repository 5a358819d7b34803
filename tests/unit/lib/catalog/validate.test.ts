import { describe, expect, it } from 'vitest';
import { validateCatalog } from '../../../../src/lib/catalog/validate.ts';
import { parseDataFile } from '../../../../src/lib/catalog/data-file.ts';
import { validRaw } from '../../../fixtures/catalog.ts';
import { place, problemsAfter, service } from '../../../fixtures/data-problems.ts';

// The rules themselves are tested beside their modules (parse-records, cross-checks, data-file);
// here, that validation gives the catalogue or every problem at once, grouped by file.
describe('validateCatalog', () => {
  it('accepts a valid catalogue', () => {
    const catalog = validateCatalog(validRaw());
    expect(catalog.services.map((s) => s.id)).toEqual(['passport']);
    expect(catalog.places.map((p) => p.id)).toEqual(['pmlp-riga']);
  });

  it('reports every problem at once, not only the first', () => {
    const error = problemsAfter((r) => {
      service(r).institution = 'nobody';
      place(r).openingHours = 'always';
    });
    expect(error.problems.map((p) => p.field).sort()).toEqual(['institution', 'openingHours']);
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
      expect.stringMatching(
        /^ {2}record "pmlp-riga", field "openingHours": expected OpenStreetMap opening_hours such as "Mo-Fr 08:30-17:00; PH off" — .+, received "always"$/,
      ),
    ]);
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

// services.csv and places.csv parse as RFC 4180 and hold exactly the catalogue's records.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../../src/server/load-catalog.ts';
import { parseCsv } from '../../../../src/import/csv.ts';
import {
  PLACES_CSV_COLUMNS,
  SERVICES_CSV_COLUMNS,
  placesCsv,
  servicesCsv,
} from '../../../../src/lib/open-data/csv-tables.ts';

const catalog = loadCatalog();
const SITE = 'https://example.test/';
const RFC4180 = { delimiter: ',', quote: '"' };

describe.each([
  ['services.csv', () => servicesCsv(catalog, SITE), SERVICES_CSV_COLUMNS, catalog.services.map((s) => s.id)],
  ['places.csv', () => placesCsv(catalog, SITE), PLACES_CSV_COLUMNS, catalog.places.map((p) => p.id)],
] as const)('%s', (_name, make, columns, ids) => {
  const parsed = parseCsv(make(), 'download.csv', RFC4180);

  it('parses with no problems and has the documented header', () => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.header).toEqual([...columns]);
  });

  it('has one row per record, in catalogue order, each as wide as the header', () => {
    expect(parsed.rows.map((r) => r.fields[0])).toEqual(ids);
    for (const row of parsed.rows) expect(row.fields).toHaveLength(columns.length);
  });

  it('links every row to its page in both languages', () => {
    const lv = columns.indexOf('page_lv' as never);
    const en = columns.indexOf('page_en' as never);
    for (const row of parsed.rows) {
      expect(row.fields[lv]).toMatch(/^https:\/\/example\.test\/lv\//);
      expect(row.fields[en]).toMatch(/^https:\/\/example\.test\/en\//);
    }
  });
});

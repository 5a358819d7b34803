// CSVW table schemas of the CSV downloads: cells read as a CSVW processor reads them, the
// metadata document, and the byte-order mark every CSV download starts with.
import { describe, expect, it } from 'vitest';
import { cellConforms, csvwMetadata, type CsvColumn } from '../../../../src/lib/open-data/csvw.ts';
import { UTF8_BOM, withBom } from '../../../../src/lib/open-data/csv-bom.ts';
import {
  PLACES_CSV_SCHEMA,
  SERVICES_CSV_SCHEMA,
  csvTableSchema,
  placesCsv,
  servicesCsv,
} from '../../../../src/lib/open-data/csv-tables.ts';
import { openDataMeta } from '../../../../src/lib/open-data/meta.ts';
import { csvColumnDescriptions } from '../../../../src/server/csv-column-labels.ts';
import { loadCatalog } from '../../../../src/server/load-catalog.ts';
import { parseCsv } from '../../../../src/import/csv.ts';

const column = (datatype: CsvColumn['datatype'], options: Partial<CsvColumn> = {}): CsvColumn => ({
  name: 'x',
  datatype,
  ...options,
});

describe('cellConforms', () => {
  it.each([
    [column('string'), 'Rīga, "centrs"', true],
    [column('string', { required: true }), '', false],
    [column('string'), '', true],
    [column('boolean'), 'true', true],
    [column('boolean'), 'yes', false],
    [column('decimal'), '-77.0365', true],
    [column('decimal'), '4,27', false],
    [column('decimal', { separator: '; ' }), '4.27; 10', true],
    [column('decimal', { separator: '; ' }), '4.27;10', false],
    [column('integer'), '1234', true],
    [column('integer'), '12.5', false],
    [column('date'), '2026-11-26', true],
    [column('date'), '26.11.2026', false],
    [column('anyURI', { separator: ' ' }), 'https://a.lv/x https://b.lv/', true],
    [column('anyURI'), 'www.a.lv', false],
  ] as const)('%j reads %j as valid: %s', (col, cell, expected) => {
    expect(cellConforms(col, cell)).toBe(expected);
  });
});

describe('the CSV downloads and their table schemas', () => {
  const catalog = loadCatalog();
  const meta = openDataMeta(catalog, 'https://example.test/', new Date('2026-11-26T12:00:00Z'));
  it.each([
    ['services', SERVICES_CSV_SCHEMA, servicesCsv(catalog, 'https://example.test/')],
    ['places', PLACES_CSV_SCHEMA, placesCsv(catalog, 'https://example.test/')],
  ] as const)(
    '%s.csv: every cell fits its column, and the metadata names the file and every column',
    (table, columns, csv) => {
      const { header, rows, problems } = parseCsv(csv, table, { delimiter: ',', quote: '"' });
      expect(problems).toEqual([]);
      expect(header).toEqual(columns.map((c) => c.name));
      for (const row of rows)
        columns.forEach((c, i) =>
          expect(cellConforms(c, row.fields[i]!), `${table} line ${row.line} ${c.name}: ${row.fields[i]}`).toBe(true),
        );
      const metadata = csvTableSchema(table, meta, csvColumnDescriptions()) as {
        url: string;
        tableSchema: { columns: { name: string }[] };
      };
      expect(metadata.url).toBe(`https://example.test/data/${table}.csv`);
      expect(metadata.tableSchema.columns.map((c) => c.name)).toEqual(header);
    },
  );

  it('writes list columns with their separator and required columns as required', () => {
    const doc = csvwMetadata({
      url: 'https://x/t.csv',
      title: { lv: 'a', en: 'b' },
      columns: [
        column('decimal', { name: 'fees', separator: '; ' }),
        column('date', { name: 'checked', required: true }),
      ],
      descriptions: {},
      licence: 'https://l/',
      modified: '2026-01-01T00:00:00Z',
    }) as { tableSchema: { columns: unknown[] } };
    expect(doc.tableSchema.columns).toEqual([
      { name: 'fees', titles: 'fees', datatype: 'decimal', separator: '; ', required: false },
      { name: 'checked', titles: 'checked', datatype: 'date', required: true },
    ]);
  });
});

describe('withBom', () => {
  it.each([
    ['a,b\r\n', `${UTF8_BOM}a,b\r\n`],
    [`${UTF8_BOM}a,b\r\n`, `${UTF8_BOM}a,b\r\n`],
  ])('%j → %j (never twice)', (csv, expected) => {
    expect(withBom(csv)).toBe(expected);
  });
});

// The re-users' data page describes each download from the download itself.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../../src/server/load-catalog.ts';
import { channelTypeLabels } from '../../../../src/server/channel-labels.ts';
import { csvColumnDescriptions } from '../../../../src/server/csv-column-labels.ts';
import { placesCsv, servicesCsv } from '../../../../src/lib/open-data/csv-tables.ts';
import { DOWNLOADS } from '../../../../src/lib/open-data/downloads.ts';
import { openDataMeta } from '../../../../src/lib/open-data/meta.ts';
import { dataFiles } from '../../../../src/lib/open-data/files.ts';

const catalog = loadCatalog();
const SITE = 'https://example.test/';
const meta = openDataMeta(catalog, SITE, new Date('2026-11-26T12:00:00Z'));
const files = dataFiles(catalog, meta, channelTypeLabels(), csvColumnDescriptions());
const byId = Object.fromEntries(files.map((f) => [f.id, f]));

describe('dataFiles', () => {
  it('describes every data download once (the schemas are linked from their file)', () => {
    const schemas = [
      DOWNLOADS.serviceSchema,
      DOWNLOADS.placeSchema,
      DOWNLOADS.servicesCsvSchema,
      DOWNLOADS.placesCsvSchema,
    ];
    expect(files.map((f) => f.path).sort()).toEqual(
      Object.values(DOWNLOADS)
        .filter((p) => !schemas.includes(p as never))
        .sort(),
    );
    expect(files.flatMap((f) => (f.schema.path.startsWith('/') ? [f.schema.path] : [])).sort()).toEqual(
      [...schemas].sort(),
    );
  });

  it.each([
    ['servicesJson', catalog.services.length],
    ['placesGeoJson', catalog.places.length],
    ['servicesCsv', catalog.services.length],
    ['placesCsv', catalog.places.length],
    ['cpsvAp', catalog.services.length],
  ] as const)('%s counts %i records and has a real example', (id, records) => {
    expect(byId[id]!.records).toBe(records);
    expect(byId[id]!.example.length).toBeGreaterThan(0);
  });

  it.each([
    ['servicesCsv', servicesCsv(catalog, SITE)],
    ['placesCsv', placesCsv(catalog, SITE)],
  ] as const)(
    "%s: the example is the file's first two lines, and every column is described in both languages",
    (id, csv) => {
      const file = byId[id]!;
      expect(file.example).toBe(csv.split('\r\n').slice(0, 2).join('\n'));
      expect(file.columns.map((c) => c.name)).toEqual(csv.split('\r\n')[0]!.split(','));
      for (const c of file.columns) expect(c.description.lv && c.description.en, c.name).toBeTruthy();
    },
  );

  it.each(['servicesJson', 'placesGeoJson', 'cpsvAp'] as const)(
    '%s: the example is valid JSON taken from the first record',
    (id) => {
      const example = JSON.parse(byId[id]!.example);
      if (id === 'servicesJson') expect(example.id).toBe(catalog.services[0]!.id);
      if (id === 'placesGeoJson') expect(example.geometry.coordinates).toHaveLength(2);
      if (id === 'cpsvAp') expect(example['@type']).toBe('cpsv:PublicService');
    },
  );
});

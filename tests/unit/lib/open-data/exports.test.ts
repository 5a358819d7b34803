// The downloads parse in their own formats and hold exactly the catalogue's records.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../../src/server/load-catalog.ts';
import { parseCsv } from '../../../../src/import/csv.ts';
import { csvField, toCsv } from '../../../../src/lib/open-data/csv.ts';
import {
  DATA_LICENCE,
  PLACES_CSV_COLUMNS,
  SERVICES_CSV_COLUMNS,
  openDataMeta,
  placesCsv,
  placesGeoJson,
  recordJsonSchema,
  servicesCsv,
  servicesJson,
} from '../../../../src/lib/open-data/exports.ts';
import { sitemapPages, sitemapXml, robotsTxt } from '../../../../src/lib/site/sitemap.ts';
import { Place, Service } from '../../../../src/lib/schema/index.ts';

const catalog = loadCatalog();
const SITE = 'https://example.test/';
const meta = openDataMeta(catalog, SITE, new Date('2026-11-26T12:00:00Z'));
const RFC4180 = { delimiter: ',', quote: '"' };

describe('csvField and toCsv (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [null, ''],
    [true, 'true'],
    [4.27, '4.27'],
    ['Rīga', 'Rīga'],
  ] as const)('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('ends every record with CRLF and refuses rows of the wrong length', () => {
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
    expect(() => toCsv(['a', 'b'], [[1]])).toThrow(/row 1 has 1 fields/);
  });

  it('round-trips awkward text through an independent parser', () => {
    const rows = [['Brīvības iela 33, Ogre', 'He said "yes"\r\nthen left', '']];
    const parsed = parseCsv(toCsv(['a', 'b', 'c'], rows), 'test.csv', RFC4180);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.map((r) => r.fields)).toEqual(rows);
  });
});

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

describe('services.json', () => {
  const data = JSON.parse(JSON.stringify(servicesJson(catalog, meta)));

  it('carries the licence, the sources and when it was made', () => {
    expect(data.licence.url).toBe(DATA_LICENCE.url);
    expect(data.sources.length).toBeGreaterThan(0);
    expect(data.generated.at).toBe('2026-11-26T12:00:00.000Z');
    expect(data.generated.counts).toEqual({
      services: catalog.services.length,
      places: catalog.places.length,
      institutions: catalog.institutions.length,
    });
  });

  it('holds every service, each valid against the project schema', () => {
    expect(data.services).toHaveLength(catalog.services.length);
    for (const service of data.services) expect(Service.safeParse(service).success, service.id).toBe(true);
  });
});

describe('places.geojson', () => {
  const data = JSON.parse(JSON.stringify(placesGeoJson(catalog, meta)));

  it('is a FeatureCollection with one Feature per place', () => {
    expect(data.type).toBe('FeatureCollection');
    expect(data.features).toHaveLength(catalog.places.length);
    expect(data.licence.id).toBe('CC-BY-4.0');
  });

  it('puts [lon, lat] points in Point geometries and null where the point is unknown', () => {
    for (const feature of data.features) {
      const place = catalog.places.find((p) => p.id === feature.id)!;
      expect(feature.type).toBe('Feature');
      if (place.coordinates)
        expect(feature.geometry).toEqual({
          type: 'Point',
          coordinates: [place.coordinates.lon, place.coordinates.lat],
        });
      else expect(feature.geometry).toBeNull();
      const { pages, ...properties } = feature.properties;
      expect(Place.safeParse(properties).success, place.id).toBe(true);
      expect(pages.lv).toContain('/lv/vietas/');
    }
  });
});

describe('JSON Schema files', () => {
  it.each([
    ['service', Service, catalog.services[0]],
    ['place', Place, catalog.places[0]],
  ] as const)("the %s schema is JSON Schema 2020-12 with the record's required fields", (kind, zodSchema, record) => {
    const schema = JSON.parse(JSON.stringify(recordJsonSchema(kind, SITE)));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`${SITE}data/schema/${kind}.schema.json`);
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    // Optional fields (an absent key stays absent, e.g. the service's staleSource) are not required;
    // a field with a default (e.g. a place's hoursPublished) is always in the published record.
    const shape = zodSchema.shape as Record<
      string,
      { safeParse: (v: unknown) => { success: boolean; data?: unknown } }
    >;
    const optional = (key: string) => {
      const parsed = shape[key]!.safeParse(undefined);
      return parsed.success && parsed.data === undefined;
    };
    const required = Object.keys(shape).filter((key) => !optional(key));
    expect([...schema.required].sort()).toEqual(required.sort());
    expect(Object.keys(record!).every((key) => key in schema.properties)).toBe(true);
  });
});

describe('sitemap.xml and robots.txt', () => {
  const pages = sitemapPages(catalog);
  const xml = sitemapXml(pages, SITE);

  it('lists every page in both languages, each with lv, en and x-default alternates', () => {
    const urls = xml.match(/<url>/g) ?? [];
    expect(urls).toHaveLength(pages.length * 2);
    expect(xml.match(/hreflang="lv"/g)).toHaveLength(pages.length * 2);
    expect(xml.match(/hreflang="en"/g)).toHaveLength(pages.length * 2);
    expect(xml.match(/hreflang="x-default"/g)).toHaveLength(pages.length * 2);
    expect(pages.filter((p) => p.kind === 'service')).toHaveLength(catalog.services.length);
    expect(pages.filter((p) => p.kind === 'place')).toHaveLength(catalog.places.length);
  });

  it('names the sitemap in robots.txt by its absolute URL', () => {
    expect(robotsTxt(SITE)).toContain('Sitemap: https://example.test/sitemap.xml');
  });
});

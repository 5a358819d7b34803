// services.json, places.geojson and the JSON Schema files hold exactly the catalogue's records, each
// valid against the project schema.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../../src/server/load-catalog.ts';
import { placesGeoJson, recordJsonSchema, servicesJson } from '../../../../src/lib/open-data/json.ts';
import { DATA_LICENCE, openDataMeta } from '../../../../src/lib/open-data/meta.ts';
import { Place, Service } from '../../../../src/lib/schema/index.ts';

const catalog = loadCatalog();
const SITE = 'https://example.test/';
const meta = openDataMeta(catalog, SITE, new Date('2026-11-26T12:00:00Z'));

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

// The JSON downloads: services.json (the records in the project's schema), places.geojson
// (RFC 7946) and the JSON Schema of a record, generated from the zod schema that validates the data.
// Pure conversions; the endpoints in src/pages/data/ only call them.
import { z } from 'zod';
import type { Catalog } from '../catalog/validate.ts';
import { Place, Service } from '../schema/index.ts';
import { absoluteUrl, DOWNLOADS, pageUrls } from './downloads.ts';
import type { OpenDataMeta } from './meta.ts';

/** services.json: every service and institution exactly in the project's schema, plus licence and sources. */
export function servicesJson(catalog: Catalog, meta: OpenDataMeta) {
  return {
    ...meta,
    schema: absoluteUrl(meta.generated.site, DOWNLOADS.serviceSchema),
    services: catalog.services,
    institutions: catalog.institutions,
    lifeSituations: catalog.lifeSituations,
  };
}

/** places.geojson: an RFC 7946 FeatureCollection; a place without a known point has geometry null. */
export function placesGeoJson(catalog: Catalog, meta: OpenDataMeta) {
  return {
    type: 'FeatureCollection' as const,
    ...meta,
    schema: absoluteUrl(meta.generated.site, DOWNLOADS.placeSchema),
    features: catalog.places.map((place) => ({
      type: 'Feature' as const,
      id: place.id,
      geometry: place.coordinates
        ? { type: 'Point' as const, coordinates: [place.coordinates.lon, place.coordinates.lat] }
        : null,
      properties: { ...place, pages: pageUrls(meta.generated.site, 'place', place.id) },
    })),
  };
}

/** A JSON Schema (draft 2020-12) of one record, generated from the zod schema that validates the data. */
export function recordJsonSchema(kind: 'service' | 'place', siteUrl: string | URL): Record<string, unknown> {
  const schema = z.toJSONSchema(kind === 'service' ? Service : Place, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
  });
  const path = kind === 'service' ? DOWNLOADS.serviceSchema : DOWNLOADS.placeSchema;
  return {
    ...schema,
    $id: absoluteUrl(siteUrl, path),
    title: kind === 'service' ? 'Pieejams service' : 'Pieejams place',
  };
}

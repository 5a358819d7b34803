// The catalogue as open-data downloads: JSON in the project's schema, GeoJSON, CSV,
// JSON Schema (the CPSV-AP 3.2.0 JSON-LD export is cpsv-ap.ts). Pure conversions; the endpoints in
// src/pages/data/ only call them. Time is an argument (`generatedAt`), never read here.
import { z } from 'zod';
import type { Catalog } from '../catalog/validate.ts';
import { Place, Service, type Channel, type ChannelType, type LocalizedText } from '../schema/index.ts';
import { institutionOf, municipalityByAtvk } from '../catalog/catalog.ts';
import { toCsv } from './csv.ts';
import { csvColumns, csvwMetadata, type CsvColumn } from './csvw.ts';
import { pathFor, type Lang } from '../site/routes.ts';

/** The site's address with a trailing slash, e.g. "https://pieejams.lv/". */
function siteBase(siteUrl: string | URL): string {
  const href = new URL(siteUrl).href;
  return href.endsWith('/') ? href : `${href}/`;
}

export function absoluteUrl(siteUrl: string | URL, path: string): string {
  return new URL(path.replace(/^\//, ''), siteBase(siteUrl)).href;
}

/** Where every download lives on the site; the about page and the tests use these paths. */
export const DOWNLOADS = {
  servicesJson: '/data/services.json',
  placesGeoJson: '/data/places.geojson',
  servicesCsv: '/data/services.csv',
  placesCsv: '/data/places.csv',
  serviceSchema: '/data/schema/service.schema.json',
  placeSchema: '/data/schema/place.schema.json',
  cpsvAp: '/data/cpsv-ap.jsonld',
  servicesCsvSchema: '/data/services.csv-metadata.json',
  placesCsvSchema: '/data/places.csv-metadata.json',
} as const;

/** Licence of the compiled data. Inputs are CC BY 4.0 (VZD, GeoNames) and MIT (python-holidays), which allow it. */
export const DATA_LICENCE = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'Pieejams (pieejams.lv), compiled from the sources listed in "sources" and in each record.',
} as const;

/** Upstream sources of the whole data set; each record also lists its own sources. */
export const DATA_SOURCES = [
  {
    title: 'Valsts zemes dienests, Valsts adrešu reģistra atvērtie dati',
    url: 'https://data.gov.lv/dati/lv/dataset/varis-atvertie-dati',
    licence: 'CC BY 4.0',
    used: 'municipalities and towns; we keep current records and add English names and centre points',
  },
  {
    title: 'GeoNames, geonames.org',
    url: 'https://www.geonames.org/',
    licence: 'CC BY 4.0',
    used: 'postcodes, settlements and their coordinates',
  },
  {
    title: 'python-holidays',
    url: 'https://github.com/vacanza/holidays',
    licence: 'MIT',
    used: 'Latvian public holidays and transferred days off',
  },
  {
    title: 'Latvija.gov.lv and the websites of institutions and municipalities',
    url: 'https://www.latvija.gov.lv/',
    licence: null,
    used: 'facts about services and places; every record cites its pages in "sources" with the date checked',
  },
] as const;

export interface OpenDataMeta {
  licence: typeof DATA_LICENCE;
  sources: typeof DATA_SOURCES;
  generated: {
    /** When the file was built (ISO 8601). */
    at: string;
    /** The site the file belongs to. */
    site: string;
    /** Oldest and newest "checked" dates of the records in the file. */
    checkedFrom: string | null;
    checkedTo: string | null;
    counts: { services: number; places: number; institutions: number };
  };
}

export function openDataMeta(catalog: Catalog, siteUrl: string | URL, generatedAt: Date): OpenDataMeta {
  const checked = [...catalog.services, ...catalog.places, ...catalog.institutions].map((r) => r.checked).sort();
  return {
    licence: DATA_LICENCE,
    sources: DATA_SOURCES,
    generated: {
      at: generatedAt.toISOString(),
      site: siteBase(siteUrl),
      checkedFrom: checked[0] ?? null,
      checkedTo: checked.at(-1) ?? null,
      counts: {
        services: catalog.services.length,
        places: catalog.places.length,
        institutions: catalog.institutions.length,
      },
    },
  };
}

const pageUrls = (siteUrl: string | URL, kind: 'service' | 'place', slug: string): Record<Lang, string> => ({
  lv: absoluteUrl(siteUrl, pathFor('lv', { kind, slug })),
  en: absoluteUrl(siteUrl, pathFor('en', { kind, slug })),
});

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

const join = (values: readonly (string | number)[]): string => values.join('; ');
const channelTypes = (channels: readonly Channel[]): string => [...new Set(channels.map((c) => c.type))].join(' ');
const sourceUrls = (r: { sources: readonly { url: string }[] }): string => r.sources.map((s) => s.url).join(' ');

/** services.csv's columns, in order, with their CSVW datatypes (published as services.csv-metadata.json). */
export const SERVICES_CSV_SCHEMA = csvColumns([
  ['id', 'string', { required: true }],
  ['name_lv', 'string', { required: true }],
  ['name_en', 'string', { required: true }],
  ['name_en_origin', 'string', { required: true }],
  ['institution', 'string', { required: true }],
  ['institution_name_lv', 'string', { required: true }],
  ['kind', 'string'],
  ['catalog_id', 'integer'],
  ['free', 'boolean'],
  ['fees_eur', 'decimal', { separator: '; ' }],
  ['processing_time_lv', 'string'],
  ['processing_time_en', 'string'],
  ['request_channels', 'string', { separator: ' ' }],
  ['receipt_channels', 'string', { separator: ' ' }],
  ['scope', 'string', { required: true }],
  ['from_abroad', 'boolean'],
  ['foreign_eid', 'boolean'],
  ['help_phone', 'string'],
  ['page_lv', 'anyURI', { required: true }],
  ['page_en', 'anyURI', { required: true }],
  ['checked', 'date', { required: true }],
  ['sources', 'anyURI', { separator: ' ', required: true }],
]);
export const SERVICES_CSV_COLUMNS = SERVICES_CSV_SCHEMA.map((c) => c.name);

/** services.csv: one row per service; lists inside a cell are joined with "; " (channel types with spaces). */
export function servicesCsv(catalog: Catalog, siteUrl: string | URL): string {
  const rows = catalog.services.map((s) => {
    const pages = pageUrls(siteUrl, 'service', s.slug);
    return [
      s.id,
      s.name.lv,
      s.name.en.text,
      s.name.en.origin,
      s.institution,
      institutionOf(catalog, s).name.lv,
      s.kind,
      s.catalogId,
      s.free,
      join(s.fees.flatMap((f) => (f.amountEur === null ? [] : [f.amountEur]))),
      s.processingTime?.lv ?? null,
      s.processingTime?.en ?? null,
      channelTypes(s.requestChannels),
      channelTypes(s.receiptChannels),
      s.scope.tier,
      s.crossBorder.fromAbroad,
      s.crossBorder.foreignEid,
      s.helpPhone,
      pages.lv,
      pages.en,
      s.checked,
      sourceUrls(s),
    ];
  });
  return toCsv(SERVICES_CSV_COLUMNS, rows);
}

/** places.csv's columns, in order, with their CSVW datatypes (published as places.csv-metadata.json). */
export const PLACES_CSV_SCHEMA = csvColumns([
  ['id', 'string', { required: true }],
  ['type', 'string', { required: true }],
  ['name_lv', 'string', { required: true }],
  ['name_en', 'string', { required: true }],
  ['name_en_origin', 'string', { required: true }],
  ['institution', 'string'],
  ['address', 'string'],
  ['postcode', 'string'],
  ['municipality_atvk', 'string'],
  ['municipality_lv', 'string'],
  ['country', 'string', { required: true }],
  ['city', 'string'],
  ['lat', 'decimal'],
  ['lon', 'decimal'],
  ['precision', 'string'],
  ['opening_hours', 'string'],
  ['phone', 'string'],
  ['email', 'string'],
  ['appointment_url', 'anyURI'],
  ['step_free', 'boolean'],
  ['accessible_toilet', 'boolean'],
  ['parking', 'boolean'],
  ['hearing_loop', 'boolean'],
  ['sign_language', 'boolean'],
  ['languages', 'string', { separator: ' ' }],
  ['page_lv', 'anyURI', { required: true }],
  ['page_en', 'anyURI', { required: true }],
  ['checked', 'date', { required: true }],
  ['sources', 'anyURI', { separator: ' ', required: true }],
]);
export const PLACES_CSV_COLUMNS = PLACES_CSV_SCHEMA.map((c) => c.name);

/** places.csv: one row per place; coordinates WGS-84 with a dot decimal; unknown is an empty cell. */
export function placesCsv(catalog: Catalog, siteUrl: string | URL): string {
  const rows = catalog.places.map((p) => {
    const pages = pageUrls(siteUrl, 'place', p.id);
    return [
      p.id,
      p.type,
      p.name.lv,
      p.name.en.text,
      p.name.en.origin,
      p.institution,
      p.address,
      p.postcode,
      p.municipality,
      municipalityByAtvk(catalog, p.municipality)?.name.lv ?? null,
      p.country,
      p.city,
      p.coordinates?.lat ?? null,
      p.coordinates?.lon ?? null,
      p.coordinates?.precision ?? null,
      p.openingHours,
      p.phone,
      p.email,
      p.appointmentUrl,
      p.access.stepFree,
      p.access.accessibleToilet,
      p.access.parking,
      p.access.hearingLoop,
      p.access.signLanguage,
      p.languages.join(' '),
      pages.lv,
      pages.en,
      p.checked,
      sourceUrls(p),
    ];
  });
  return toCsv(PLACES_CSV_COLUMNS, rows);
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

/** Names of channel types in both languages (from the UI strings), for exports that label them. */
export type ChannelTypeLabels = Record<ChannelType, LocalizedText>;

/** What each CSV column holds, per column name, in both languages (from the UI strings). */
export type CsvColumnDescriptions = Record<string, LocalizedText>;

const CSV_TABLES: Record<'services' | 'places', { path: string; columns: readonly CsvColumn[]; title: LocalizedText }> =
  {
    services: {
      path: DOWNLOADS.servicesCsv,
      columns: SERVICES_CSV_SCHEMA,
      title: { lv: 'Pieejams: pakalpojumi', en: 'Pieejams: services' },
    },
    places: {
      path: DOWNLOADS.placesCsv,
      columns: PLACES_CSV_SCHEMA,
      title: { lv: 'Pieejams: vietas', en: 'Pieejams: places' },
    },
  };

/** services.csv-metadata.json / places.csv-metadata.json: the CSV's table schema in CSVW. */
export function csvTableSchema(
  table: 'services' | 'places',
  meta: OpenDataMeta,
  descriptions: CsvColumnDescriptions,
): Record<string, unknown> {
  const { path, columns, title } = CSV_TABLES[table];
  return csvwMetadata({
    url: absoluteUrl(meta.generated.site, path),
    title,
    columns,
    descriptions,
    licence: meta.licence.url,
    modified: meta.generated.at,
  });
}

// The CSV downloads: services.csv and places.csv, one row per record, their columns with CSVW
// datatypes, and the CSVW table schema published beside each (…csv-metadata.json).
// Pure conversions; the endpoints in src/pages/data/ only call them.
import type { Catalog } from '../catalog/validate.ts';
import type { Channel, LocalizedText } from '../schema/index.ts';
import { institutionOf, municipalityByAtvk } from '../catalog/catalog.ts';
import { toCsv } from './csv.ts';
import { csvColumns, csvwMetadata, type CsvColumn } from './csvw.ts';
import { absoluteUrl, DOWNLOADS, pageUrls } from './downloads.ts';
import type { OpenDataMeta } from './meta.ts';

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

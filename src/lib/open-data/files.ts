// What the re-users' data page says about each download: format, standard, schema, number of
// records, columns (for a CSV) and a short real example, all taken from the exports themselves
// so the page cannot drift from the files. Pure: the page passes catalogue, metadata and labels.
import type { Catalog } from '../catalog/validate.ts';
import {
  PLACES_CSV_SCHEMA,
  SERVICES_CSV_SCHEMA,
  placesCsv,
  servicesCsv,
  type CsvColumnDescriptions,
} from './csv-tables.ts';
import { DOWNLOADS } from './downloads.ts';
import { placesGeoJson, servicesJson } from './json.ts';
import { type ChannelTypeLabels, type OpenDataMeta } from './meta.ts';
import type { CsvColumn } from './csvw.ts';
import { cpsvApJsonLd } from './cpsv-ap.ts';

export type DataFileId = 'servicesJson' | 'placesGeoJson' | 'servicesCsv' | 'placesCsv' | 'cpsvAp';

export interface DataFile {
  id: DataFileId;
  /** Site-absolute path of the download. */
  path: string;
  mediaType: string;
  /** The standard the file follows, with the address of its specification. */
  standard: { name: string; url: string };
  /** The file's own schema on this site (JSON Schema or CSVW), or the official shapes elsewhere. */
  schema: { path: string; name: string };
  /** Records: services, or places, in the file. */
  records: number;
  recordKind: 'services' | 'places';
  /** For a CSV: its columns with what each holds. */
  columns: (CsvColumn & { description: { lv: string; en: string } })[];
  /** The start of the real file, or one real record of it (JSON shortened to its first keys). */
  example: string;
  /** Whether `example` leaves parts of the record out. */
  exampleShortened: boolean;
}

/** A record with only the given keys, in that order (the page says the example is shortened). */
function pick(record: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => k in record).map((k) => [k, record[k]]));
}

/** The header and first data row of a CSV text. */
const csvHead = (csv: string): string => csv.split('\r\n').slice(0, 2).join('\n');

export function dataFiles(
  catalog: Catalog,
  meta: OpenDataMeta,
  labels: ChannelTypeLabels,
  descriptions: CsvColumnDescriptions,
): DataFile[] {
  const site = meta.generated.site;
  const described = (columns: readonly CsvColumn[]) =>
    columns.map((c) => ({ ...c, description: descriptions[c.name] ?? { lv: '', en: '' } }));
  const json = (value: unknown) => JSON.stringify(value, null, 2);

  const service = servicesJson(catalog, meta).services[0];
  const feature = placesGeoJson(catalog, meta).features.find((f) => f.geometry !== null);
  const cpsv = cpsvApJsonLd(catalog, meta, labels)['@graph'].find((n) => n['@type'] === 'cpsv:PublicService') as
    Record<string, unknown> | undefined;
  const first = (list: unknown): unknown[] => (Array.isArray(list) ? list.slice(0, 1) : []);

  return [
    {
      id: 'servicesJson',
      path: DOWNLOADS.servicesJson,
      mediaType: 'application/json',
      standard: { name: 'JSON (RFC 8259)', url: 'https://www.rfc-editor.org/rfc/rfc8259' },
      schema: { path: DOWNLOADS.serviceSchema, name: 'JSON Schema 2020-12' },
      records: catalog.services.length,
      recordKind: 'services',
      columns: [],
      example: service
        ? json(
            pick(service as unknown as Record<string, unknown>, [
              'id',
              'slug',
              'name',
              'institution',
              'kind',
              'free',
              'fees',
              'checked',
            ]),
          )
        : '',
      exampleShortened: true,
    },
    {
      id: 'placesGeoJson',
      path: DOWNLOADS.placesGeoJson,
      mediaType: 'application/geo+json',
      standard: { name: 'GeoJSON (RFC 7946)', url: 'https://www.rfc-editor.org/rfc/rfc7946' },
      schema: { path: DOWNLOADS.placeSchema, name: 'JSON Schema 2020-12' },
      records: catalog.places.length,
      recordKind: 'places',
      columns: [],
      example: feature
        ? json({
            ...feature,
            properties: pick(feature.properties, ['id', 'type', 'name', 'address', 'country', 'coordinates']),
          })
        : '',
      exampleShortened: true,
    },
    {
      id: 'servicesCsv',
      path: DOWNLOADS.servicesCsv,
      mediaType: 'text/csv',
      standard: { name: 'CSV (RFC 4180)', url: 'https://www.rfc-editor.org/rfc/rfc4180' },
      schema: { path: DOWNLOADS.servicesCsvSchema, name: 'CSVW' },
      records: catalog.services.length,
      recordKind: 'services',
      columns: described(SERVICES_CSV_SCHEMA),
      example: csvHead(servicesCsv(catalog, site)),
      exampleShortened: false,
    },
    {
      id: 'placesCsv',
      path: DOWNLOADS.placesCsv,
      mediaType: 'text/csv',
      standard: { name: 'CSV (RFC 4180)', url: 'https://www.rfc-editor.org/rfc/rfc4180' },
      schema: { path: DOWNLOADS.placesCsvSchema, name: 'CSVW' },
      records: catalog.places.length,
      recordKind: 'places',
      columns: described(PLACES_CSV_SCHEMA),
      example: csvHead(placesCsv(catalog, site)),
      exampleShortened: false,
    },
    {
      id: 'cpsvAp',
      path: DOWNLOADS.cpsvAp,
      mediaType: 'application/ld+json',
      standard: { name: 'CPSV-AP 3.2.0 (JSON-LD)', url: 'https://semiceu.github.io/CPSV-AP/releases/3.2.0/' },
      schema: {
        path: 'https://github.com/SEMICeu/CPSV-AP/blob/master/releases/3.2.0/shacl/cpsv-ap-SHACL.ttl',
        name: 'SHACL (SEMIC)',
      },
      records: catalog.services.length,
      recordKind: 'services',
      columns: [],
      example: cpsv
        ? json({
            ...pick(cpsv, ['@id', '@type', 'dct:identifier', 'dct:title', 'cv:hasCompetentAuthority', 'dct:spatial']),
            'cv:hasChannel': first(cpsv['cv:hasChannel']),
            'cv:hasCost': first(cpsv['cv:hasCost']),
          })
        : '',
      exampleShortened: true,
    },
  ];
}

import { z } from 'zod';
import { Atvk, HttpsUrl, IsoDate, LocalizedText, Provenance, Slug } from './common.ts';
import { Coordinates } from './place.ts';

/** A municipality (novads or state city); 42 since 1 July 2025. */
export const Municipality = z
  .strictObject({
    atvk: Atvk.describe('Current ATVK code.'),
    slug: Slug.describe('URL segment, e.g. "madonas-novads".'),
    name: LocalizedText.describe('Name, e.g. "Madonas novads" / "Madona Municipality".'),
    kind: z.enum(['novads', 'valstspilseta']).describe('novads: municipality; valstspilseta: state city.'),
    centre: Coordinates.describe('A point for the municipality (its administrative centre).'),
    aliases: z
      .array(
        z.strictObject({
          name: z.string().min(1).describe('Former or alternative name.'),
          atvk: Atvk.nullable().describe('Former ATVK code, or null.'),
        }),
      )
      .describe('Names and codes older sources use, e.g. Varakļānu novads.'),
    ...Provenance,
  })
  .describe('A municipality.');
export type Municipality = z.infer<typeof Municipality>;

/** Where gazetteer entries come from; a short key per entry keeps the file small. */
export const GAZETTEER_SOURCES = {
  vzd: {
    url: 'https://data.gov.lv/dati/lv/dataset/varis-atvertie-dati',
    title: 'Valsts zemes dienests, Valsts adrešu reģistra atvērtie dati (CC BY 4.0)',
  },
  geonames: {
    url: 'https://download.geonames.org/export/zip/',
    title: 'GeoNames postal codes and gazetteer, geonames.org (CC BY 4.0)',
  },
} as const;

/** A named place people type to say where they are: town, parish, village or postcode. */
export const GazetteerEntry = z
  .strictObject({
    id: Slug.describe('Stable id.'),
    name: z.string().min(1).describe('Name as written locally, e.g. "Rūjiena" or "LV-4240".'),
    kind: z.enum(['city', 'town', 'parish', 'village', 'postcode']).describe('What sort of place it is.'),
    municipality: Atvk.describe('ATVK of the municipality it lies in.'),
    lat: z.number().min(55.6).max(58.1).describe('Latitude, WGS-84.'),
    lon: z.number().min(20.9).max(28.3).describe('Longitude, WGS-84.'),
    precision: z.enum(['exact', 'postcode', 'settlement']).describe('How the point was found.'),
    source: z
      .enum(['vzd', 'geonames'])
      .describe('vzd: VZD address register (GAZETTEER_SOURCES.vzd); geonames: GeoNames postal codes and dump.'),
    checked: IsoDate.describe('The date the entry was imported from its source.'),
  })
  .describe('A gazetteer entry.');
export type GazetteerEntry = z.infer<typeof GazetteerEntry>;

/** A day that changes opening hours: public holiday, transferred day off, working Saturday. */
export const SpecialDay = z
  .strictObject({
    date: IsoDate.describe('The day.'),
    kind: z.enum(['holiday', 'transferred-day-off', 'working-saturday']).describe('What happens that day.'),
    name: LocalizedText.describe('Name of the day.'),
    source: HttpsUrl.describe('Where it is stated.'),
    checked: IsoDate.describe('The date it was checked against the source.'),
  })
  .describe('A special day.');
export type SpecialDay = z.infer<typeof SpecialDay>;

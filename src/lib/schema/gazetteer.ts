// The gazetteer: the towns, parishes, villages and postcodes people type to say where they are.
import { z } from 'zod';
import { Atvk, IsoDate, Slug } from './common.ts';

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

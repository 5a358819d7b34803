// What every open-data download says about itself: the licence of the compiled data, the
// upstream sources, when and for which site it was generated, and how many records it holds.
// Time is an argument (`generatedAt`), never read here.
import type { Catalog } from '../catalog/validate.ts';
import type { ChannelType, LocalizedText } from '../schema/index.ts';
import { siteBase } from './downloads.ts';

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

/** Names of channel types in both languages (from the UI strings), for exports that label them. */
export type ChannelTypeLabels = Record<ChannelType, LocalizedText>;

// Where the open-data downloads live on the site, and the absolute addresses they and the pages
// link to: the download paths (the about page and the tests use them too) and each record's pages.
import { pathFor, type Lang } from '../site/routes.ts';

/** The site's address with a trailing slash, e.g. "https://pieejams.lv/". */
export function siteBase(siteUrl: string | URL): string {
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

/** The record's page in both languages, as absolute URLs (the downloads link every record to them). */
export const pageUrls = (siteUrl: string | URL, kind: 'service' | 'place', slug: string): Record<Lang, string> => ({
  lv: absoluteUrl(siteUrl, pathFor('lv', { kind, slug })),
  en: absoluteUrl(siteUrl, pathFor('en', { kind, slug })),
});

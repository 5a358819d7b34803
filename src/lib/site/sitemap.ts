// sitemap.xml (https://www.sitemaps.org/protocol.html) with a hreflang alternate for every page
// in both languages (https://developers.google.com/search/docs/specialty/international/localized-versions#sitemap).
import type { Catalog } from '../catalog/validate.ts';
import { LANGS, alternatePaths, type PageRef } from './routes.ts';
import { absoluteUrl } from '../open-data/downloads.ts';

/**
 * Every page the site builds in both languages. Not listed: the 404 page, the "/" redirect and the
 * filtered lists (servicesFilter, lifeSituationFilter), which repeat the pages they filter.
 */
export function sitemapPages(catalog: Catalog): PageRef[] {
  return [
    { kind: 'home' },
    { kind: 'services' },
    ...catalog.services.map((s): PageRef => ({ kind: 'service', slug: s.slug })),
    ...catalog.services.map((s): PageRef => ({ kind: 'servicePlaces', slug: s.slug })),
    ...catalog.places.map((p): PageRef => ({ kind: 'place', slug: p.id })),
    { kind: 'municipalities' },
    ...catalog.municipalities.map((m): PageRef => ({ kind: 'municipality', slug: m.slug })),
    ...catalog.lifeSituations.map((l): PageRef => ({ kind: 'lifeSituation', slug: l.id })),
    { kind: 'accessReport' },
    { kind: 'accessReportTerritory' },
    ...catalog.institutions
      .filter((i) => catalog.services.some((s) => s.institution === i.id))
      .map((i): PageRef => ({ kind: 'accessReportInstitution', slug: i.id })),
    { kind: 'about' },
    { kind: 'openData' },
    { kind: 'accessibility' },
  ];
}

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** One <url> per page and language; each lists both languages and x-default (Latvian) as alternates. */
export function sitemapXml(pages: readonly PageRef[], siteUrl: string | URL): string {
  const urls = pages.flatMap((page) => {
    const paths = alternatePaths(page);
    const links = [
      ...LANGS.map(
        (l) => `    <xhtml:link rel="alternate" hreflang="${l}" href="${escapeXml(absoluteUrl(siteUrl, paths[l]))}"/>`,
      ),
      `    <xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(absoluteUrl(siteUrl, paths.lv))}"/>`,
    ].join('\n');
    return LANGS.map(
      (lang) => `  <url>\n    <loc>${escapeXml(absoluteUrl(siteUrl, paths[lang]))}</loc>\n${links}\n  </url>`,
    );
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/** robots.txt: everything may be crawled; the sitemap is named with its absolute URL. */
export function robotsTxt(siteUrl: string | URL): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(siteUrl, '/sitemap.xml')}\n`;
}

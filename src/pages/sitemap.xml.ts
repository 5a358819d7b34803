// /sitemap.xml: every page in both languages with hreflang alternates.
import type { APIRoute } from 'astro';
import { loadCatalog } from '../server/load-catalog.ts';
import { sitemapPages, sitemapXml } from '../lib/site/sitemap.ts';
import { siteUrl } from '../server/site.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(sitemapXml(sitemapPages(loadCatalog()), siteUrl({ site })), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });

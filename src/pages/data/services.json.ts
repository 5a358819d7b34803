// /data/services.json: every service and institution in the project's schema, with licence and sources.
import type { APIRoute } from 'astro';
import { loadCatalog } from '../../server/load-catalog.ts';
import { downloadMeta } from '../../server/open-data-meta.ts';
import { servicesJson } from '../../lib/open-data/json.ts';
import { siteUrl } from '../../server/site.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(servicesJson(loadCatalog(), downloadMeta(siteUrl({ site }))), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });

// /data/services.csv: one row per service, RFC 4180, UTF-8 with a byte-order mark; its CSVW table schema is /data/services.csv-metadata.json.
import type { APIRoute } from 'astro';
import { loadCatalog } from '../../server/load-catalog.ts';
import { servicesCsv } from '../../lib/open-data/csv-tables.ts';
import { withBom } from '../../lib/open-data/csv-bom.ts';
import { siteUrl } from '../../server/site.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(withBom(servicesCsv(loadCatalog(), siteUrl({ site }))), {
    headers: { 'content-type': 'text/csv; charset=utf-8; header=present' },
  });

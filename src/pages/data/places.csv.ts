// /data/places.csv: one row per place, RFC 4180, UTF-8 with a byte-order mark; its CSVW table schema is /data/places.csv-metadata.json.
import type { APIRoute } from 'astro';
import { loadCatalog } from '../../server/load-catalog.ts';
import { placesCsv } from '../../lib/open-data/csv-tables.ts';
import { withBom } from '../../lib/open-data/csv-bom.ts';
import { siteUrl } from '../../server/site.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(withBom(placesCsv(loadCatalog(), siteUrl({ site }))), {
    headers: { 'content-type': 'text/csv; charset=utf-8; header=present' },
  });

// /data/services.csv: one row per service, RFC 4180 (licence and sources are on the about page).
import type { APIRoute } from 'astro';
import { loadCatalog } from '../../server/load-catalog.ts';
import { servicesCsv } from '../../lib/open-data.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(servicesCsv(loadCatalog(), site ?? 'https://pieejams.lv'), { headers: { 'content-type': 'text/csv; charset=utf-8; header=present' } });

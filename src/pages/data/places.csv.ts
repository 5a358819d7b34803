// /data/places.csv: one row per place, RFC 4180 (licence and sources are on the about page).
import type { APIRoute } from 'astro';
import { loadCatalog } from '../../server/load-catalog.ts';
import { placesCsv } from '../../lib/open-data.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(placesCsv(loadCatalog(), site ?? 'https://pieejams.lv'), { headers: { 'content-type': 'text/csv; charset=utf-8; header=present' } });

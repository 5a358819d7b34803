// /data/gazetteer-compact.json: towns, parishes, villages and postcodes as
// [name, kind, ATVK, lat, lon] rows, for "where are you?" (src/lib/places/client-files.ts).
import type { APIRoute } from 'astro';
import { loadCatalog } from '../../server/load-catalog.ts';
import { buildGazetteerFile } from '../../lib/places/client-files.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildGazetteerFile(loadCatalog().gazetteer)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });

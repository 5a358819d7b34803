// /data/places-compact.json: the places in Latvia with compact hours, which places offer each
// service, and the special-days calendar — fetched by the NearestPlaces island when a person
// starts choosing where they are (src/lib/places/client-files.ts).
import type { APIRoute } from 'astro';
import { loadCatalog } from '../../server/load-catalog.ts';
import { buildPlacesFile } from '../../lib/places/client-files.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildPlacesFile(loadCatalog())), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });

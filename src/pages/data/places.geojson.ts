// /data/places.geojson: every place as a GeoJSON Feature (geometry null where the point is unknown).
import type { APIRoute } from 'astro';
import { loadCatalog } from '../../server/load-catalog.ts';
import { downloadMeta } from '../../server/open-data-meta.ts';
import { placesGeoJson } from '../../lib/open-data/json.ts';
import { siteUrl } from '../../server/site.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(placesGeoJson(loadCatalog(), downloadMeta(siteUrl({ site }))), null, 2), {
    headers: { 'content-type': 'application/geo+json; charset=utf-8' },
  });

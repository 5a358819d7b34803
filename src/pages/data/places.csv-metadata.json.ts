// /data/places.csv-metadata.json: the table schema of places.csv in CSVW, where CSVW readers look for it.
import type { APIRoute } from 'astro';
import { downloadMeta } from '../../server/open-data-meta.ts';
import { csvColumnDescriptions } from '../../server/csv-column-labels.ts';
import { csvTableSchema } from '../../lib/open-data/csv-tables.ts';
import { siteUrl } from '../../server/site.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(
    JSON.stringify(csvTableSchema('places', downloadMeta(siteUrl({ site })), csvColumnDescriptions()), null, 2),
    { headers: { 'content-type': 'application/csvm+json; charset=utf-8' } },
  );

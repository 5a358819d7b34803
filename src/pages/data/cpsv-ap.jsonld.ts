// /data/cpsv-ap.jsonld: the catalogue as CPSV-AP 3.2.0 JSON-LD for EU interoperability.
import type { APIRoute } from 'astro';
import { loadCatalog } from '../../server/load-catalog.ts';
import { channelTypeLabels } from '../../server/channel-labels.ts';
import { downloadMeta } from '../../server/open-data-meta.ts';
import { cpsvApJsonLd } from '../../lib/open-data/cpsv-ap.ts';
import { siteUrl } from '../../server/site.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(
    JSON.stringify(cpsvApJsonLd(loadCatalog(), downloadMeta(siteUrl({ site })), channelTypeLabels()), null, 2),
    { headers: { 'content-type': 'application/ld+json; charset=utf-8' } },
  );

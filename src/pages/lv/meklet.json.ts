// The search index of the lv pages: compact records with folded text, fetched by the
// search island on first focus (never in the page's initial JavaScript).
import type { APIRoute } from 'astro';
import { loadCatalog } from '../../server/load-catalog.ts';
import { buildSearchIndex } from '../../lib/search.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildSearchIndex(loadCatalog(), 'lv')), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

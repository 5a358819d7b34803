// The search index of the lv pages: compact records with folded text (packSearchIndex), fetched by the
// search island on first focus (never in the page's initial JavaScript).
import type { APIRoute } from 'astro';
import { loadCatalog } from '../../server/load-catalog.ts';
import { buildSearchIndex } from '../../lib/search/records.ts';
import { packSearchIndex } from '../../lib/search/index-file.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(packSearchIndex(buildSearchIndex(loadCatalog(), 'lv'))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

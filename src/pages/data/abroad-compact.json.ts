// /data/abroad-compact.json: countries (named in Latvian and English) and main cities abroad,
// for "where are you?" when a person is outside Latvia (src/lib/access/abroad.ts).
import type { APIRoute } from 'astro';
import { abroadFile } from '../../server/abroad-cities.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(abroadFile()), { headers: { 'content-type': 'application/json; charset=utf-8' } });

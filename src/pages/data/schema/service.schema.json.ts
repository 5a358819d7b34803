// /data/schema/service.schema.json: JSON Schema of one service, generated from the zod schema.
import type { APIRoute } from 'astro';
import { recordJsonSchema } from '../../../lib/open-data/exports.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(recordJsonSchema('service', site ?? 'https://pieejams.lv'), null, 2), { headers: { 'content-type': 'application/schema+json; charset=utf-8' } });

// The access report of the whole catalogue as JSON, the same rows as the CSV (reportJsonResponse in src/server/page-data.ts).
import type { APIRoute } from 'astro';
import { reportJsonResponse } from '../../server/page-data.ts';

export const GET: APIRoute = () => reportJsonResponse('lv');

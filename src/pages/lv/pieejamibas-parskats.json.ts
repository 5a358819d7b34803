// The access report of the whole catalogue as JSON, the same rows as the CSV (reportJsonResponse in src/server/report-download.ts).
import type { APIRoute } from 'astro';
import { reportJsonResponse } from '../../server/report-download.ts';

export const GET: APIRoute = () => reportJsonResponse('lv');

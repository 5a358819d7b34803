// The access report of the whole catalogue as CSV (reportCsvResponse in src/server/page-data.ts).
import type { APIRoute } from 'astro';
import { reportCsvResponse } from '../../server/page-data.ts';

export const GET: APIRoute = () => reportCsvResponse('lv');

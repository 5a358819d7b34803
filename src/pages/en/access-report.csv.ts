// The access report of the whole catalogue as CSV (reportCsvResponse in src/server/report-download.ts).
import type { APIRoute } from 'astro';
import { reportCsvResponse } from '../../server/report-download.ts';

export const GET: APIRoute = () => reportCsvResponse('en');

// The access report of one institution as CSV (reportCsvResponse in src/server/report-download.ts).
import type { APIRoute } from 'astro';
import { reportInstitutionParams } from '../../../server/page-data.ts';
import { reportCsvResponse } from '../../../server/report-download.ts';

export const getStaticPaths = () => reportInstitutionParams();
export const GET: APIRoute = ({ props }) => reportCsvResponse('en', (props as { id: string }).id);

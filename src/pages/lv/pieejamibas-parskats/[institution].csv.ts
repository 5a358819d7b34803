// The access report of one institution as CSV (reportCsvResponse in src/server/page-data.ts).
import type { APIRoute } from 'astro';
import { reportCsvResponse, reportInstitutionParams } from '../../../server/page-data.ts';

export const getStaticPaths = () => reportInstitutionParams();
export const GET: APIRoute = ({ props }) => reportCsvResponse('lv', (props as { id: string }).id);

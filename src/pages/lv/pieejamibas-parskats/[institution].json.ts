// The access report of one institution as JSON, the same rows as its CSV (reportJsonResponse in src/server/report-download.ts).
import type { APIRoute } from 'astro';
import { reportInstitutionParams } from '../../../server/page-data.ts';
import { reportJsonResponse } from '../../../server/report-download.ts';

export const getStaticPaths = () => reportInstitutionParams();
export const GET: APIRoute = ({ props }) => reportJsonResponse('lv', (props as { id: string }).id);

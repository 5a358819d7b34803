// The access report of one institution as JSON, the same rows as its CSV (reportJsonResponse in src/server/page-data.ts).
import type { APIRoute } from 'astro';
import { reportInstitutionParams, reportJsonResponse } from '../../../server/page-data.ts';

export const getStaticPaths = () => reportInstitutionParams();
export const GET: APIRoute = ({ props }) => reportJsonResponse('lv', (props as { id: string }).id);

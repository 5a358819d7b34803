// The access report's downloads (CSV and JSON, whole catalogue or one institution) as endpoint
// responses. A build renders every download in both languages, so each language's rows are
// phrased once (localizedReport in src/lib/access/report-csv.ts) and kept for the build.
import { loadCatalog } from './load-catalog.ts';
import {
  localizedReport,
  reportCsv,
  reportJson,
  reportTableOf,
  type LocalizedReport,
  type ReportTable,
} from '../lib/access/report-csv.ts';
import type { Translate } from '../lib/access/text.ts';
import type { Lang } from '../lib/site/routes.ts';
import { useTranslations } from '../i18n/index.ts';

const reports = new Map<Lang, LocalizedReport>();

function reportRows(lang: Lang, institutionId?: string): ReportTable {
  let report = reports.get(lang);
  if (!report) reports.set(lang, (report = localizedReport(loadCatalog(), useTranslations(lang) as Translate, lang)));
  return reportTableOf(report, institutionId);
}

/** The access report (whole catalogue, or one institution) as a CSV response in a language, with a byte-order mark. */
export function reportCsvResponse(lang: Lang, institutionId?: string): Response {
  return new Response(reportCsv(reportRows(lang, institutionId)), {
    headers: { 'content-type': 'text/csv; charset=utf-8; header=present' },
  });
}

/** The same rows as JSON. */
export function reportJsonResponse(lang: Lang, institutionId?: string): Response {
  return new Response(reportJson(reportRows(lang, institutionId), lang), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

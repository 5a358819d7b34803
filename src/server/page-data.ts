// getStaticPaths helpers shared by the Latvian and English page files. Each returns only this
// build process's share of the pages (PIEEJAMS_SHARD, set by src/build/build.ts).
import { loadCatalog } from './load-catalog.ts';
import { itemsOfShard, parseShard } from '../build/shard.ts';
import { SERVICE_FILTERS, filterServices } from '../lib/catalog/filters.ts';
import { FILTER_WORDS, type Lang } from '../lib/site/routes.ts';
import { dimensionTable } from '../lib/access/report.ts';
import type { Translate } from '../lib/access/text.ts';
import { reportCsv, reportJson, reportTable, type ReportTable } from '../lib/access/report-csv.ts';
import { useTranslations } from '../i18n/index.ts';

const shard = parseShard(process.env.PIEEJAMS_SHARD);
const mine = <T>(paths: T[]): T[] => itemsOfShard(paths, shard);

export function serviceParams() {
  return mine(loadCatalog().services.map((service) => ({ params: { slug: service.slug }, props: { id: service.id } })));
}
export function placeParams() {
  return mine(loadCatalog().places.map((place) => ({ params: { id: place.id }, props: { id: place.id } })));
}
export function municipalityParams() {
  return mine(loadCatalog().municipalities.map((m) => ({ params: { slug: m.slug }, props: { id: m.atvk } })));
}
export function lifeSituationParams() {
  return mine(loadCatalog().lifeSituations.map((l) => ({ params: { id: l.id }, props: { id: l.id } })));
}

// ---- issue 5: catalogue filters and the managers' report ----

/** One page per filter that matches some service: params.filter is the filter's path word in the language. */
export function serviceFilterParams(lang: Lang) {
  const catalog = loadCatalog();
  return mine(SERVICE_FILTERS.filter((f) => filterServices(catalog, catalog.services, f).length > 0).map((filter) => ({ params: { filter: FILTER_WORDS[filter][lang] }, props: { filter } })));
}

/** One page per life situation and filter with at least one matching service. */
export function lifeSituationFilterParams(lang: Lang) {
  const catalog = loadCatalog();
  return mine(
    catalog.lifeSituations.flatMap((situation) => {
      const services = catalog.services.filter((s) => s.lifeSituations.includes(situation.id));
      return SERVICE_FILTERS.filter((f) => filterServices(catalog, services, f).length > 0).map((filter) => ({
        params: { id: situation.id, filter: FILTER_WORDS[filter][lang] },
        props: { id: situation.id, filter },
      }));
    }),
  );
}

/** One report page (and CSV) per institution that holds at least one service. */
export function reportInstitutionParams() {
  const catalog = loadCatalog();
  const holders = new Set(catalog.services.map((s) => s.institution));
  return mine(catalog.institutions.filter((i) => holders.has(i.id)).map((i) => ({ params: { institution: i.id }, props: { id: i.id } })));
}

interface LocalizedReport {
  table: ReportTable;
  /** The rows of each institution's services, in catalogue order. */
  byInstitution: Map<string, string[][]>;
}

// The whole-catalogue download and every institution's share the same rows, and a build renders
// both in each language and format: the sentences are written once per language, then grouped.
const localizedReports = new Map<Lang, LocalizedReport>();

function localizedReport(lang: Lang): LocalizedReport {
  let report = localizedReports.get(lang);
  if (report) return report;
  const catalog = loadCatalog();
  const rows = dimensionTable(catalog);
  const table = reportTable(catalog, rows, useTranslations(lang) as Translate, lang);
  const byInstitution = new Map<string, string[][]>();
  rows.forEach((row, i) => byInstitution.set(row.institution, [...(byInstitution.get(row.institution) ?? []), table.rows[i]!]));
  localizedReports.set(lang, (report = { table, byInstitution }));
  return report;
}

function reportRows(lang: Lang, institutionId?: string): ReportTable {
  const { table, byInstitution } = localizedReport(lang);
  return institutionId === undefined ? table : { columns: table.columns, rows: byInstitution.get(institutionId) ?? [] };
}

/** The access report (whole catalogue, or one institution) as a CSV response in a language, with a byte-order mark. */
export function reportCsvResponse(lang: Lang, institutionId?: string): Response {
  return new Response(reportCsv(reportRows(lang, institutionId)), { headers: { 'content-type': 'text/csv; charset=utf-8; header=present' } });
}

/** The same rows as JSON. */
export function reportJsonResponse(lang: Lang, institutionId?: string): Response {
  return new Response(reportJson(reportRows(lang, institutionId), lang), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}

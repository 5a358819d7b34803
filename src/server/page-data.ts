// getStaticPaths helpers shared by the Latvian and English page files. Each returns only this
// build process's share of the pages (PIEEJAMS_SHARD, set by src/scripts/build.ts).
import { loadCatalog } from './load-catalog.ts';
import { itemsOfShard, parseShard } from '../lib/build-shard.ts';
import { SERVICE_FILTERS, filterServices } from '../lib/service-filters.ts';
import { FILTER_WORDS, type Lang } from '../lib/routes.ts';
import { dimensionTable } from '../lib/access-report.ts';
import { localizedCsvRows, type Translate } from '../lib/access-text.ts';
import { toCsv } from '../lib/csv.ts';
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
  header: string[];
  /** Every service's line, in catalogue order. */
  lines: string[][];
  /** The lines of each institution's services, in catalogue order. */
  byInstitution: Map<string, string[][]>;
}

// The whole-catalogue CSV and every institution's CSV share the same lines, and a build renders
// both in each language: the sentences are written once per language, then grouped.
const localizedReports = new Map<Lang, LocalizedReport>();

function localizedReport(lang: Lang): LocalizedReport {
  let report = localizedReports.get(lang);
  if (report) return report;
  const catalog = loadCatalog();
  const rows = dimensionTable(catalog);
  const names = new Map(catalog.services.map((s) => [s.id, lang === 'lv' ? s.name.lv : s.name.en.text]));
  const [header, ...lines] = localizedCsvRows(rows, (id) => names.get(id) ?? id, useTranslations(lang) as Translate, lang);
  const byInstitution = new Map<string, string[][]>();
  rows.forEach((row, i) => {
    const group = byInstitution.get(row.institution);
    if (group) group.push(lines[i]!);
    else byInstitution.set(row.institution, [lines[i]!]);
  });
  localizedReports.set(lang, (report = { header: header!, lines, byInstitution }));
  return report;
}

/** The access report (whole catalogue, or one institution) as a CSV response in a language. */
export function reportCsvResponse(lang: Lang, institutionId?: string): Response {
  const { header, lines, byInstitution } = localizedReport(lang);
  const body = institutionId === undefined ? lines : (byInstitution.get(institutionId) ?? []);
  return new Response(toCsv(header, body), { headers: { 'content-type': 'text/csv; charset=utf-8; header=present' } });
}

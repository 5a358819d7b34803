// The managers' report as a download a manager can open: one row per service with its name and
// its institution's name (not codes), and for each dimension the status and reason as codes
// (stable for machines) and in words; headers in the page's language. The same rows as CSV
// (UTF-8 with a byte-order mark, so a Latvian spreadsheet reads "ā", "ē", "ī" right; written by
// the site's one CSV writer) and as JSON (keys that do not change with the language).
import type { Catalog } from '../catalog/validate.ts';
import { DIMENSIONS } from './dimensions.ts';
import { dimensionTable, type DimensionRow } from './report.ts';
import { noteText, reasonText, settleText, statusText, type Translate } from './text.ts';
import { inLang } from '../text/localized.ts';
import { toCsv } from '../open-data/csv.ts';
import { withBom } from '../open-data/csv-bom.ts';
import type { Lang } from '../site/routes.ts';

export interface ReportColumn {
  /** Stable key (the JSON's): service, name, institution, N3-1.status, N3-1.reason, N3-1.statusText, N3-1.reasonText, … */
  key: string;
  /** The header in the page's language. */
  label: string;
}

export interface ReportTable {
  columns: ReportColumn[];
  /** One row per service, cells in column order. */
  rows: string[][];
}

export function reportColumns(t: Translate): ReportColumn[] {
  return [
    { key: 'service', label: t('report.csv.col.service') },
    { key: 'name', label: t('report.csv.col.name') },
    { key: 'institution', label: t('report.csv.col.institution') },
    ...DIMENSIONS.flatMap(({ code }) => [
      { key: `${code}.status`, label: t('report.csv.col.status', { code }) },
      { key: `${code}.reason`, label: t('report.csv.col.reason', { code }) },
      { key: `${code}.statusText`, label: t('report.csv.col.statusText', { code }) },
      { key: `${code}.reasonText`, label: t('report.csv.col.reasonText', { code }) },
    ]),
  ];
}

/** The rows of the given dimension rows (in their order), phrased in a language. */
export function reportTable(catalog: Catalog, rows: readonly DimensionRow[], t: Translate, lang: Lang): ReportTable {
  const services = new Map(catalog.services.map((s) => [s.id, s]));
  const institutions = new Map(catalog.institutions.map((i) => [i.id, i]));
  return {
    columns: reportColumns(t),
    rows: rows.map((row) => {
      const service = services.get(row.serviceId)!;
      const institution = institutions.get(row.institution);
      return [
        row.serviceId,
        inLang(service.name, lang),
        institution ? inLang(institution.name, lang) : row.institution,
        ...DIMENSIONS.flatMap(({ key }) => {
          const result = row.assessment[key];
          const words = [
            reasonText(key, result, t, lang),
            settleText(result, t, lang),
            ...result.notes.map((n) => noteText(n, t)),
          ]
            .filter(Boolean)
            .join(' ');
          return [result.status, result.reason.code, statusText(result.status, t), words];
        }),
      ];
    }),
  };
}

export function reportCsv(table: ReportTable): string {
  return withBom(
    toCsv(
      table.columns.map((c) => c.label),
      table.rows,
    ),
  );
}

/** The same rows as JSON: the columns (key and header) and one object per service keyed by column key. */
export function reportJson(table: ReportTable, lang: Lang): string {
  const rows = table.rows.map((cells) => Object.fromEntries(table.columns.map((c, i) => [c.key, cells[i]])));
  return JSON.stringify({ lang, columns: table.columns, rows }, null, 1);
}

export interface LocalizedReport {
  /** Every service of the catalogue, in catalogue order. */
  table: ReportTable;
  /** The rows of each institution's services, in catalogue order. */
  byInstitution: Map<string, string[][]>;
}

/**
 * The whole catalogue's rows phrased in a language, and the same rows grouped by institution: the
 * whole-catalogue download and every institution's share the rows, so the sentences are written
 * once per language.
 */
export function localizedReport(catalog: Catalog, t: Translate, lang: Lang): LocalizedReport {
  const rows = dimensionTable(catalog);
  const table = reportTable(catalog, rows, t, lang);
  const byInstitution = new Map<string, string[][]>();
  rows.forEach((row, i) =>
    byInstitution.set(row.institution, [...(byInstitution.get(row.institution) ?? []), table.rows[i]!]),
  );
  return { table, byInstitution };
}

/** The whole report's table, or one institution's rows of it (none for an institution without services). */
export function reportTableOf(report: LocalizedReport, institutionId?: string): ReportTable {
  return institutionId === undefined
    ? report.table
    : { columns: report.table.columns, rows: report.byInstitution.get(institutionId) ?? [] };
}

// What `npm run data:refresh` downloads, from where, and how each download is checked before
// anything is written. Pure: URLs and texts in, file lists and error messages out.
//
// Sources (base URLs configurable, so a test can serve fixtures on 127.0.0.1):
//   - data.gov.lv CKAN API, action package_show, dataset `varis-atvertie-dati` (VZD address
//     register: aw_novads.csv, aw_pilseta.csv; optional aw_pagasts.csv, aw_ciems.csv,
//     aw_vietu_centroidi.csv, aw_eka.csv with the address points) and dataset `vpvkac-kontakti`
//     (the newest CSV resource);
//   - the VPVKAC table, https://www.pakalpojumucentri.lv/vpvkac;
//   - python-holidays: snapshots/countries/LV_COMMON.json and the en_US LV.po of vacanza/holidays;
//   - GeoNames postal codes, export/zip/LV.zip (entry LV.txt), which the gazetteer needs.

import { parseCsv } from './csv.ts';
import { ADDRESS_POINT_COLUMNS } from './address-points.ts';
import { unzipEntry } from './zip.ts';

export interface RefreshConfig {
  /** CKAN action API, e.g. https://data.gov.lv/dati/api/3/action */
  ckanApi: string;
  vpvkacTable: string;
  /** Raw files of the vacanza/holidays repository. */
  holidaysBase: string;
  /** https://download.geonames.org/export */
  geonamesBase: string;
  timeoutMs: number;
}

export const DEFAULT_CONFIG: RefreshConfig = {
  ckanApi: 'https://data.gov.lv/dati/api/3/action',
  vpvkacTable: 'https://www.pakalpojumucentri.lv/vpvkac',
  holidaysBase: 'https://raw.githubusercontent.com/vacanza/holidays/main',
  geonamesBase: 'https://download.geonames.org/export',
  timeoutMs: 120_000,
};

/** Settings from the environment: PIEEJAMS_CKAN_API, PIEEJAMS_VPVKAC_TABLE_URL, PIEEJAMS_HOLIDAYS_BASE, PIEEJAMS_GEONAMES_BASE, PIEEJAMS_REFRESH_TIMEOUT_MS. */
export function configFromEnv(env: Record<string, string | undefined>): RefreshConfig {
  const trim = (s: string) => s.replace(/\/+$/, '');
  return {
    ckanApi: trim(env.PIEEJAMS_CKAN_API ?? DEFAULT_CONFIG.ckanApi),
    vpvkacTable: env.PIEEJAMS_VPVKAC_TABLE_URL ?? DEFAULT_CONFIG.vpvkacTable,
    holidaysBase: trim(env.PIEEJAMS_HOLIDAYS_BASE ?? DEFAULT_CONFIG.holidaysBase),
    geonamesBase: trim(env.PIEEJAMS_GEONAMES_BASE ?? DEFAULT_CONFIG.geonamesBase),
    timeoutMs: Number(env.PIEEJAMS_REFRESH_TIMEOUT_MS ?? DEFAULT_CONFIG.timeoutMs),
  };
}

export type Kind = 'csv' | 'html' | 'json' | 'po' | 'zip';

/** One file to download and where to save it in the dated folder. */
export interface Download {
  /** Who publishes it, for messages: "data.gov.lv varis-atvertie-dati". */
  source: string;
  url: string;
  /** Name in the dated folder (the importer finds files by these names). */
  file: string;
  kind: Kind;
  /** CSV columns the importer reads; a file without them has changed format. */
  columns?: readonly string[];
  /** ZIP entry to extract. */
  entry?: string;
}

export const VARIS_DATASET = 'varis-atvertie-dati';
export const VPVKAC_DATASET = 'vpvkac-kontakti';

const VZD_COLUMNS = ['KODS', 'TIPS_CD', 'NOSAUKUMS', 'VKUR_CD', 'STATUSS'] as const;
/** The address-register files: name, required, columns. */
export const VARIS_FILES: readonly { file: string; required: boolean; columns: readonly string[] }[] = [
  { file: 'aw_novads.csv', required: true, columns: [...VZD_COLUMNS, 'ATRIB'] },
  { file: 'aw_pilseta.csv', required: true, columns: [...VZD_COLUMNS, 'ATRIB'] },
  { file: 'aw_pagasts.csv', required: false, columns: [...VZD_COLUMNS, 'ATRIB'] },
  { file: 'aw_ciems.csv', required: false, columns: VZD_COLUMNS },
  { file: 'aw_vietu_centroidi.csv', required: false, columns: ['KODS', 'DD_N', 'DD_E'] },
  { file: 'aw_eka.csv', required: false, columns: ADDRESS_POINT_COLUMNS },
];

export function packageShowUrl(config: RefreshConfig, dataset: string): string {
  return `${config.ckanApi}/package_show?id=${encodeURIComponent(dataset)}`;
}

export function staticDownloads(config: RefreshConfig): Download[] {
  return [
    {
      source: 'pakalpojumucentri.lv VPVKAC table',
      url: config.vpvkacTable,
      file: 'pakalpojumucentri-vpvkac.html',
      kind: 'html',
    },
    {
      source: 'python-holidays',
      url: `${config.holidaysBase}/snapshots/countries/LV_COMMON.json`,
      file: 'LV_COMMON.json',
      kind: 'json',
    },
    {
      source: 'python-holidays',
      url: `${config.holidaysBase}/holidays/locale/en_US/LC_MESSAGES/LV.po`,
      file: 'LV.en_US.po',
      kind: 'po',
    },
    {
      source: 'GeoNames postal codes',
      url: `${config.geonamesBase}/zip/LV.zip`,
      file: 'LV-postal-codes.txt',
      kind: 'zip',
      entry: 'LV.txt',
    },
  ];
}

interface CkanResource {
  url: string;
  format?: string;
  name?: string;
  last_modified?: string | null;
  created?: string;
}

/** The resources of a package_show answer, or an error text naming what is wrong with it. */
function ckanResources(source: string, text: string): CkanResource[] | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return `${source}: the catalogue's answer is not JSON (truncated or changed?)`;
  }
  const j = json as { success?: unknown; result?: { resources?: unknown } };
  if (j.success !== true) return `${source}: the catalogue answered success=${JSON.stringify(j.success)}`;
  const resources = j.result?.resources;
  if (!Array.isArray(resources) || !resources.every((r) => typeof (r as CkanResource)?.url === 'string'))
    return `${source}: the catalogue's answer has no resources list with URLs (format changed?)`;
  return resources as CkanResource[];
}

const fileOf = (url: string) => decodeURIComponent(url.split(/[?#]/)[0]!.split('/').pop() ?? '').toLowerCase();

/** The address-register files listed by package_show; a required file that is not listed is an error. */
export function varisDownloads(text: string): { downloads: Download[]; errors: string[] } {
  const source = `data.gov.lv ${VARIS_DATASET}`;
  const resources = ckanResources(source, text);
  if (typeof resources === 'string') return { downloads: [], errors: [resources] };
  const downloads: Download[] = [];
  const errors: string[] = [];
  for (const f of VARIS_FILES) {
    const r = resources.find((x) => fileOf(x.url) === f.file);
    if (r) downloads.push({ source, url: r.url, file: f.file, kind: 'csv', columns: f.columns });
    else if (f.required) errors.push(`${source}: the dataset no longer lists ${f.file}`);
  }
  return { downloads, errors };
}

/** The newest CSV resource of vpvkac-kontakti. */
export function vpvkacCsvDownload(text: string): { downloads: Download[]; errors: string[] } {
  const source = `data.gov.lv ${VPVKAC_DATASET}`;
  const resources = ckanResources(source, text);
  if (typeof resources === 'string') return { downloads: [], errors: [resources] };
  const csvs = resources.filter((r) => (r.format ?? '').toUpperCase() === 'CSV' || fileOf(r.url).endsWith('.csv'));
  if (csvs.length === 0) return { downloads: [], errors: [`${source}: the dataset lists no CSV resource`] };
  const newest = [...csvs].sort((a, b) =>
    (b.last_modified ?? b.created ?? '').localeCompare(a.last_modified ?? a.created ?? ''),
  )[0]!;
  return { downloads: [{ source, url: newest.url, file: 'vpvkac-kontakti.csv', kind: 'csv' }], errors: [] };
}

/**
 * Check a downloaded file; returns the text to save, or an error naming the source and file.
 * Empty, truncated (a row or quote cut off at the end), a malformed row in the middle, a column
 * the importer needs that is gone: each is an error, and the refresh writes nothing.
 */
export function checkDownload(d: Download, body: Buffer): { ok: true; text: string } | { ok: false; error: string } {
  const where = `${d.source}: ${d.file} (${d.url})`;
  if (body.length === 0) return { ok: false, error: `${where} is empty` };
  let text: string;
  if (d.kind === 'zip') {
    const r = unzipEntry(body, d.entry!);
    if (!r.ok) return { ok: false, error: `${where}: ${r.error}` };
    text = r.data.toString('utf8');
    if (text.trim() === '') return { ok: false, error: `${where}: ${d.entry} is empty` };
    // GeoNames postal codes: 12 tab-separated columns per line.
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.replace(/\r$/, '');
      if (line === '' && i === lines.length - 1) continue;
      const n = line.split('\t').length;
      if (n !== 12)
        return {
          ok: false,
          error: `${where}: ${d.entry} line ${i + 1} has ${n} tab-separated fields, expected 12 (${i === lines.length - 1 ? 'truncated?' : 'malformed row'})`,
        };
    }
    return { ok: true, text };
  }
  text = body.toString('utf8');
  if (text.replace(/^\ufeff/, '').trim() === '') return { ok: false, error: `${where} is empty` };
  if (d.kind === 'json') {
    try {
      const v = JSON.parse(text) as unknown;
      if (
        typeof v !== 'object' ||
        v === null ||
        Array.isArray(v) ||
        !Object.keys(v).every((k) => /^\d{4}-\d{2}-\d{2}$/.test(k))
      ) {
        return { ok: false, error: `${where}: not a {"YYYY-MM-DD": name} object (format changed?)` };
      }
      if (Object.keys(v).length === 0) return { ok: false, error: `${where} lists no holidays` };
    } catch {
      return { ok: false, error: `${where}: not valid JSON (truncated download?)` };
    }
    return { ok: true, text };
  }
  if (d.kind === 'po') {
    const ids = (text.match(/^msgid /gm) ?? []).length;
    const strs = (text.match(/^msgstr /gm) ?? []).length;
    if (ids === 0) return { ok: false, error: `${where}: no msgid entries (not a gettext file?)` };
    if (ids !== strs || !/"\s*$/.test(text))
      return { ok: false, error: `${where}: ${ids} msgid but ${strs} msgstr entries (truncated download?)` };
    return { ok: true, text };
  }
  if (d.kind === 'html') {
    if (!/<\/html>\s*$/i.test(text))
      return { ok: false, error: `${where}: the page does not end with </html> (truncated download?)` };
    if (!/<tr[\s>][\s\S]*?<strong>/i.test(text))
      return { ok: false, error: `${where}: no centre rows in the page (has the layout changed?)` };
    return { ok: true, text };
  }
  // CSV
  const csv = parseCsv(text, d.file);
  // The only problem the CSV reader reports is a quote left open at the end of the file.
  if (csv.problems.length)
    return {
      ok: false,
      error: `${where} ends inside a quoted field that starts at line ${csv.problems[0]!.line}: truncated download`,
    };
  if (d.columns) {
    const header = csv.header.map((h) =>
      h
        .replace(/^\ufeff/, '')
        .trim()
        .toUpperCase(),
    );
    const missing = d.columns.filter((c) => !header.includes(c));
    if (missing.length)
      return {
        ok: false,
        error: `${where}: column(s) ${missing.join(', ')} missing from the header (${csv.header.join(', ')}) — the published format has changed`,
      };
    if (csv.rows.length === 0) return { ok: false, error: `${where} has a header but no rows (truncated download?)` };
    const endsCleanly = /\r?\n$/.test(text);
    for (let i = 0; i < csv.rows.length; i++) {
      const row = csv.rows[i]!;
      if (row.fields.length === csv.header.length) continue;
      const last = i === csv.rows.length - 1;
      return {
        ok: false,
        error:
          last && !endsCleanly
            ? `${where} ends in the middle of line ${row.line} (${row.fields.length} of ${csv.header.length} fields): truncated download`
            : `${where}: malformed row at line ${row.line} (${row.fields.length} fields, the header has ${csv.header.length})`,
      };
    }
  }
  return { ok: true, text };
}

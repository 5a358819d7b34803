// VZD (State Land Service) address register, VARIS open data: aw_novads.csv, aw_pilseta.csv,
// aw_pagasts.csv and aw_ciems.csv (AW_VIETU_CENTROIDI.CSV: vzd-centroids.ts). Pure functions: text
// in, records out.
//
// Column layout of aw_novads / aw_pilseta / aw_pagasts (official, same in both dialects):
//   KODS, TIPS_CD, NOSAUKUMS, VKUR_CD, VKUR_TIPS, APSTIPR, APST_PAK, STATUSS, SORT_NOS,
//   DAT_SAK, DAT_MOD, DAT_BEIG, ATRIB, STD
// aw_ciems has the same columns except that the 13th is a "small village" flag instead of ATRIB
// (we read columns by header name, so either works).
// STATUSS: EKS = exists, DEL = deleted. ATRIB = ATVK code. VKUR_CD = parent's KODS.
// TIPS_CD: 101 Latvia, 104 town or state city, 105 parish, 106 village, 113 novads.
//
// Licence CC BY 4.0: "Valsts zemes dienests, Valsts adrešu reģistra atvērtie dati".

import { parseCsv, rowsOfHeaderWidth } from './csv.ts';
import type { Problem } from './problems.ts';
import { genitiveForms } from './genitive.ts';

export const VZD_SOURCE = {
  url: 'https://data.gov.lv/dati/lv/dataset/varis-atvertie-dati',
  title:
    'Valsts zemes dienests, Valsts adrešu reģistra atvērtie dati (aw_novads, aw_pilseta); selected current rows, names and codes',
};

/** KODS of the root object "Latvija": a town whose parent is the country is a state city. */
export const LATVIA_KODS = '100000000';

export interface VzdRow {
  line: number;
  kods: string;
  tips: string;
  name: string;
  parent: string;
  parentTips: string;
  status: string;
  sortName: string;
  start: string;
  end: string;
  atvk: string;
  std: string;
}

const REQUIRED = ['KODS', 'TIPS_CD', 'NOSAUKUMS', 'VKUR_CD', 'STATUSS'] as const;

/** Parse one VZD table. Rows with the wrong number of fields or a bad code are reported and skipped. */
export function parseVzd(text: string, file: string): { rows: VzdRow[]; problems: Problem[] } {
  const csv = parseCsv(text, file);
  const problems = [...csv.problems];
  const col = new Map(csv.header.map((h, i) => [h.toUpperCase(), i]));
  const missing = REQUIRED.filter((c) => !col.has(c));
  if (missing.length) {
    problems.push({ file, line: 1, message: `header lacks column(s) ${missing.join(', ')}; file skipped` });
    return { rows: [], problems };
  }
  const get = (f: string[], name: string) => {
    const i = col.get(name);
    return i === undefined ? '' : (f[i] ?? '').trim();
  };
  const rows: VzdRow[] = [];
  for (const { line, fields } of rowsOfHeaderWidth(csv, file, problems)) {
    const kods = get(fields, 'KODS');
    if (!/^\d+$/.test(kods)) {
      problems.push({ file, line, message: `KODS "${kods}" is not a number; row skipped` });
      continue;
    }
    const atvk = get(fields, 'ATRIB');
    rows.push({
      line,
      kods,
      tips: get(fields, 'TIPS_CD'),
      name: get(fields, 'NOSAUKUMS'),
      parent: get(fields, 'VKUR_CD'),
      parentTips: get(fields, 'VKUR_TIPS'),
      status: get(fields, 'STATUSS'),
      sortName: get(fields, 'SORT_NOS'),
      start: get(fields, 'DAT_SAK'),
      end: get(fields, 'DAT_BEIG'),
      atvk: /^\d{7}$/.test(atvk) ? atvk : '',
      std: get(fields, 'STD'),
    });
  }
  return { rows, problems };
}

// ---------------------------------------------------------------------------------------------
// The current municipalities and towns.
// ---------------------------------------------------------------------------------------------

export interface Alias {
  name: string;
  atvk: string | null;
}

export interface MunicipalityBase {
  atvk: string;
  kods: string;
  /** "Madonas novads" or, for a state city, "Rīga". */
  lvName: string;
  /** VZD short form, "Madonas nov."; GeoNames uses it as admin1. */
  shortName: string;
  kind: 'novads' | 'valstspilseta';
  aliases: Alias[];
}

export interface TownBase {
  /** Line in aw_pilseta.csv. */
  line: number;
  kods: string;
  name: string;
  atvk: string;
  kind: 'city' | 'town';
  /** ATVK of the municipality the town lies in (its own code for a state city). */
  municipality: string;
}

/**
 * ATVK codes that changed in place (the VZD row keeps its KODS, so the file no longer shows the
 * old code). Source: /work/shared/data/README.md — Madonas novads changed from 0038000 to
 * 0038001 on 1 July 2025 when Varakļānu novads was merged into it.
 */
export const FORMER_ATVK: Record<string, { name: string; atvk: string }[]> = {
  '0038001': [{ name: 'Madonas novads', atvk: '0038000' }],
};

/** A date written "YYYY.MM.DD" as comparable text. */
const REFORM_END = '2021.06.30';

export function currentMunicipalities(
  novadi: VzdRow[],
  pilsetas: VzdRow[],
): {
  municipalities: MunicipalityBase[];
  towns: TownBase[];
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const municipalities: MunicipalityBase[] = [];
  const byKods = new Map<string, MunicipalityBase>();

  for (const r of novadi) {
    if (r.status !== 'EKS') continue;
    if (!r.atvk) {
      problems.push({
        file: 'aw_novads.csv',
        line: r.line,
        message: `current novads "${r.name}" has no ATVK; skipped`,
      });
      continue;
    }
    const m: MunicipalityBase = {
      atvk: r.atvk,
      kods: r.kods,
      lvName: r.sortName || r.name.replace(/ nov\.$/, ' novads'),
      shortName: r.name,
      kind: 'novads',
      aliases: [],
    };
    if (m.shortName !== m.lvName) m.aliases.push({ name: m.shortName, atvk: null });
    for (const a of FORMER_ATVK[m.atvk] ?? []) m.aliases.push(a);
    municipalities.push(m);
    byKods.set(m.kods, m);
  }

  const towns: TownBase[] = [];
  for (const r of pilsetas) {
    if (r.status !== 'EKS') continue;
    if (!r.atvk) {
      problems.push({ file: 'aw_pilseta.csv', line: r.line, message: `current town "${r.name}" has no ATVK; skipped` });
      continue;
    }
    if (r.parent === LATVIA_KODS) {
      const m: MunicipalityBase = {
        atvk: r.atvk,
        kods: r.kods,
        lvName: r.name,
        shortName: r.name,
        kind: 'valstspilseta',
        aliases: [],
      };
      municipalities.push(m);
      byKods.set(m.kods, m);
      towns.push({ line: r.line, kods: r.kods, name: r.name, atvk: r.atvk, kind: 'city', municipality: r.atvk });
    }
  }
  for (const r of pilsetas) {
    if (r.status !== 'EKS' || !r.atvk || r.parent === LATVIA_KODS) continue;
    const parent = byKods.get(r.parent);
    if (!parent) {
      problems.push({
        file: 'aw_pilseta.csv',
        line: r.line,
        message: `town "${r.name}" has parent ${r.parent}, which is not a current municipality; skipped`,
      });
      continue;
    }
    towns.push({ line: r.line, kods: r.kods, name: r.name, atvk: r.atvk, kind: 'town', municipality: parent.atvk });
  }

  // Municipalities dissolved after the 2021 reform (Varakļānu novads, 30 June 2025): their
  // successor is the municipality that now holds the town the old novads was named after.
  for (const r of novadi) {
    if (r.status !== 'DEL' || !r.end || r.end <= REFORM_END || !r.atvk) continue;
    const stem = (r.sortName || r.name).replace(/ (novads|nov\.)$/, '');
    const town = towns.find((t) => t.kind === 'town' && genitiveForms(t.name).has(stem));
    const successor = town && municipalities.find((m) => m.atvk === town.municipality);
    if (!successor) {
      problems.push({
        file: 'aw_novads.csv',
        line: r.line,
        message: `dissolved novads "${r.name}" (${r.atvk}): cannot find its successor`,
      });
      continue;
    }
    successor.aliases.push({ name: r.sortName || r.name, atvk: r.atvk });
    if (r.sortName && r.name !== r.sortName) successor.aliases.push({ name: r.name, atvk: r.atvk });
  }
  // Former state cities merged into a novads in 2021 (Valmiera 0250000, Jēkabpils 0110000):
  // GeoNames still uses their names as admin1.
  for (const r of pilsetas) {
    if (r.status !== 'DEL' || r.parent !== LATVIA_KODS || !r.atvk) continue;
    const town = towns.find((t) => t.kind === 'town' && t.name === r.name);
    const m = town && municipalities.find((x) => x.atvk === town.municipality);
    if (m) m.aliases.push({ name: r.name, atvk: r.atvk });
  }

  municipalities.sort((a, b) => a.atvk.localeCompare(b.atvk));
  return { municipalities, towns, problems };
}

/** Parishes (aw_pagasts, EKS) with their municipality, when the official file is present. */
export function currentParishes(
  pagasti: VzdRow[],
  municipalities: MunicipalityBase[],
): {
  parishes: { kods: string; name: string; municipality: string }[];
  problems: Problem[];
} {
  const byKods = new Map(municipalities.map((m) => [m.kods, m]));
  const problems: Problem[] = [];
  const parishes = [];
  for (const r of pagasti) {
    if (r.status !== 'EKS') continue;
    const m = byKods.get(r.parent);
    if (!m) {
      problems.push({
        file: 'aw_pagasts.csv',
        line: r.line,
        message: `parish "${r.name}" has parent ${r.parent}, not a current municipality; skipped`,
      });
      continue;
    }
    parishes.push({ kods: r.kods, name: r.sortName || r.name.replace(/ pag\.$/, ' pagasts'), municipality: m.atvk });
  }
  return { parishes, problems };
}

/** Villages (aw_ciems, EKS); their parent is a parish, or directly a municipality. */
export function currentVillages(
  ciemi: VzdRow[],
  parishes: { kods: string; municipality: string }[],
  municipalities: MunicipalityBase[],
): { villages: { kods: string; name: string; municipality: string }[]; problems: Problem[] } {
  const parent = new Map<string, string>([
    ...parishes.map((p) => [p.kods, p.municipality] as [string, string]),
    ...municipalities.map((m) => [m.kods, m.atvk] as [string, string]),
  ]);
  const problems: Problem[] = [];
  const villages = [];
  for (const r of ciemi) {
    if (r.status !== 'EKS') continue;
    const atvk = parent.get(r.parent);
    if (!atvk) {
      problems.push({
        file: 'aw_ciems.csv',
        line: r.line,
        message: `village "${r.name}" has parent ${r.parent}, not a current parish or municipality; skipped`,
      });
      continue;
    }
    villages.push({ kods: r.kods, name: r.name, municipality: atvk });
  }
  return { villages, problems };
}

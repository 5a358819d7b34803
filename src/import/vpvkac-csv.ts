// data.gov.lv dataset `vpvkac-kontakti` (CSV, CC0) → imported centres. Pure: text in, centres and
// problems out.
//
// LAYOUT — read this before trusting a refresh. The file itself could not be downloaded from here.
// The layout below is the best documented one we found: a public script that parses resource
// "VPVKAC KONTAKTI 2023-11" (vpvkac-kontakti_2023_aktual_081123.csv), noiseparty/hakatons
// src/karte/db/pasvaldibas.py, and its notes (notes/pasvaldibu-kontakti.md):
//   - UTF-8 with a byte-order mark, fields separated by ";", about 12 columns; the file is padded
//     with empty rows up to Excel's last row (~14 MB), which are skipped here without a report;
//   - a centre starts on a row whose column 1 is its number ("1", "2", …) and whose column 5 is
//     the full name; column 7 the short name ("… VPVKAC"), column 8 the address as one line;
//   - the following rows (column 1 empty) carry the opening hours, one weekday per row, and the
//     phone (column 11) and e-mail (column 12) on one of them.
// Where the hours sit on those rows is not documented: every cell of columns 9–10 is read, either
// as "Pirmdiena: 8:00 - 17:00" in one cell or as "Pirmdiena" | "8:00 - 17:00" in two.
// When the header row names columns ("Adrese", "Tālrunis", "E-pasts", "Nosaukums"), those
// positions win over the defaults. The tests use a clearly labelled layout fixture built from one
// real centre (tests/fixtures/import/vpvkac-csv/LAYOUT-FIXTURE-2023-11.csv), not a real download.
// The 2023 list has no state cities and is older than pakalpojumucentri.lv; the CLI applies it
// first, so the live table wins where both speak.

import { parseCsv } from './csv.ts';
import type { Problem } from './problems.ts';
import {
  firstEmail,
  firstPhone,
  latvianHoursToOsm,
  parseAddress,
  type ImportedCentre,
  type Lookups,
} from './vpvkac-common.ts';

export const VPVKAC_CSV_URL = 'https://data.gov.lv/dati/lv/dataset/vpvkac-kontakti';

/** 0-based column positions. */
export interface VpvkacCsvLayout {
  number: number;
  name: number;
  shortName: number;
  address: number;
  hours: number[];
  phone: number;
  email: number;
}

export const DEFAULT_LAYOUT: VpvkacCsvLayout = {
  number: 0,
  name: 4,
  shortName: 6,
  address: 7,
  hours: [8, 9],
  phone: 10,
  email: 11,
};

/** Positions from the header's names, where it has them; the rest from DEFAULT_LAYOUT. */
export function layoutFromHeader(header: readonly string[]): VpvkacCsvLayout {
  const find = (re: RegExp) => header.findIndex((h) => re.test(h.trim()));
  const layout = { ...DEFAULT_LAYOUT };
  const address = find(/^adrese/i);
  const phone = find(/tālr|telef/i);
  const email = find(/e-?pasts|e-?mail/i);
  const name = find(/nosaukums/i);
  if (address >= 0) layout.address = address;
  if (phone >= 0) layout.phone = phone;
  if (email >= 0) layout.email = email;
  if (name >= 0) layout.name = name;
  return layout;
}

export interface VpvkacCsvResult {
  centres: ImportedCentre[];
  problems: Problem[];
}

const DAY = /^(pirmdiena|otrdiena|trešdiena|ceturtdiena|piektdiena|sestdiena|svētdiena)\b/i;

export function parseVpvkacCsv(text: string, file: string, lookups: Lookups): VpvkacCsvResult {
  const csv = parseCsv(text, file);
  const problems: Problem[] = [...csv.problems];
  const headerIsData = /^\d+\.?$/.test(csv.header[0] ?? '');
  const layout = headerIsData ? DEFAULT_LAYOUT : layoutFromHeader(csv.header);
  const rows = headerIsData ? [{ line: 1, fields: csv.header }, ...csv.rows] : csv.rows;
  const clean = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

  interface Pending {
    line: number;
    name: string;
    address: string;
    hours: string[];
    phone: string | null;
    email: string | null;
  }
  const pending: Pending[] = [];
  let current: Pending | null = null;

  for (const row of rows) {
    const f = row.fields;
    if (f.every((x) => x.trim() === '')) continue; // padding rows
    const number = clean(f[layout.number]);
    if (/^\d+\.?$/.test(number)) {
      const name = clean(f[layout.name]) || clean(f[layout.shortName]);
      if (!name) {
        problems.push({ file, line: row.line, message: `centre ${number} has no name; row skipped` });
        current = null;
        continue;
      }
      current = { line: row.line, name, address: clean(f[layout.address]), hours: [], phone: null, email: null };
      pending.push(current);
    } else if (!current) {
      problems.push({ file, line: row.line, message: 'a row before the first numbered centre; skipped' });
      continue;
    }
    // Hours, phone and e-mail may sit on the centre's own row or on the rows after it.
    const cells = layout.hours.map((i) => clean(f[i]));
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i]!;
      if (DAY.test(c)) {
        const inline = c.replace(DAY, '').replace(/^\s*:?\s*/, '');
        current.hours.push(inline ? c : `${c.replace(/:$/, '')}: ${cells[i + 1] ?? ''}`);
        if (!inline) i++;
      }
    }
    if (!current.phone && clean(f[layout.phone])) current.phone = firstPhone(clean(f[layout.phone]));
    if (!current.email && clean(f[layout.email])) current.email = firstEmail(clean(f[layout.email]));
  }

  const centres: ImportedCentre[] = [];
  for (const p of pending) {
    if (!p.address) {
      problems.push({ file, line: p.line, message: `"${p.name}": no address; row skipped` });
      continue;
    }
    const address = parseAddress(p.address.split(/\s*,\s*/), lookups);
    if (!address.ok) {
      problems.push({ file, line: p.line, message: `"${p.name}": ${address.error}; row skipped` });
      continue;
    }
    const hours = latvianHoursToOsm(p.hours);
    if (!hours.ok)
      problems.push({
        file,
        line: p.line,
        message: `"${p.name}": opening hours not read into the weekly form (${hours.error}); the text is kept and shown as published`,
      });
    centres.push({
      line: p.line,
      name: p.name,
      email: p.email,
      phone: p.phone,
      openingHours: hours.ok ? hours.hours : null,
      hoursText:
        p.hours
          .map((l) => l.trim())
          .filter((l) => l !== '')
          .join('\n') || null,
      address: address.value,
    });
  }
  return { centres, problems };
}

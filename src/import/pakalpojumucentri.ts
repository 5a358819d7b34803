// The official VPVKAC table on https://www.pakalpojumucentri.lv/vpvkac (HTML) → imported centres.
// Pure: takes the page text, returns centres and problems.
//
// One table row per centre (a real row: tests/fixtures/import/pakalpojumucentri/row.html):
//   <td> "95)" <a href=…><strong>NAME</strong></a> <span>kind of centre</span>
//        <a href=…>street<br /> (building part<br />) town<br /> (parish pag.<br />) (municipality nov.<br />) LV-NNNN</a></td>
//   <td class="text-left">Pirmdiena: 8:30 - 12:00; 12:20 - 17:00<br />Otrdiena: …</td>
//   <td class="text-right">e-mail<br /><i class="fa fa-phone"></i>&nbsp;&nbsp;phone</td>
// Rows with "Tiks atvērts" (will open) are centres not yet open: reported, not imported.
// Every row that cannot be read is reported with its line number; nothing is dropped silently.

import type { Problem } from './problems.ts';
import {
  firstEmail,
  firstPhone,
  latvianHoursToOsm,
  parseAddress,
  type ImportedCentre,
  type Lookups,
} from './vpvkac-common.ts';

export const PAKALPOJUMUCENTRI_URL = 'https://www.pakalpojumucentri.lv/vpvkac';

export interface PakalpojumucentriResult {
  centres: ImportedCentre[];
  /** Centres listed as "Tiks atvērts": name and line, for the report. */
  notYetOpen: { line: number; name: string; text: string }[];
  problems: Problem[];
  /** Table rows that name a centre (open, not yet open or unreadable). */
  rowsSeen: number;
}

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  ndash: '–',
  mdash: '—',
  laquo: '«',
  raquo: '»',
  bdquo: '„',
  ldquo: '“',
  rdquo: '”',
  amacr: 'ā',
  Amacr: 'Ā',
  ccaron: 'č',
  Ccaron: 'Č',
  emacr: 'ē',
  Emacr: 'Ē',
  gcedil: 'ģ',
  Gcedil: 'Ģ',
  imacr: 'ī',
  Imacr: 'Ī',
  kcedil: 'ķ',
  Kcedil: 'Ķ',
  lcedil: 'ļ',
  Lcedil: 'Ļ',
  ncedil: 'ņ',
  Ncedil: 'Ņ',
  scaron: 'š',
  Scaron: 'Š',
  umacr: 'ū',
  Umacr: 'Ū',
  zcaron: 'ž',
  Zcaron: 'Ž',
};

/** Decode the HTML entities the site uses (named Latvian letters and numeric ones). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[e] ?? all;
  });
}

/** Text of an HTML fragment split at <br />, tags removed, entities decoded, each line trimmed. */
function brLines(html: string): string[] {
  return html
    .split(/<br\s*\/?>/i)
    .map((l) =>
      decodeEntities(l.replace(/<[^>]*>/g, ' '))
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((l) => l !== '');
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

export function parsePakalpojumucentri(html: string, file: string, lookups: Lookups): PakalpojumucentriResult {
  const centres: ImportedCentre[] = [];
  const notYetOpen: PakalpojumucentriResult['notYetOpen'] = [];
  const problems: Problem[] = [];
  let rowsSeen = 0;

  for (const m of html.matchAll(/<tr[\s>][\s\S]*?<\/tr>/gi)) {
    const row = m[0];
    const line = lineAt(html, m.index);
    const nameMatch = /<strong>([\s\S]*?)<\/strong>/i.exec(row);
    if (!nameMatch) continue; // a header row or layout row, not a centre
    rowsSeen++;
    const name = decodeEntities(nameMatch[1]!.replace(/<[^>]*>/g, ' '))
      .replace(/\s+/g, ' ')
      .trim();
    if (/tiks\s+atvērts/i.test(decodeEntities(row))) {
      const note = /tiks\s+atvērts[^<]*/i.exec(decodeEntities(row))?.[0]?.trim() ?? 'Tiks atvērts';
      notYetOpen.push({ line, name, text: note });
      continue;
    }
    const tds = [...row.matchAll(/<td([^>]*)>([\s\S]*?)<\/td>/gi)].map((c) => ({ attrs: c[1]!, html: c[2]! }));
    const first = tds[0]?.html ?? '';
    const links = [...first.matchAll(/<a\s[^>]*>([\s\S]*?)<\/a>/gi)].map((a) => a[1]!);
    // The second link of the first cell is the address; its lines are separated by <br />.
    const addressHtml = links.find((l) => !/<strong>/i.test(l));
    if (!addressHtml || brLines(addressHtml).length === 0) {
      problems.push({ file, line, message: `"${name}": no address; row skipped` });
      continue;
    }
    const address = parseAddress(brLines(addressHtml), lookups);
    if (!address.ok) {
      problems.push({ file, line, message: `"${name}": ${address.error}; row skipped` });
      continue;
    }
    const hoursCell = (tds.find((t) => /text-left/.test(t.attrs)) ?? tds[1])?.html ?? '';
    const hoursLines = brLines(hoursCell);
    const hours = latvianHoursToOsm(hoursLines);
    if (!hours.ok)
      problems.push({
        file,
        line,
        message: `"${name}": opening hours not read into the weekly form (${hours.error}); the text is kept and shown as published`,
      });
    const contact = (tds.find((t) => /text-right/.test(t.attrs)) ?? tds[2])?.html ?? '';
    const email = firstEmail(decodeEntities(contact));
    const phoneText = decodeEntities(
      contact
        .split(/<\/i>/i)
        .slice(1)
        .join(' ')
        .replace(/<[^>]*>/g, ' '),
    );
    const phone = phoneText.trim() ? firstPhone(phoneText) : null;
    if (phoneText.trim() && !phone)
      problems.push({ file, line, message: `"${name}": unreadable phone "${phoneText.trim()}"; kept as unknown` });
    centres.push({
      line,
      name,
      email,
      phone,
      openingHours: hours.ok ? hours.hours : null,
      hoursText: hoursLines.join('\n') || null,
      address: address.value,
    });
  }
  if (rowsSeen === 0) problems.push({ file, line: 0, message: 'no centre rows found (has the page layout changed?)' });
  return { centres, notYetOpen, problems, rowsSeen };
}

// Latvian public holidays from python-holidays (https://github.com/vacanza/holidays, MIT):
// LV_COMMON.json (date → English name) and LV.en_US.po (Latvian msgid → English msgstr).
// Pure functions: text in, records out.

import type { Problem } from './problems.ts';
import type { TransferOrder } from './working-saturdays.ts';

export const HOLIDAYS_SOURCE = 'https://github.com/vacanza/holidays';

export interface SpecialDayOut {
  date: string;
  kind: 'holiday' | 'transferred-day-off' | 'working-saturday';
  name: { lv: string; en: string };
  source: string;
}

/** msgid → msgstr pairs of a gettext .po file (multi-line strings joined; the header entry dropped). */
export function parsePo(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let current: 'id' | 'str' | null = null;
  let id = '';
  let str = '';
  const flush = () => {
    if (id !== '') out.set(id, str);
    id = '';
    str = '';
    current = null;
  };
  const unquote = (s: string) => JSON.parse(s) as string;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('msgid ')) {
      flush();
      current = 'id';
      id = unquote(line.slice(6));
    } else if (line.startsWith('msgstr ')) {
      current = 'str';
      str = unquote(line.slice(7));
    } else if (line.startsWith('"') && current) {
      if (current === 'id') id += unquote(line);
      else str += unquote(line);
    } else if (line === '' || line.startsWith('#')) {
      if (current === 'str') flush();
    }
  }
  flush();
  return out;
}

/** YYYY-MM-DD and a real calendar day (Date.parse alone accepts 2027-02-30). */
function isRealDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const t = Date.parse(`${date}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === date;
}

export interface HolidayEntry {
  line: number;
  date: string;
  name: string;
}

/** Read LV_COMMON.json, a flat object of "YYYY-MM-DD": "English name", keeping line numbers. */
export function parseHolidayJson(text: string, file: string): { entries: HolidayEntry[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const entries: HolidayEntry[] = [];
  let obj: Record<string, unknown>;
  try {
    obj = JSON.parse(text) as Record<string, unknown>;
  } catch (e) {
    return {
      entries,
      problems: [{ file, line: 0, message: `not valid JSON (${(e as Error).message}); file skipped` }],
    };
  }
  const lines = text.split(/\r?\n/);
  const lineOf = (key: string) => lines.findIndex((l) => l.includes(JSON.stringify(key))) + 1;
  for (const [date, name] of Object.entries(obj)) {
    const line = lineOf(date);
    if (!isRealDate(date)) {
      problems.push({ file, line, message: `key "${date}" is not a date; entry skipped` });
      continue;
    }
    if (typeof name !== 'string' || name.trim() === '') {
      problems.push({ file, line, message: `holiday on ${date} has no name; entry skipped` });
      continue;
    }
    entries.push({ line, date, name });
  }
  return { entries, problems };
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}
function longEn(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${WEEKDAYS_EN[weekday(date)]} ${d} ${MONTHS[m! - 1]} ${y}`;
}
function dotted(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y}`;
}

/** Turn a strftime-like pattern ("%m/%d/%Y") into a regex that captures year, month and day. */
function datePattern(fmt: string): { re: string; order: ('Y' | 'm' | 'd')[] } {
  const order: ('Y' | 'm' | 'd')[] = [];
  const re = fmt.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/%([Ymd])/g, (_, k: 'Y' | 'm' | 'd') => {
    order.push(k);
    return k === 'Y' ? '(\\d{4})' : '(\\d{1,2})';
  });
  return { re, order };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Build the special days for [fromYear, toYear]:
 * - every entry of LV_COMMON.json is a 'holiday' with its Latvian name from the .po file,
 *   except the Cabinet's transferred days off ("Day off (substituted from …)"), which become
 *   'transferred-day-off';
 * - for each transferred day off, the Saturday it was moved to becomes a 'working-saturday',
 *   but only when `orders` has the Cabinet order for that year (its URL is the source).
 */
export function buildSpecialDays(
  entries: HolidayEntry[],
  po: Map<string, string>,
  orders: TransferOrder[],
  fromYear: number,
  toYear: number,
  file = 'LV_COMMON.json',
): { days: SpecialDayOut[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const days: SpecialDayOut[] = [];
  const lvByEn = new Map<string, string>();
  for (const [lv, en] of po) if (!lv.includes('%') && en) lvByEn.set(en, lv);

  const observedLv = [...po.keys()].find((k) => /^%s \(/.test(k));
  const observedEn = observedLv ? po.get(observedLv) : undefined;
  const substLv = [...po.keys()].find((k) => k.includes('%s') && /pārcelt/i.test(k));
  const substEn = substLv ? po.get(substLv) : undefined;
  const enDate = datePattern(po.get('%d.%m.%Y') ?? '%m/%d/%Y');
  const substRe = substEn ? new RegExp('^' + escapeRe(substEn).replace('%s', enDate.re) + '$') : null;
  const observedRe = observedEn ? new RegExp('^' + escapeRe(observedEn).replace('%s', '(.+)') + '$') : null;
  const orderByYear = new Map(orders.map((o) => [o.year, o]));

  const translate = (en: string): string | undefined => {
    const parts = en.split('; ').map((p) => {
      const direct = lvByEn.get(p);
      if (direct) return direct;
      const obs = observedRe?.exec(p);
      if (obs && observedLv) {
        const base = lvByEn.get(obs[1]!);
        return base ? observedLv.replace('%s', base) : undefined;
      }
      return undefined;
    });
    return parts.every((p) => p) ? parts.join('; ') : undefined;
  };

  for (const e of entries) {
    const year = Number(e.date.slice(0, 4));
    if (year < fromYear || year > toYear) continue;
    const subst = substRe?.exec(e.name);
    if (subst && substLv) {
      const parts: Record<string, string> = {};
      enDate.order.forEach((k, i) => (parts[k] = subst[i + 1]!));
      const saturday = `${parts.Y}-${parts.m!.padStart(2, '0')}-${parts.d!.padStart(2, '0')}`;
      const order = orderByYear.get(year);
      days.push({
        date: e.date,
        kind: 'transferred-day-off',
        name: {
          lv: substLv.replace('%s', dotted(saturday)),
          en: `Day off (work moved to ${longEn(saturday)})`,
        },
        source: order?.url ?? HOLIDAYS_SOURCE,
      });
      if (weekday(saturday) !== 6) {
        problems.push({
          file,
          line: e.line,
          message: `${e.date}: the day it was moved from, ${saturday}, is not a Saturday; no working Saturday added`,
        });
      } else if (!order) {
        problems.push({
          file,
          line: e.line,
          message: `${e.date}: no Cabinet order for ${year} in src/import/working-saturdays.ts; working Saturday ${saturday} not added`,
        });
      } else {
        days.push({
          date: saturday,
          kind: 'working-saturday',
          name: {
            lv: `Pārceltā darba diena (no ${dotted(e.date)})`,
            en: `Working Saturday (instead of ${longEn(e.date)})`,
          },
          source: order.url,
        });
      }
      continue;
    }
    const lv = translate(e.name);
    if (!lv) {
      problems.push({
        file,
        line: e.line,
        message: `${e.date}: no Latvian name for "${e.name}" in LV.en_US.po; entry skipped`,
      });
      continue;
    }
    days.push({ date: e.date, kind: 'holiday', name: { lv, en: e.name }, source: HOLIDAYS_SOURCE });
  }
  days.sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
  return { days, problems };
}

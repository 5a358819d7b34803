// Opening hours: a strict parser for the subset of OpenStreetMap `opening_hours` that
// Latvian offices publish ("Mo-Fr 08:30-17:00; Sa 09:00-13:00; PH off"), turned at build
// time into a compact weekly form that a small client function can evaluate later.
// We parse ourselves rather than ship the LGPL `opening_hours` package: the data uses only
// weekly rules, and an unknown construct must fail the build rather than be misread.

/** Minutes after midnight, [from, to), e.g. [510, 1020] for 08:30–17:00. */
export type Span = readonly [number, number];

/** Monday-first week of time spans, plus what happens on public holidays. */
export interface WeeklyHours {
  /** days[0] is Monday … days[6] Sunday; an empty list means closed. */
  days: Span[][];
  /** 'off' when the source says public holidays are closed; null when it says nothing. */
  publicHolidays: 'off' | null;
}

export const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;

export type ParseResult = { ok: true; hours: WeeklyHours } | { ok: false; error: string };

const TIME = /^([01]\d|2[0-4]):([0-5]\d)$/;

function parseTime(text: string): number | null {
  const m = TIME.exec(text);
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes <= 24 * 60 ? minutes : null;
}

function parseDays(selector: string): number[] | string {
  const days: number[] = [];
  for (const part of selector.split(',')) {
    const [from, to, extra] = part.split('-');
    const a = WEEKDAYS.indexOf(from as (typeof WEEKDAYS)[number]);
    const b = to === undefined ? a : WEEKDAYS.indexOf(to as (typeof WEEKDAYS)[number]);
    if (extra !== undefined || a < 0 || b < 0)
      return `unknown day selector "${part}" (use Mo Tu We Th Fr Sa Su, ranges like Mo-Fr)`;
    // A range may wrap past Sunday ("Sa-Mo"), as in OSM.
    for (let d = a; ; d = (d + 1) % 7) {
      days.push(d);
      if (d === b) break;
    }
  }
  return days;
}

function parseSpans(text: string): Span[] | string {
  const spans: Span[] = [];
  for (const part of text.split(',')) {
    const [fromText, toText, extra] = part.split('-');
    const from = parseTime(fromText ?? '');
    const to = parseTime(toText ?? '');
    if (extra !== undefined || from === null || to === null) return `unreadable time range "${part}" (use HH:MM-HH:MM)`;
    if (to <= from) return `time range "${part}" ends before it starts`;
    const previous = spans.at(-1);
    if (previous && from < previous[1]) return `time range "${part}" overlaps the one before it`;
    spans.push([from, to]);
  }
  return spans;
}

/** Parse an opening_hours string of the supported subset; later rules override earlier days, as in OSM. */
export function parseOpeningHours(source: string): ParseResult {
  const hours: WeeklyHours = { days: WEEKDAYS.map(() => []), publicHolidays: null };
  const rules = source.split(';').map((r) => r.trim());
  if (rules.some((r) => r === '')) return { ok: false, error: 'an empty rule (check the semicolons)' };
  for (const rule of rules) {
    if (rule === 'PH off') {
      hours.publicHolidays = 'off';
      continue;
    }
    const match = /^(\S+) (\S+)$/.exec(rule);
    if (!match) return { ok: false, error: `unreadable rule "${rule}" (expected "<days> <times>" or "<days> off")` };
    const [, selector, times] = match as unknown as [string, string, string];
    const days = parseDays(selector);
    if (typeof days === 'string') return { ok: false, error: days };
    const spans = times === 'off' ? [] : parseSpans(times);
    if (typeof spans === 'string') return { ok: false, error: spans };
    for (const d of days) hours.days[d] = spans;
  }
  return { ok: true, hours };
}

/** Days grouped for a readable table: consecutive days with the same hours share a row. */
export interface HoursRow {
  from: number;
  to: number;
  spans: Span[];
}

export function groupDays(hours: WeeklyHours): HoursRow[] {
  const rows: HoursRow[] = [];
  hours.days.forEach((spans, day) => {
    const last = rows.at(-1);
    if (last && last.to === day - 1 && sameSpans(last.spans, spans)) last.to = day;
    else rows.push({ from: day, to: day, spans });
  });
  return rows;
}

function sameSpans(a: Span[], b: Span[]): boolean {
  return a.length === b.length && a.every((s, i) => s[0] === b[i]![0] && s[1] === b[i]![1]);
}

// Compact forms the browser needs to say "open now": a place's weekly hours as one short
// string, and the special days as a small JSON calendar without names. Both are made at
// build time from data/ and read back by the same small functions in the island.
import type { SpecialDay } from '../schema/index.ts';
import { WEEKDAYS, type Span, type WeeklyHours } from './opening-hours.ts';

/**
 * Weekly hours as text: seven Monday-first fields separated by "|", each a comma list of
 * "from-to" minute spans (empty when closed), then an eighth field "off" when public
 * holidays are closed. "Mo-Fr 08:30-17:00; PH off" → "510-1020|510-1020|510-1020|510-1020|510-1020|||off".
 */
export type CompactHours = string;

export function encodeHours(hours: WeeklyHours): CompactHours {
  const days = hours.days.map((spans) => spans.map(([from, to]) => `${from}-${to}`).join(','));
  return [...days, hours.publicHolidays ?? ''].join('|');
}

/** Read back what encodeHours wrote; throws on anything else, so a bad build fails loudly. */
export function decodeHours(text: CompactHours): WeeklyHours {
  const fields = text.split('|');
  if (fields.length !== WEEKDAYS.length + 1)
    throw new Error(`compact hours need ${WEEKDAYS.length + 1} fields: "${text}"`);
  const ph = fields.pop();
  if (ph !== '' && ph !== 'off') throw new Error(`compact hours: unknown public-holiday field "${ph}"`);
  const days = fields.map((field) => {
    if (field === '') return [];
    return field.split(',').map((pair): Span => {
      const m = /^(\d{1,4})-(\d{1,4})$/.exec(pair);
      const from = Number(m?.[1]);
      const to = Number(m?.[2]);
      if (!m || from >= to || to > 1440) throw new Error(`compact hours: bad span "${pair}" in "${text}"`);
      return [from, to];
    });
  });
  return { days, publicHolidays: ph === 'off' ? 'off' : null };
}

/** Special days as the client needs them: dates only, sorted, JSON-serialisable. */
export interface Calendar {
  /** Public holidays (including days off that replace a holiday falling on a weekend). */
  holidays: string[];
  /** Weekdays the Cabinet moved off work (pārceltās brīvdienas). */
  daysOff: string[];
  /** Saturdays worked instead of a day off: Saturday date → the date it stands for, or null when unknown. */
  workingSaturdays: Record<string, string | null>;
}

/**
 * Build the calendar from data/special-days.json records.
 * Pairing a working Saturday with the day off it pays for: each Cabinet order (one source URL)
 * moves its days in calendar order, so within one source the n-th working Saturday pays for the
 * n-th day off (2025: 10 May ↔ 2 May, 8 Nov ↔ 17 Nov; 2026: 17 Jan ↔ 2 Jan, 27 Jun ↔ 22 Jun).
 * Where a source's counts differ, the pairing is unknown (null); the day then uses Friday's hours.
 */
export function buildCalendar(specialDays: readonly SpecialDay[]): Calendar {
  const sorted = [...specialDays].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const pick = (kind: SpecialDay['kind']) => sorted.filter((d) => d.kind === kind);
  const workingSaturdays: Record<string, string | null> = {};
  const daysOff = pick('transferred-day-off');
  const saturdays = pick('working-saturday');
  for (const source of new Set(saturdays.map((d) => d.source))) {
    const sats = saturdays.filter((d) => d.source === source);
    const offs = daysOff.filter((d) => d.source === source);
    sats.forEach((sat, i) => {
      workingSaturdays[sat.date] = sats.length === offs.length ? offs[i]!.date : null;
    });
  }
  return {
    holidays: [...new Set(pick('holiday').map((d) => d.date))],
    daysOff: [...new Set(daysOff.map((d) => d.date))],
    workingSaturdays,
  };
}

/** The part of a calendar from `date` on: what a page built on that day can still need. */
export function calendarFrom(calendar: Calendar, date: string): Calendar {
  const saturdays = Object.entries(calendar.workingSaturdays).filter(([d]) => d >= date);
  // A working Saturday may pay for an earlier day, whose next day decides whether it is shortened.
  const cutoff = saturdays.reduce((min, [, paid]) => (paid !== null && paid < min ? paid : min), date);
  return {
    holidays: calendar.holidays.filter((d) => d >= cutoff),
    daysOff: calendar.daysOff.filter((d) => d >= cutoff),
    workingSaturdays: Object.fromEntries(saturdays),
  };
}

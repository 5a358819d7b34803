// Opening hours of a place as rows a person reads: days (as indexes, Monday = 0) and
// formatted times per language; day names come from the UI strings.
import type { Place } from '../schema/index.ts';
import { groupDays, parseOpeningHours, type WeeklyHours } from './opening-hours.ts';
import { formatSpan } from '../text/format.ts';
import type { Lang } from '../site/routes.ts';

export interface HoursRowText {
  from: number;
  to: number;
  /** "8.30–12.00, 12.20–17.00"; null when closed all day. */
  times: string | null;
}

export type HoursDescription =
  { kind: 'unknown' } | { kind: 'known'; rows: HoursRowText[]; publicHolidaysClosed: boolean };

export function describeHours(place: Place, lang: Lang): HoursDescription {
  if (place.openingHours === null) return { kind: 'unknown' };
  const parsed = parseOpeningHours(place.openingHours);
  // Validation rejects unparseable hours before any page renders, so this is a programming error.
  if (!parsed.ok) throw new Error(`Place "${place.id}": ${parsed.error}`);
  const rows = groupDays(parsed.hours).map((row) => ({
    from: row.from,
    to: row.to,
    times: row.spans.length === 0 ? null : row.spans.map((s) => formatSpan(s, lang)).join(', '),
  }));
  return { kind: 'known', rows, publicHolidaysClosed: parsed.hours.publicHolidays === 'off' };
}

/**
 * Weekly hours in one line, "Monday–Friday 8:30–17:00; Saturday closed", for the printed card
 * (the nearest-places island decodes the compact hours and calls this; day names come in).
 */
export function weeklyHoursLine(hours: WeeklyHours, lang: Lang, dayNames: readonly string[], closed: string): string {
  return groupDays(hours)
    .map((row) => {
      const days = row.from === row.to ? dayNames[row.from] : `${dayNames[row.from]}–${dayNames[row.to]}`;
      return `${days} ${row.spans.length === 0 ? closed : row.spans.map((s) => formatSpan(s, lang)).join(', ')}`;
    })
    .join('; ');
}

// Riga wall-clock time for a given instant. Intl.DateTimeFormat with an explicit time zone
// gives the same answer in browsers and in Node whatever the device's own zone, and knows
// Latvia's summer time (EET, UTC+2, to EEST, UTC+3, on the last Sundays of March and October).
// The instant is always an argument: lib never reads the clock.
// Calendar days are plain "YYYY-MM-DD" strings with day arithmetic in UTC, so no zone can shift them.

export const RIGA_TIME_ZONE = 'Europe/Riga';

/** A point in time: a Date or milliseconds since 1970-01-01T00:00Z. */
export type Instant = Date | number;

/** A calendar day in Riga. */
export interface LocalDay {
  /** YYYY-MM-DD. */
  date: string;
  /** 0 = Monday … 6 = Sunday, as in WeeklyHours.days. */
  weekday: number;
}

/** A time on Riga's wall clock: the day and minutes after midnight (0–1439). */
export interface LocalMoment extends LocalDay {
  minutes: number;
}

const DAY_MS = 86_400_000;

// hourCycle h23: some engines print midnight as "24" with hour12: false.
const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: RIGA_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function toMs(instant: Instant): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`not a valid instant: ${String(instant)}`);
  return ms;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(ms: number): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(ms)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
  };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Days since 1970-01-01 for a YYYY-MM-DD date (no time zone involved). */
function dayNumber(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: "${date}"`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

function dateOfDayNumber(n: number): string {
  const d = new Date(n * DAY_MS);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Riga's date, weekday and minutes after midnight at an instant. */
export function rigaMoment(instant: Instant): LocalMoment {
  const c = wallClock(toMs(instant));
  const date = `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}`;
  return { date, weekday: weekdayOf(date), minutes: c.hour * 60 + c.minute };
}

/** Monday-first weekday of a date: 0 = Monday … 6 = Sunday. 1970-01-01 was a Thursday (3). */
export function weekdayOf(date: string): number {
  return (((dayNumber(date) + 3) % 7) + 7) % 7;
}

/** The date and weekday of a YYYY-MM-DD date. */
export function localDay(date: string): LocalDay {
  return { date, weekday: weekdayOf(date) };
}

/** The date `days` days after `date` (negative for before). */
export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Riga's offset from UTC in minutes at an instant: 120 in winter, 180 in summer. */
export function rigaOffsetMinutes(instant: Instant): number {
  const ms = toMs(instant);
  const c = wallClock(ms);
  const asUtc = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return Math.round((asUtc - (ms - (((ms % 1000) + 1000) % 1000))) / 60_000);
}

/**
 * The instant (epoch ms) when Riga's clock shows `minutes` after midnight on `date`.
 * A time skipped when clocks go forward (03:00–03:59 on the last Sunday of March) is read
 * with the winter offset, i.e. it lands an hour later on the wall clock; a time that happens
 * twice when clocks go back (03:00–03:59 on the last Sunday of October) gives the first one.
 */
export function rigaInstant(date: string, minutes: number): number {
  const asUtc = dayNumber(date) * DAY_MS + minutes * 60_000;
  const before = rigaOffsetMinutes(asUtc - 14 * 3_600_000);
  const after = rigaOffsetMinutes(asUtc + 14 * 3_600_000);
  const fits = [before, after]
    .map((offset) => asUtc - offset * 60_000)
    .filter((t) => asUtc - rigaOffsetMinutes(t) * 60_000 === t);
  return fits.length > 0 ? Math.min(...fits) : asUtc - before * 60_000;
}

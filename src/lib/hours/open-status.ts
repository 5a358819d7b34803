// "Open now, closes at 17:00" / "Closed, opens Monday at 8:30", in Riga time, from a place's
// weekly hours and Latvia's special days. Rules (Latvian public offices):
// - a public holiday or a day off moved by the Cabinet: closed all day, whether or not the
//   hours say "PH off" (offices close then; their hours rarely say so);
// - a working Saturday: open with the hours of the weekday it stands for (see buildCalendar),
//   or Friday's hours when the pairing is unknown — the day most often moved, and usually the
//   shortest, so we do not promise more than the office gives;
// - a gap between two spans (a lunch break) is closed: "opens at 12:20";
// - the working day before a public holiday is one hour shorter (Labour Law, section 135; on a
//   working Saturday the shortening follows the day it stands for, as the State Labour
//   Inspectorate explains: https://www.vdi.gov.lv/lv/jaunums/16042018-informacija-par-parcelto-darba-dienu-21-aprili).
//   We do not move closing times — the published hours may already allow for it — and only
//   raise `shortenedDay` so the page can say "may close an hour early".
import type { SpecialDay } from '../schema/index.ts';
import type { Span, WeeklyHours } from './opening-hours.ts';
import { buildCalendar, type Calendar } from './codec.ts';
import {
  addDays,
  daysBetween,
  localDay,
  rigaMoment,
  type Instant,
  type LocalDay,
  type LocalMoment,
} from './riga-time.ts';

/** How far ahead "opens …" looks, in days. */
export const LOOKAHEAD_DAYS = 14;
/** Whose hours a working Saturday keeps when its pairing is unknown (0 = Monday). */
export const WORKING_SATURDAY_FALLBACK_WEEKDAY = 4;

export type DayKind = 'regular' | 'holiday' | 'transferred-day-off' | 'working-saturday';

/** One day's effective hours. */
export interface DayHours extends LocalDay {
  kind: DayKind;
  /** Spans the office is open that day, after special days are applied; empty when closed. */
  spans: readonly Span[];
  /** On a working Saturday: the date whose weekday's hours apply; null otherwise or when unknown. */
  standsFor: string | null;
  /** Open that day and it is the working day before a public holiday: may close an hour early. */
  shortenedDay: boolean;
}

export type ClosedReason =
  'holiday' | 'transferred-day-off' | 'closed-all-day' | 'before-opening' | 'break' | 'after-closing';

/** When a closed place opens next; inDays is 0 today, 1 tomorrow, and so on. */
export interface NextOpen extends LocalMoment {
  inDays: number;
}

export type OpenStatus =
  | { state: 'unknown' }
  | {
      state: 'open';
      /** Riga time now. */
      now: LocalMoment;
      today: DayHours;
      /** Minutes after midnight when it closes (on the day in `closes`). */
      closesAt: number;
      /** False only when the hours run past midnight into the next day. */
      closesToday: boolean;
      closes: LocalMoment;
      shortenedDay: boolean;
    }
  | {
      state: 'closed';
      now: LocalMoment;
      today: DayHours;
      reason: ClosedReason;
      /** Next opening within LOOKAHEAD_DAYS, or null. */
      nextOpen: NextOpen | null;
      shortenedDay: boolean;
    };

/** Special days as published (data/special-days.json) or as the compact client calendar. */
export type SpecialDays = readonly SpecialDay[] | Calendar;

interface Lookup {
  holidays: Set<string>;
  daysOff: Set<string>;
  workingSaturdays: Map<string, string | null>;
}

const lookups = new WeakMap<object, Lookup>();

function lookup(specialDays: SpecialDays): Lookup {
  let found = lookups.get(specialDays);
  if (!found) {
    const calendar = Array.isArray(specialDays) ? buildCalendar(specialDays) : (specialDays as Calendar);
    found = {
      holidays: new Set(calendar.holidays),
      daysOff: new Set(calendar.daysOff),
      workingSaturdays: new Map(Object.entries(calendar.workingSaturdays)),
    };
    lookups.set(specialDays, found);
  }
  return found;
}

function isBeforeHoliday(days: Lookup, date: string): boolean {
  if (days.holidays.has(addDays(date, 1))) return true;
  const standsFor = days.workingSaturdays.get(date);
  return standsFor != null && days.holidays.has(addDays(standsFor, 1));
}

/** The effective hours of one Riga date. */
export function dayHours(hours: WeeklyHours, specialDays: SpecialDays, date: string): DayHours {
  const days = lookup(specialDays);
  const day = localDay(date);
  if (days.holidays.has(date)) return { ...day, kind: 'holiday', spans: [], standsFor: null, shortenedDay: false };
  if (days.daysOff.has(date))
    return { ...day, kind: 'transferred-day-off', spans: [], standsFor: null, shortenedDay: false };
  let kind: DayKind = 'regular';
  let standsFor: string | null = null;
  let spans: readonly Span[] = hours.days[day.weekday] ?? [];
  if (days.workingSaturdays.has(date)) {
    kind = 'working-saturday';
    standsFor = days.workingSaturdays.get(date) ?? null;
    spans = hours.days[standsFor === null ? WORKING_SATURDAY_FALLBACK_WEEKDAY : localDay(standsFor).weekday] ?? [];
  }
  return { ...day, kind, spans, standsFor, shortenedDay: spans.length > 0 && isBeforeHoliday(days, date) };
}

/** The effective hours of `count` days from the Riga date at `now` (for a "this week" table). */
export function weekStatus(hours: WeeklyHours, specialDays: SpecialDays, now: Instant, count = 7): DayHours[] {
  const today = rigaMoment(now).date;
  return Array.from({ length: count }, (_, i) => dayHours(hours, specialDays, addDays(today, i)));
}

/** Whether a place is open at `now`, and when it closes or next opens. Null hours: unknown. */
export function openStatus(hours: WeeklyHours | null, specialDays: SpecialDays, now: Instant): OpenStatus {
  if (hours === null) return { state: 'unknown' };
  const moment = rigaMoment(now);
  const today = dayHours(hours, specialDays, moment.date);
  const current = today.spans.find(([from, to]) => from <= moment.minutes && moment.minutes < to);
  if (current) {
    const closes = closingAfter(hours, specialDays, today, current);
    return {
      state: 'open',
      now: moment,
      today,
      closesAt: closes.minutes,
      closesToday: closes.date === today.date,
      closes,
      shortenedDay: today.shortenedDay,
    };
  }
  return {
    state: 'closed',
    now: moment,
    today,
    reason: closedReason(today, moment.minutes),
    nextOpen: nextOpening(hours, specialDays, today, moment.minutes),
    shortenedDay: today.shortenedDay,
  };
}

function closedReason(today: DayHours, minutes: number): ClosedReason {
  if (today.kind === 'holiday' || today.kind === 'transferred-day-off') return today.kind;
  if (today.spans.length === 0) return 'closed-all-day';
  if (minutes < today.spans[0]![0]) return 'before-opening';
  if (minutes >= today.spans.at(-1)![1]) return 'after-closing';
  return 'break';
}

/** The end of the open period that `span` is part of, following spans that run on past midnight. */
function closingAfter(hours: WeeklyHours, specialDays: SpecialDays, today: DayHours, span: Span): LocalMoment {
  let day = today;
  let end = span[1];
  for (let i = 0; end === 24 * 60 && i < LOOKAHEAD_DAYS; i++) {
    const next = dayHours(hours, specialDays, addDays(day.date, 1));
    if (next.spans[0]?.[0] !== 0) break;
    day = next;
    end = next.spans[0][1];
  }
  return { date: day.date, weekday: day.weekday, minutes: end };
}

function nextOpening(hours: WeeklyHours, specialDays: SpecialDays, today: DayHours, minutes: number): NextOpen | null {
  const later = today.spans.find(([from]) => from > minutes);
  if (later) return { date: today.date, weekday: today.weekday, minutes: later[0], inDays: 0 };
  for (let i = 1; i <= LOOKAHEAD_DAYS; i++) {
    const day = dayHours(hours, specialDays, addDays(today.date, i));
    const first = day.spans[0];
    if (first)
      return { date: day.date, weekday: day.weekday, minutes: first[0], inDays: daysBetween(today.date, day.date) };
  }
  return null;
}

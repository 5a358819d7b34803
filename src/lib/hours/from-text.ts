// Opening hours as Latvian municipalities and the VPVKAC table publish them, read into the
// project's weekly form (the OpenStreetMap opening_hours subset of opening-hours.ts):
//   "P. 8.30–12.00 un 13.00–17.00 | … | S., Sv. BRĪVS"
//   "Pirmdiena: 8:30 - 12:00; 12:20 - 17:00"          (the pakalpojumucentri.lv table)
//   "Pirmdien–ceturtdien 8:00-17:00, piektdien 8:00-14:00, pusdienas pārtraukums 12.00–12.30"
//   "pēc iepriekšēja pieraksta"                       (by appointment only)
// The reader is deliberately strict: a word it does not know, a date, a season, a monthly rule
// ("katra mēneša 1. un 3. otrdienā") or a note in brackets makes the whole text unread, and the
// caller keeps and shows the text as published. A half-read timetable would tell someone a
// centre is open on the day it is not, so nothing is ever guessed.
// This module reads the phrases of the whole text (appointments, lunch breaks, holidays) and
// writes the week; timetable-tokens.ts reads the words, timetable-groups.ts their order.

import { parseOpeningHours, WEEKDAYS, type Span } from './opening-hours.ts';
import { readTimetableGroups } from './timetable-groups.ts';
import { TIME_RANGE, tokeniseTimetable, toMinutes } from './timetable-tokens.ts';

export interface HoursFromText {
  /** Weekly hours in the project's opening_hours subset, when the whole text was read; else null. */
  openingHours: string | null;
  /** true: the text says visits are by appointment only; false: it says no appointment is needed; null: it does not say. */
  appointmentOnly: boolean | null;
  /** Why the text could not be read (it is then shown as published); null when it was read. */
  unread: string | null;
}

/** Lower case, Latvian letters without diacritics, one kind of dash, no non-breaking spaces. */
function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u00a0\u2009\u202f\t]/g, ' ')
    .replace(/[–—−‑]/g, '-');
}

// Phrases read before the word-by-word pass.
const APPOINTMENT_ONLY =
  /\b(tikai\s+)?(pec|ar)\s+(ieprieksej[ao]\s+)?(pierakst[au]|pieteikum[au]|vienosanos)\b|\bieprieks\s+(piesakoties|pierakstoties|vienojoties)\b/g;
const NO_APPOINTMENT = /\bbez\s+(ieprieksej[ao]\s+)?(pierakst[au]|pieteikum[au])\b|\bdziva\s+rinda\b/g;
const BREAK = new RegExp(String.raw`\b(?:pusdienu|pusdienas|darba\s+laika)\s+partraukums\s*:?\s*` + TIME_RANGE, 'g');
const HOLIDAYS_CLOSED =
  /\b(?:svetku\s+dienas|svetku\s+dienas\s+un\s+brivdienas)\s*[-:]?\s*(?:slegts|slegta|brivs|nestrada)\b/g;
const NAMED_DAY_SETS: [RegExp, string][] = [
  [/\bkatru\s+darba\s+dienu\b|\bdarba\s+dienas\b|\bdarbdienas\b/g, ' pirmd - piektd '],
  [/\bkatru\s+dienu\b/g, ' pirmd - svetd '],
];

/** Reasons for leaving a text unread, tested in order; each names what the weekly form cannot hold. */
const NOT_WEEKLY: [RegExp, string][] = [
  [
    /\bkatr[ua]\s+menes|\bmenesa\s+\d|\b\d\.\s*(un\s+\d\.\s*)?(nedelas|nedela)\b|\bpedeja\b|\bmetodiska\b|\bspodribas\b/,
    'a monthly rule (the weekly form cannot hold it)',
  ],
  [
    /\bziemas\b|\bvasaras\b|\bsezon|\bno\s+(janvara|februara|marta|aprila|maija|junija|julija|augusta|septembra|oktobra|novembra|decembra)\b/,
    'seasonal hours',
  ],
  [
    /\b(janvar|februar|mart|april|maij|junij|julij|august|septembr|oktobr|novembr|decembr)\w*\b|\b\d{1,2}\.\s*\d{1,2}\.\s*\d{4}|\b20\d\d\b/,
    'a date (hours for particular days, not a weekly timetable)',
  ],
  [/[()[\]*]/, 'a note in brackets'],
];

/** Take the lunch break out of the spans it falls inside. */
function withoutBreak(spans: Span[], b: Span): Span[] {
  return spans.flatMap((s): Span[] =>
    b[0] > s[0] && b[1] < s[1]
      ? [
          [s[0], b[0]],
          [b[1], s[1]],
        ]
      : [s],
  );
}

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** Monday-first days → the shortest rules of the subset ("Mo-Th 08:30-17:00; Fr 08:30-16:00; PH off"). */
export function formatWeek(days: Span[][], publicHolidaysOff: boolean): string {
  const rules: string[] = [];
  let i = 0;
  while (i < 7) {
    const key = days[i]!.map((s) => `${hhmm(s[0])}-${hhmm(s[1])}`).join(',');
    let j = i;
    while (j + 1 < 7 && days[j + 1]!.map((s) => `${hhmm(s[0])}-${hhmm(s[1])}`).join(',') === key) j++;
    if (key !== '') rules.push(`${j > i ? `${WEEKDAYS[i]}-${WEEKDAYS[j]}` : WEEKDAYS[i]} ${key}`);
    i = j + 1;
  }
  if (publicHolidaysOff) rules.push('PH off');
  return rules.join('; ');
}

export function hoursFromText(published: string): HoursFromText {
  let text = normalise(published);
  let appointmentOnly: boolean | null = null;
  if (NO_APPOINTMENT.test(text)) appointmentOnly = false;
  text = text.replace(NO_APPOINTMENT, ' ');
  if (APPOINTMENT_ONLY.test(text)) appointmentOnly = true;
  text = text.replace(APPOINTMENT_ONLY, ' ');
  const unread = (reason: string): HoursFromText => ({ openingHours: null, appointmentOnly, unread: reason });

  for (const [re, reason] of NOT_WEEKLY) if (re.test(text)) return unread(reason);

  let lunch: Span | null = null;
  for (const m of text.matchAll(BREAK)) {
    const a = toMinutes(m[1]!);
    const b = toMinutes(m[2]!);
    if (a === null || b === null || b <= a || lunch) return unread('an unreadable lunch break');
    lunch = [a, b];
  }
  text = text.replace(BREAK, ' ; ');
  const holidaysOff = HOLIDAYS_CLOSED.test(text);
  text = text.replace(HOLIDAYS_CLOSED, ' ; ');
  for (const [re, days] of NAMED_DAY_SETS) text = text.replace(re, days);

  const tokens = tokeniseTimetable(text);
  if (typeof tokens === 'string') return unread(tokens);
  if (tokens.every((t) => t.kind === 'sep')) {
    // Nothing but "by appointment": there are no fixed hours to show, and that is what the text says.
    return appointmentOnly === true && !lunch
      ? { openingHours: null, appointmentOnly, unread: null }
      : unread('no weekly hours in the text');
  }
  const groups = readTimetableGroups(tokens);
  if (typeof groups === 'string') return unread(groups);

  const days: (Span[] | null)[] = WEEKDAYS.map(() => null);
  for (const g of groups) {
    for (const d of g.days) {
      if (days[d] !== null) return unread(`${WEEKDAYS[d]} is given twice`);
      const spans = g.spans === 'closed' ? [] : g.spans;
      for (let k = 1; k < spans.length; k++)
        if (spans[k]![0] < spans[k - 1]![1]) return unread(`overlapping times on ${WEEKDAYS[d]}`);
      days[d] = spans;
    }
  }
  const week = days.map((s) => (s === null ? [] : lunch ? withoutBreak(s, lunch) : s));
  if (week.every((s) => s.length === 0)) return unread('every day it names is closed');
  const openingHours = formatWeek(week, holidaysOff);
  const check = parseOpeningHours(openingHours);
  // formatWeek writes only what the subset reads; a failure here is a bug, reported rather than thrown.
  if (!check.ok) return unread(`internal: ${check.error}`);
  return { openingHours, appointmentOnly, unread: null };
}

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

import { parseOpeningHours, WEEKDAYS, type Span } from './opening-hours.ts';

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

// Weekday words: full forms in any case ending ("pirmdiena", "pirmdien", "pirmdienās",
// "no pirmdienas") and the abbreviations used in tables (P., O., T., C., Pk., S., Sv.; Pr., Ot., …).
const DAY_PREFIXES = ['pirmd', 'otrd', 'tresd', 'ceturtd', 'piektd', 'sestd', 'svetd'];
const DAY_ABBREVIATIONS: Record<string, number> = {
  p: 0,
  pr: 0,
  pirm: 0,
  o: 1,
  ot: 1,
  otr: 1,
  t: 2,
  tr: 2,
  tres: 2,
  c: 3,
  ce: 3,
  cet: 3,
  ceturt: 3,
  pk: 4,
  pt: 4,
  piekt: 4,
  s: 5,
  se: 5,
  sest: 5,
  sv: 6,
  svet: 6,
};

function dayOf(word: string): number | null {
  const bare = word.replace(/\.$/, '');
  const i = DAY_PREFIXES.findIndex((p) => bare.startsWith(p));
  if (i >= 0) return i;
  // Tables write abbreviations with or without the dot ("P-C", "S., Sv.").
  return DAY_ABBREVIATIONS[bare] ?? null;
}

const CLOSED = new Set(['slegts', 'slegta', 'slegtas', 'brivs', 'briva', 'brivdiena', 'nestrada', 'nav']);
/** Words that carry no timetable information ("VPVKAC darba laiks:", "no plkst. 8.00 līdz …"). */
const FILLER = new Set([
  'vpvkac',
  'darba',
  'laiks',
  'plkst',
  'plkst.',
  'pulksten',
  'klientu',
  'apmekletaju',
  'iedzivotaju',
  'pienemsana',
  'pienemsanas',
  'apkalposana',
  'apkalposanas',
  'klatiene',
  'ir',
  'atverts',
  'atverta',
  'strada',
  'stradas',
  'bus',
  'bet',
]);

// Phrases read before the word-by-word pass.
const APPOINTMENT_ONLY =
  /\b(tikai\s+)?(pec|ar)\s+(ieprieksej[ao]\s+)?(pierakst[au]|pieteikum[au]|vienosanos)\b|\bieprieks\s+(piesakoties|pierakstoties|vienojoties)\b/g;
const NO_APPOINTMENT = /\bbez\s+(ieprieksej[ao]\s+)?(pierakst[au]|pieteikum[au])\b|\bdziva\s+rinda\b/g;
const TIME = String.raw`(?:no\s+)?(?:plkst\.?\s*|pulksten\s+)?(\d{1,2}(?:[.:]\d{2})?)\s*(?:-|lidz)\s*(?:plkst\.?\s*|pulksten\s+)?(\d{1,2}(?:[.:]\d{2})?)`;
const BREAK = new RegExp(String.raw`\b(?:pusdienu|pusdienas|darba\s+laika)\s+partraukums\s*:?\s*` + TIME, 'g');
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

function toMinutes(t: string): number | null {
  const m = /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(t);
  if (!m) return null;
  const h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  if (h > 24 || min > 59 || (h === 24 && min > 0)) return null;
  return h * 60 + min;
}

type Token =
  | { kind: 'day'; day: number }
  | { kind: 'span'; span: Span }
  | { kind: 'closed' }
  | { kind: 'range' }
  | { kind: 'sep' }
  | { kind: 'word'; text: string };

function tokenise(text: string): Token[] | string {
  const tokens: Token[] = [];
  const re = new RegExp(
    String.raw`\s*(?:` + TIME + String.raw`|(\d+)|([a-z]+\.?)|(-)|([,;:|/&]|\bun\b)|(\.)|(\S))`,
    'y',
  );
  let m: RegExpExecArray | null;
  let rest = text;
  while (rest.trim() !== '' && (m = re.exec(rest)) !== null) {
    rest = rest.slice(m[0].length);
    re.lastIndex = 0;
    const [, from, to, digits, word, dash, sep, dot, other] = m;
    if (from !== undefined && to !== undefined) {
      const a = toMinutes(from);
      const b = toMinutes(to);
      if (a === null || b === null) return `not a time of day: "${from}-${to}"`;
      if (b <= a) return `a time range that ends before it starts: "${from}-${to}"`;
      // A bare hour range ("no pulksten 10 līdz 18", "9-17") is read, but not one that may be something else ("1-3").
      if (!/[.:]/.test(from) && !/[.:]/.test(to) && a < 5 * 60)
        return `a number range that may not be hours: "${from}-${to}"`;
      tokens.push({ kind: 'span', span: [a, b] });
    } else if (digits !== undefined) return `a number that is not a time: "${digits}"`;
    else if (word !== undefined) {
      if (word === 'un') tokens.push({ kind: 'sep' });
      else if (word === 'lidz') tokens.push({ kind: 'range' });
      else if (word === 'no') continue;
      else if (CLOSED.has(word.replace(/\.$/, ''))) tokens.push({ kind: 'closed' });
      else if (FILLER.has(word) || FILLER.has(word.replace(/\.$/, ''))) continue;
      else {
        const day = dayOf(word);
        tokens.push(day === null ? { kind: 'word', text: word } : { kind: 'day', day });
      }
    } else if (dash !== undefined) tokens.push({ kind: 'range' });
    else if (sep !== undefined) tokens.push({ kind: 'sep' });
    else if (dot !== undefined) continue;
    else if (other !== undefined) return `an unexpected character "${other}"`;
  }
  return tokens;
}

/** Groups of "days … times" (or "days … closed") from the tokens; an error text when they do not form one. */
function readGroups(tokens: Token[]): { days: number[]; spans: Span[] | 'closed' }[] | string {
  const groups: { days: number[]; spans: Span[] | 'closed' }[] = [];
  let i = 0;
  const skipSeps = () => {
    while (tokens[i]?.kind === 'sep') i++;
  };
  skipSeps();
  while (i < tokens.length) {
    const days: number[] = [];
    // Day list: DAY [range DAY] {sep DAY [range DAY]}
    for (;;) {
      const t = tokens[i];
      if (t?.kind !== 'day') break;
      i++;
      let to = t.day;
      if (tokens[i]?.kind === 'range' && tokens[i + 1]?.kind === 'day') {
        to = (tokens[i + 1] as { day: number }).day;
        i += 2;
      }
      for (let d = t.day; ; d = (d + 1) % 7) {
        days.push(d);
        if (d === to) break;
      }
      if (tokens[i]?.kind === 'sep' && tokens[i + 1]?.kind === 'day') i++;
    }
    const t = tokens[i];
    if (days.length === 0)
      return t?.kind === 'word' ? `an unknown word "${t.text}"` : 'times without the days they belong to';
    if (tokens[i]?.kind === 'sep') i++; // "Pirmdiena: 8:30"
    if (tokens[i]?.kind === 'range' && (tokens[i + 1]?.kind === 'closed' || tokens[i + 1]?.kind === 'span')) i++; // "sestdien – slēgta"
    if (
      tokens[i]?.kind === 'closed' ||
      (tokens[i]?.kind === 'range' && (i + 1 === tokens.length || tokens[i + 1]?.kind === 'sep'))
    ) {
      groups.push({ days, spans: 'closed' });
      i++;
      skipSeps();
      continue;
    }
    const spans: Span[] = [];
    while (tokens[i]?.kind === 'span') {
      spans.push((tokens[i] as { span: Span }).span);
      i++;
      if (tokens[i]?.kind === 'sep' && tokens[i + 1]?.kind === 'span') i++;
    }
    if (spans.length === 0) {
      const n = tokens[i];
      return n?.kind === 'word' ? `an unknown word "${n.text}"` : 'days without times';
    }
    groups.push({ days, spans });
    const n = tokens[i];
    if (n !== undefined && n.kind !== 'sep' && n.kind !== 'day')
      return n.kind === 'word' ? `an unknown word "${n.text}"` : 'text after the times that is not a day';
    skipSeps();
  }
  return groups;
}

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

  const tokens = tokenise(text);
  if (typeof tokens === 'string') return unread(tokens);
  if (tokens.every((t) => t.kind === 'sep')) {
    // Nothing but "by appointment": there are no fixed hours to show, and that is what the text says.
    return appointmentOnly === true && !lunch
      ? { openingHours: null, appointmentOnly, unread: null }
      : unread('no weekly hours in the text');
  }
  const groups = readGroups(tokens);
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

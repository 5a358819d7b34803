// "Open now" in Riga time. Instants are written in UTC so the tests mean the same thing in any
// zone; run this file under TZ=UTC and TZ=Europe/Riga. Hours are real ones from data/places.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCalendar, type Calendar } from '../../../../src/lib/hours/codec.ts';
import { dayHours, openStatus, weekStatus, type OpenStatus } from '../../../../src/lib/hours/open-status.ts';
import { parseOpeningHours, type WeeklyHours } from '../../../../src/lib/hours/opening-hours.ts';
import type { SpecialDay } from '../../../../src/lib/schema/index.ts';

function hours(source: string): WeeklyHours {
  const result = parseOpeningHours(source);
  if (!result.ok) throw new Error(result.error);
  return result.hours;
}

/** office-jurmala-jomas-iela: Monday long, Friday short — tells which weekday a working Saturday uses. */
const JURMALA = hours('Mo 08:30-18:00; Tu-Th 08:30-17:00; Fr 08:30-16:00; Sa-Su off');
/** vpvkac-grobina: lunch breaks 12:00–12:20 (12:30 on Tuesdays). */
const GROBINA = hours(
  'Mo 08:30-12:00,12:20-17:00; Tu 08:30-12:00,12:30-19:00; We-Th 08:30-12:00,12:20-17:00; Fr 08:30-14:00',
);
/** office-riga-brivibas-iela: open on Saturdays too. */
const RIGA = hours('Mo-Fr 08:00-19:00; Sa 10:00-15:00');

const CAB_2025 = 'https://likumi.lv/ta/id/351684-par-darba-dienu-parcelsanu-2025-gada';
const CAB_2026 = 'https://likumi.lv/ta/id/361161-par-darba-dienu-parcelsanu-2026-gada';
const HOLIDAYS = 'https://github.com/vacanza/holidays';
const day = (date: string, kind: SpecialDay['kind'], source: string, lv: string, en: string): SpecialDay => ({
  date,
  kind,
  name: { lv, en },
  source,
  checked: '2026-11-26',
});

/** The special days these tests touch, as data/special-days.json has them. */
const SPECIAL_DAYS: SpecialDay[] = [
  day(
    '2025-05-02',
    'transferred-day-off',
    CAB_2025,
    'Brīvdiena (pārcelta no 10.05.2025)',
    'Day off (work moved to Saturday 10 May 2025)',
  ),
  day(
    '2025-05-10',
    'working-saturday',
    CAB_2025,
    'Pārceltā darba diena (no 02.05.2025)',
    'Working Saturday (instead of Friday 2 May 2025)',
  ),
  day(
    '2025-11-08',
    'working-saturday',
    CAB_2025,
    'Pārceltā darba diena (no 17.11.2025)',
    'Working Saturday (instead of Monday 17 November 2025)',
  ),
  day(
    '2025-11-17',
    'transferred-day-off',
    CAB_2025,
    'Brīvdiena (pārcelta no 08.11.2025)',
    'Day off (work moved to Saturday 8 November 2025)',
  ),
  day(
    '2025-11-18',
    'holiday',
    HOLIDAYS,
    'Latvijas Republikas Proklamēšanas diena',
    'Republic of Latvia Proclamation Day',
  ),
  day('2025-12-31', 'holiday', HOLIDAYS, 'Vecgada diena', "New Year's Eve"),
  day('2026-01-01', 'holiday', HOLIDAYS, 'Jaungada diena', "New Year's Day"),
  day(
    '2026-01-02',
    'transferred-day-off',
    CAB_2026,
    'Brīvdiena (pārcelta no 17.01.2026)',
    'Day off (work moved to Saturday 17 January 2026)',
  ),
  day(
    '2026-01-17',
    'working-saturday',
    CAB_2026,
    'Pārceltā darba diena (no 02.01.2026)',
    'Working Saturday (instead of Friday 2 January 2026)',
  ),
  day('2026-04-03', 'holiday', HOLIDAYS, 'Lielā Piektdiena', 'Good Friday'),
  day('2026-04-05', 'holiday', HOLIDAYS, 'Pirmās Lieldienas', 'Easter Sunday'),
  day('2026-04-06', 'holiday', HOLIDAYS, 'Otrās Lieldienas', 'Easter Monday'),
  day(
    '2026-06-22',
    'transferred-day-off',
    CAB_2026,
    'Brīvdiena (pārcelta no 27.06.2026)',
    'Day off (work moved to Saturday 27 June 2026)',
  ),
  day('2026-06-23', 'holiday', HOLIDAYS, 'Līgo diena', 'Midsummer Eve'),
  day('2026-06-24', 'holiday', HOLIDAYS, 'Jāņu diena', 'Midsummer Day'),
  day(
    '2026-06-27',
    'working-saturday',
    CAB_2026,
    'Pārceltā darba diena (no 22.06.2026)',
    'Working Saturday (instead of Monday 22 June 2026)',
  ),
  day(
    '2026-11-18',
    'holiday',
    HOLIDAYS,
    'Latvijas Republikas Proklamēšanas diena',
    'Republic of Latvia Proclamation Day',
  ),
];

/** What a test expects, in few words: state, closing or next opening, reason, flags. */
type Expect =
  | { state: 'open'; closesAt: number; shortenedDay?: boolean }
  | {
      state: 'closed';
      reason: string;
      nextOpen: { date: string; weekday: number; minutes: number; inDays: number } | null;
      shortenedDay?: boolean;
    };

function summary(status: OpenStatus): Expect | { state: 'unknown' } {
  if (status.state === 'unknown') return status;
  if (status.state === 'open') return { state: 'open', closesAt: status.closesAt, shortenedDay: status.shortenedDay };
  return { state: 'closed', reason: status.reason, nextOpen: status.nextOpen, shortenedDay: status.shortenedDay };
}

const t = (hh: number, mm = 0) => hh * 60 + mm;
const next = (date: string, weekday: number, minutes: number, inDays: number) => ({ date, weekday, minutes, inDays });

describe('openStatus', () => {
  it.each<[string, string, WeeklyHours, Expect]>([
    // Daylight saving time: the switch itself happens on a Sunday night.
    [
      'spring-forward Sunday (13:00 Riga): opens Monday',
      '2026-03-29T10:00:00Z',
      JURMALA,
      { state: 'closed', reason: 'closed-all-day', nextOpen: next('2026-03-30', 0, t(8, 30), 1) },
    ],
    [
      'spring-forward night, 02:59 Riga',
      '2026-03-29T00:59:00Z',
      JURMALA,
      { state: 'closed', reason: 'closed-all-day', nextOpen: next('2026-03-30', 0, t(8, 30), 1) },
    ],
    [
      'Friday before spring forward, 08:15 EET: not yet open',
      '2026-03-27T06:15:00Z',
      JURMALA,
      { state: 'closed', reason: 'before-opening', nextOpen: next('2026-03-27', 4, t(8, 30), 0) },
    ],
    [
      'Monday after spring forward, 08:45 EEST: open',
      '2026-03-30T05:45:00Z',
      JURMALA,
      { state: 'open', closesAt: t(18) },
    ],
    [
      'Monday after spring forward, 17:59 EEST: still open',
      '2026-03-30T14:59:00Z',
      JURMALA,
      { state: 'open', closesAt: t(18) },
    ],
    ['Friday before fall back, 08:45 EEST: open', '2026-10-23T05:45:00Z', JURMALA, { state: 'open', closesAt: t(16) }],
    [
      'Friday before fall back, 16:00 EEST: opens Monday',
      '2026-10-23T13:00:00Z',
      JURMALA,
      { state: 'closed', reason: 'after-closing', nextOpen: next('2026-10-26', 0, t(8, 30), 3) },
    ],
    [
      'fall-back night, second 03:30 Riga',
      '2026-10-25T01:30:00Z',
      JURMALA,
      { state: 'closed', reason: 'closed-all-day', nextOpen: next('2026-10-26', 0, t(8, 30), 1) },
    ],
    [
      'Monday after fall back, 08:00 EET: opens at 8:30',
      '2026-10-26T06:00:00Z',
      JURMALA,
      { state: 'closed', reason: 'before-opening', nextOpen: next('2026-10-26', 0, t(8, 30), 0) },
    ],
    // A public holiday, and the shortened working day before it.
    [
      'Proclamation Day 2026-11-18, 10:00: closed',
      '2026-11-18T08:00:00Z',
      JURMALA,
      { state: 'closed', reason: 'holiday', nextOpen: next('2026-11-19', 3, t(8, 30), 1) },
    ],
    [
      'the day before, 10:00: open, may close early',
      '2026-11-17T08:00:00Z',
      JURMALA,
      { state: 'open', closesAt: t(17), shortenedDay: true },
    ],
    [
      'the day before, 07:00: closed, may close early',
      '2026-11-17T05:00:00Z',
      JURMALA,
      { state: 'closed', reason: 'before-opening', nextOpen: next('2026-11-17', 1, t(8, 30), 0), shortenedDay: true },
    ],
    [
      'holiday even on a place open every day',
      '2026-11-18T08:00:00Z',
      RIGA,
      { state: 'closed', reason: 'holiday', nextOpen: next('2026-11-19', 3, t(8), 1) },
    ],
    [
      'Good Friday 2026-04-03: Easter Monday too, open again Tuesday',
      '2026-04-03T07:00:00Z',
      JURMALA,
      { state: 'closed', reason: 'holiday', nextOpen: next('2026-04-07', 1, t(8, 30), 4) },
    ],
    [
      'Thursday before Good Friday: may close early',
      '2026-04-02T07:00:00Z',
      JURMALA,
      { state: 'open', closesAt: t(17), shortenedDay: true },
    ],
    // A day off moved by the Cabinet, and the Saturday that pays for it.
    [
      'New Year, 2026-01-01: opens Monday 5 Jan',
      '2026-01-01T10:00:00Z',
      JURMALA,
      { state: 'closed', reason: 'holiday', nextOpen: next('2026-01-05', 0, t(8, 30), 4) },
    ],
    [
      'transferred day off 2026-01-02 (Friday)',
      '2026-01-02T08:00:00Z',
      JURMALA,
      { state: 'closed', reason: 'transferred-day-off', nextOpen: next('2026-01-05', 0, t(8, 30), 3) },
    ],
    [
      'transferred day off on a place open on Saturdays',
      '2026-01-02T08:00:00Z',
      RIGA,
      { state: 'closed', reason: 'transferred-day-off', nextOpen: next('2026-01-03', 5, t(10), 1) },
    ],
    [
      'Friday 2026-01-16 after closing: opens on the working Saturday',
      '2026-01-16T15:00:00Z',
      JURMALA,
      { state: 'closed', reason: 'after-closing', nextOpen: next('2026-01-17', 5, t(8, 30), 1) },
    ],
    [
      'working Saturday 2026-01-17 has Friday hours (it pays for Fri 2 Jan)',
      '2026-01-17T08:00:00Z',
      JURMALA,
      { state: 'open', closesAt: t(16) },
    ],
    [
      'working Saturday 2026-01-17 at 16:30: closed, opens Monday',
      '2026-01-17T14:30:00Z',
      JURMALA,
      { state: 'closed', reason: 'after-closing', nextOpen: next('2026-01-19', 0, t(8, 30), 2) },
    ],
    [
      'working Saturday replaces regular Saturday hours',
      '2026-01-17T06:30:00Z',
      RIGA,
      { state: 'open', closesAt: t(19) },
    ],
    [
      'working Saturday 2026-06-27 has Monday hours, shortened like Mon 22 June before Līgo',
      '2026-06-27T14:30:00Z',
      JURMALA,
      { state: 'open', closesAt: t(18), shortenedDay: true },
    ],
    [
      'Friday 2026-06-19: opens Thursday 25 June',
      '2026-06-19T14:00:00Z',
      JURMALA,
      { state: 'closed', reason: 'after-closing', nextOpen: next('2026-06-25', 3, t(8, 30), 6) },
    ],
    [
      'working Saturday 2025-11-08 has Monday hours, shortened like Mon 17 Nov',
      '2025-11-08T07:00:00Z',
      JURMALA,
      { state: 'open', closesAt: t(18), shortenedDay: true },
    ],
    [
      'working Saturday 2025-05-10 has Friday hours, not shortened',
      '2025-05-10T07:00:00Z',
      JURMALA,
      { state: 'open', closesAt: t(16), shortenedDay: false },
    ],
    // Lunch breaks are gaps between spans.
    ['Monday 11:59 before lunch: closes at 12:00', '2026-02-02T09:59:00Z', GROBINA, { state: 'open', closesAt: t(12) }],
    [
      'Monday 12:10 at lunch: opens at 12:20',
      '2026-02-02T10:10:00Z',
      GROBINA,
      { state: 'closed', reason: 'break', nextOpen: next('2026-02-02', 0, t(12, 20), 0) },
    ],
    ['Monday 12:20 after lunch: closes at 17:00', '2026-02-02T10:20:00Z', GROBINA, { state: 'open', closesAt: t(17) }],
    [
      'Tuesday 12:25 at the longer lunch: opens at 12:30',
      '2026-02-03T10:25:00Z',
      GROBINA,
      { state: 'closed', reason: 'break', nextOpen: next('2026-02-03', 1, t(12, 30), 0) },
    ],
    // Weekends.
    [
      'Sunday: opens Monday',
      '2026-02-01T10:00:00Z',
      GROBINA,
      { state: 'closed', reason: 'closed-all-day', nextOpen: next('2026-02-02', 0, t(8, 30), 1) },
    ],
    [
      'Saturday: opens Monday',
      '2026-02-07T10:00:00Z',
      JURMALA,
      { state: 'closed', reason: 'closed-all-day', nextOpen: next('2026-02-09', 0, t(8, 30), 2) },
    ],
    ['Saturday 14:59 at a place open on Saturdays', '2026-02-07T12:59:00Z', RIGA, { state: 'open', closesAt: t(15) }],
    [
      'Saturday 15:00 at a place open on Saturdays',
      '2026-02-07T13:00:00Z',
      RIGA,
      { state: 'closed', reason: 'after-closing', nextOpen: next('2026-02-09', 0, t(8), 2) },
    ],
  ])('%s', (_name, iso, weekly, expected) => {
    const status = summary(openStatus(weekly, SPECIAL_DAYS, new Date(iso)));
    expect(status).toEqual({ shortenedDay: false, ...expected });
  });

  it('is unknown without hours', () => {
    expect(openStatus(null, SPECIAL_DAYS, Date.parse('2026-02-02T10:00:00Z'))).toEqual({ state: 'unknown' });
  });

  it('finds no opening within 14 days for a place that never opens', () => {
    const closed = hours('Mo-Su off');
    expect(summary(openStatus(closed, SPECIAL_DAYS, Date.parse('2026-02-02T10:00:00Z')))).toMatchObject({
      state: 'closed',
      nextOpen: null,
    });
  });

  it('follows hours that run past midnight to the real closing', () => {
    const always = hours('Mo-Su 00:00-24:00');
    const status = openStatus(always, SPECIAL_DAYS, Date.parse('2026-11-13T10:00:00Z'));
    expect(status).toMatchObject({
      state: 'open',
      closesToday: false,
      closesAt: 1440,
      closes: { date: '2026-11-17', weekday: 1 },
    });
  });

  it('reads the compact calendar the same as the published list', () => {
    const calendar: Calendar = JSON.parse(JSON.stringify(buildCalendar(SPECIAL_DAYS)));
    for (const iso of [
      '2026-01-17T08:00:00Z',
      '2026-01-02T08:00:00Z',
      '2026-11-17T08:00:00Z',
      '2026-06-27T14:30:00Z',
    ]) {
      expect(openStatus(JURMALA, calendar, Date.parse(iso))).toEqual(
        openStatus(JURMALA, SPECIAL_DAYS, Date.parse(iso)),
      );
    }
  });

  it("uses Friday's hours on a working Saturday whose pairing is unknown", () => {
    const calendar: Calendar = { holidays: [], daysOff: [], workingSaturdays: { '2026-01-17': null } };
    expect(dayHours(JURMALA, calendar, '2026-01-17')).toMatchObject({
      kind: 'working-saturday',
      standsFor: null,
      spans: [[t(8, 30), t(16)]],
    });
  });
});

describe('weekStatus', () => {
  it('lists the coming days with special days applied', () => {
    const week = weekStatus(JURMALA, SPECIAL_DAYS, Date.parse('2025-12-29T08:00:00Z'), 7);
    expect(week.map((d) => [d.date, d.weekday, d.kind, d.spans.length, d.shortenedDay])).toEqual([
      ['2025-12-29', 0, 'regular', 1, false],
      ['2025-12-30', 1, 'regular', 1, true],
      ['2025-12-31', 2, 'holiday', 0, false],
      ['2026-01-01', 3, 'holiday', 0, false],
      ['2026-01-02', 4, 'transferred-day-off', 0, false],
      ['2026-01-03', 5, 'regular', 0, false],
      ['2026-01-04', 6, 'regular', 0, false],
    ]);
  });

  it('marks the working day before a holiday as shortened', () => {
    const week = weekStatus(JURMALA, SPECIAL_DAYS, Date.parse('2026-06-19T08:00:00Z'), 9);
    expect(week.filter((d) => d.shortenedDay).map((d) => d.date)).toEqual(['2026-06-27']);
    expect(week.find((d) => d.date === '2026-06-22')).toMatchObject({ kind: 'transferred-day-off', spans: [] });
  });
});

describe('with data/special-days.json', () => {
  const file = 'data/special-days.json';
  it.runIf(existsSync(file))('pairs each working Saturday with the day off it pays for', () => {
    const calendar = buildCalendar(JSON.parse(readFileSync(file, 'utf8')) as SpecialDay[]);
    expect(calendar.workingSaturdays).toMatchObject({
      '2025-05-10': '2025-05-02',
      '2025-11-08': '2025-11-17',
      '2026-01-17': '2026-01-02',
      '2026-06-27': '2026-06-22',
    });
  });

  it.runIf(existsSync(file))('gives the same answers as the fixture on the tested days', () => {
    const real = JSON.parse(readFileSync(file, 'utf8')) as SpecialDay[];
    for (const iso of [
      '2026-11-18T08:00:00Z',
      '2026-04-03T07:00:00Z',
      '2026-01-01T10:00:00Z',
      '2026-01-02T08:00:00Z',
      '2026-01-17T08:00:00Z',
      '2026-06-27T14:30:00Z',
      '2026-11-17T08:00:00Z',
    ]) {
      expect(openStatus(JURMALA, real, Date.parse(iso))).toEqual(openStatus(JURMALA, SPECIAL_DAYS, Date.parse(iso)));
    }
  });
});

// Riga wall-clock time must not depend on the machine's zone: run under TZ=UTC and TZ=Europe/Riga.
// Latvia goes EET → EEST at 01:00 UTC on 2026-03-29 (03:00 → 04:00 Riga) and back at
// 01:00 UTC on 2026-10-25 (04:00 → 03:00 Riga).
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  localDay,
  rigaInstant,
  rigaMoment,
  rigaOffsetMinutes,
  weekdayOf,
} from '../../../../src/lib/hours/riga-time.ts';

describe('rigaMoment', () => {
  it.each([
    ['2026-03-29T00:59:59Z', '2026-03-29', 6, 2 * 60 + 59, 120, 'last winter second before spring forward'],
    ['2026-03-29T01:00:00Z', '2026-03-29', 6, 4 * 60, 180, 'spring forward: 03:00 becomes 04:00'],
    ['2026-03-30T05:45:00Z', '2026-03-30', 0, 8 * 60 + 45, 180, 'Monday morning in summer time'],
    ['2026-10-25T00:30:00Z', '2026-10-25', 6, 3 * 60 + 30, 180, 'first 03:30 on fall-back night'],
    ['2026-10-25T01:30:00Z', '2026-10-25', 6, 3 * 60 + 30, 120, 'second 03:30 on fall-back night'],
    ['2026-10-26T06:00:00Z', '2026-10-26', 0, 8 * 60, 120, 'Monday morning back in winter time'],
    ['2025-12-31T21:59:59Z', '2025-12-31', 2, 23 * 60 + 59, 120, 'last minute of the year in Riga'],
    ['2025-12-31T22:00:00Z', '2026-01-01', 3, 0, 120, 'midnight in Riga is 22:00 UTC'],
    ['2026-06-30T21:00:00Z', '2026-07-01', 2, 0, 180, 'midnight in summer is 21:00 UTC'],
  ])('%s → %s weekday %i minute %i (offset %i): %s', (iso, date, weekday, minutes, offset) => {
    expect(rigaMoment(new Date(iso))).toEqual({ date, weekday, minutes });
    expect(rigaMoment(Date.parse(iso))).toEqual({ date, weekday, minutes });
    expect(rigaOffsetMinutes(Date.parse(iso))).toBe(offset);
  });

  it('rejects an invalid instant', () => {
    expect(() => rigaMoment(Number.NaN)).toThrow(RangeError);
  });
});

describe('calendar days', () => {
  it.each([
    ['2026-01-02', 4],
    ['2026-01-17', 5],
    ['2026-03-29', 6],
    ['2026-03-30', 0],
    ['2026-11-18', 2],
    ['2024-02-29', 3],
  ])('%s is weekday %i (Monday = 0)', (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
    expect(localDay(date)).toEqual({ date, weekday });
  });

  it.each([
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-25', 1, '2026-10-26'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-01-17', -15, '2026-01-02'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });

  it('rejects a malformed date', () => {
    expect(() => weekdayOf('2026-1-2')).toThrow(RangeError);
  });
});

describe('rigaInstant', () => {
  it.each([
    ['2026-07-01', 8 * 60 + 30, '2026-07-01T05:30:00.000Z', 'summer'],
    ['2026-01-05', 8 * 60 + 30, '2026-01-05T06:30:00.000Z', 'winter'],
    ['2026-03-29', 4 * 60, '2026-03-29T01:00:00.000Z', 'first minute of summer time'],
    ['2026-03-29', 3 * 60 + 20, '2026-03-29T01:20:00.000Z', 'a skipped time reads as an hour later (04:20)'],
    ['2026-10-25', 3 * 60 + 30, '2026-10-25T00:30:00.000Z', 'a repeated time gives the first one'],
    ['2026-10-25', 4 * 60, '2026-10-25T02:00:00.000Z', 'after fall back'],
    ['2026-01-01', 0, '2025-12-31T22:00:00.000Z', 'midnight'],
  ])('%s at minute %i is %s (%s)', (date, minutes, iso) => {
    expect(new Date(rigaInstant(date, minutes)).toISOString()).toBe(iso);
  });

  it('round-trips every hour of the spring and autumn switch weeks', () => {
    for (const start of ['2026-03-26', '2026-10-22']) {
      for (let h = 0; h < 7 * 24; h++) {
        const date = addDays(start, Math.floor(h / 24));
        const minutes = (h % 24) * 60 + 15;
        const back = rigaMoment(rigaInstant(date, minutes));
        const skipped = date === '2026-03-29' && minutes >= 180 && minutes < 240;
        expect(back).toEqual({ date, weekday: weekdayOf(date), minutes: skipped ? minutes + 60 : minutes });
      }
    }
  });
});

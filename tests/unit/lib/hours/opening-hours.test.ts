import { describe, expect, it } from 'vitest';
import { groupDays, parseOpeningHours } from '../../../../src/lib/hours/opening-hours.ts';

const h = (hh: number, mm = 0) => hh * 60 + mm;

describe('parseOpeningHours', () => {
  it.each([
    ['Mo-Fr 08:30-17:00', [0, 4], [[h(8, 30), h(17)]]],
    [
      'Mo 08:30-12:00,12:20-17:00',
      [0, 0],
      [
        [h(8, 30), h(12)],
        [h(12, 20), h(17)],
      ],
    ],
    ['Sa-Mo 10:00-14:00', [5, 0], [[h(10), h(14)]]],
    ['Mo,We 09:00-13:00', [2, 2], [[h(9), h(13)]]],
  ])('reads "%s"', (source, [from, to], spans) => {
    const result = parseOpeningHours(source);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.hours.days[from!]).toEqual(spans);
    expect(result.hours.days[to!]).toEqual(spans);
  });

  it('lets a later rule override earlier days and reads PH off', () => {
    const result = parseOpeningHours('Mo-Fr 08:00-17:00; Fr 08:00-14:00; We off; PH off');
    expect(result.ok && result.hours.days.map((d) => d.length)).toEqual([1, 1, 0, 1, 1, 0, 0]);
    expect(result.ok && result.hours.days[4]).toEqual([[h(8), h(14)]]);
    expect(result.ok && result.hours.publicHolidays).toBe('off');
  });

  it.each([
    ['Mon-Fri 8-17', 'unknown day selector'],
    ['Mo-Fr 8:30-17:00', 'unreadable time range'],
    ['Mo-Fr 17:00-08:00', 'ends before it starts'],
    ['Mo 08:00-12:00,11:00-13:00', 'overlaps'],
    ['Mo-Fr 08:00-17:00;; Sa off', 'empty rule'],
    ['by appointment', 'unknown day selector'],
    ['Mo-Fr 08:00-17:00 extra', 'unreadable rule'],
    ['Mo-Fr 25:00-26:00', 'unreadable time range'],
  ])('rejects "%s" saying %s', (source, message) => {
    const result = parseOpeningHours(source);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(message);
  });
});

describe('groupDays', () => {
  it('joins consecutive days with the same hours into one row', () => {
    const result = parseOpeningHours('Mo-Th 08:30-17:00; Fr 08:30-14:00');
    if (!result.ok) throw new Error(result.error);
    expect(groupDays(result.hours).map((r) => [r.from, r.to, r.spans.length])).toEqual([
      [0, 3, 1],
      [4, 4, 1],
      [5, 6, 0],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  buildCalendar,
  calendarFrom,
  decodeHours,
  encodeHours,
  type Calendar,
} from '../../../../src/lib/hours/codec.ts';
import { parseOpeningHours } from '../../../../src/lib/hours/opening-hours.ts';
import type { SpecialDay } from '../../../../src/lib/schema/index.ts';

describe('encodeHours / decodeHours', () => {
  it.each([
    ['Mo-Fr 08:30-17:00; PH off', '510-1020|510-1020|510-1020|510-1020|510-1020|||off'],
    ['Mo 08:30-12:00,12:20-17:00; Fr 08:30-14:00', '510-720,740-1020||||510-840|||'],
    ['Mo-Fr 08:00-19:00; Sa 10:00-15:00', '480-1140|480-1140|480-1140|480-1140|480-1140|600-900||'],
    ['Mo-Su 00:00-24:00', '0-1440|0-1440|0-1440|0-1440|0-1440|0-1440|0-1440|'],
  ])('"%s" ↔ "%s"', (source, compact) => {
    const parsed = parseOpeningHours(source);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(encodeHours(parsed.hours)).toBe(compact);
    expect(decodeHours(compact)).toEqual(parsed.hours);
  });

  it.each([
    ['510-1020', 'fields'],
    ['510-1020|||||||maybe', 'public-holiday'],
    ['1020-510|||||||', 'bad span'],
    ['510-1500|||||||', 'bad span'],
    ['8:30-17|||||||', 'bad span'],
  ])('rejects "%s" (%s)', (text, message) => {
    expect(() => decodeHours(text)).toThrow(message);
  });
});

const src = (year: number) => `https://likumi.lv/ta/id/${year}`;
const sd = (date: string, kind: SpecialDay['kind'], source = src(2026)): SpecialDay => ({
  date,
  kind,
  name: { lv: 'x', en: 'x' },
  source,
  checked: '2026-01-01',
});

describe('buildCalendar', () => {
  it.each<[string, SpecialDay[], Calendar['workingSaturdays']]>([
    [
      'pairs within one order in date order, day off first',
      [
        sd('2026-01-02', 'transferred-day-off'),
        sd('2026-01-17', 'working-saturday'),
        sd('2026-06-22', 'transferred-day-off'),
        sd('2026-06-27', 'working-saturday'),
      ],
      { '2026-01-17': '2026-01-02', '2026-06-27': '2026-06-22' },
    ],
    [
      'pairs within one order when the Saturday comes first',
      [
        sd('2025-11-17', 'transferred-day-off', src(2025)),
        sd('2025-11-08', 'working-saturday', src(2025)),
        sd('2025-05-02', 'transferred-day-off', src(2025)),
        sd('2025-05-10', 'working-saturday', src(2025)),
      ],
      { '2025-05-10': '2025-05-02', '2025-11-08': '2025-11-17' },
    ],
    [
      'keeps orders apart',
      [
        sd('2025-05-02', 'transferred-day-off', src(2025)),
        sd('2026-01-17', 'working-saturday'),
        sd('2026-01-02', 'transferred-day-off'),
      ],
      { '2026-01-17': '2026-01-02' },
    ],
    [
      'leaves an uneven order unpaired',
      [
        sd('2026-01-17', 'working-saturday'),
        sd('2026-06-27', 'working-saturday'),
        sd('2026-01-02', 'transferred-day-off'),
      ],
      { '2026-01-17': null, '2026-06-27': null },
    ],
  ])('%s', (_name, days, expected) => {
    expect(buildCalendar(days).workingSaturdays).toEqual(expected);
  });

  it('lists holidays and days off sorted, once each', () => {
    const calendar = buildCalendar([
      sd('2026-11-18', 'holiday'),
      sd('2026-01-01', 'holiday'),
      sd('2026-01-01', 'holiday'),
      sd('2026-01-02', 'transferred-day-off'),
    ]);
    expect(calendar.holidays).toEqual(['2026-01-01', '2026-11-18']);
    expect(calendar.daysOff).toEqual(['2026-01-02']);
  });
});

describe('calendarFrom', () => {
  it('drops past days but keeps what a coming working Saturday refers to', () => {
    const calendar: Calendar = {
      holidays: ['2025-12-31', '2026-01-01', '2026-06-23'],
      daysOff: ['2025-05-02', '2026-01-02', '2026-06-22'],
      workingSaturdays: { '2025-05-10': '2025-05-02', '2026-01-17': '2026-01-02', '2026-06-27': '2026-06-22' },
    };
    expect(calendarFrom(calendar, '2026-01-10')).toEqual({
      holidays: ['2026-06-23'],
      daysOff: ['2026-01-02', '2026-06-22'],
      workingSaturdays: { '2026-01-17': '2026-01-02', '2026-06-27': '2026-06-22' },
    });
  });
});

import { describe, expect, it } from 'vitest';
import { openStatus } from '../../../../src/lib/hours/open-status.ts';
import { openStatusText, type OpenStatusStrings } from '../../../../src/lib/hours/open-status-text.ts';
import { rigaInstant } from '../../../../src/lib/hours/riga-time.ts';
import type { Calendar } from '../../../../src/lib/hours/codec.ts';
import type { WeeklyHours } from '../../../../src/lib/hours/opening-hours.ts';

const en: OpenStatusStrings = {
  open: 'Open now',
  closed: 'Closed',
  unknown: 'Opening hours not known',
  closesAt: 'closes at {{time}}',
  closesOn: 'closes {{day}} at {{time}}',
  opensToday: 'opens today at {{time}}',
  opensTomorrow: 'opens tomorrow at {{time}}',
  opensOn: 'opens {{day}} at {{time}}',
  notSoon: 'not open in the next two weeks',
  holiday: 'public holiday',
  dayOff: 'day off moved by the government',
  shortened: 'May close an hour early',
  days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};
const lv: OpenStatusStrings = {
  ...en,
  open: 'Atvērts tagad',
  closesAt: 'slēdz {{time}}',
  opensOn: 'atver {{day}} {{time}}',
  days: ['pirmdien', 'otrdien', 'trešdien', 'ceturtdien', 'piektdien', 'sestdien', 'svētdien'],
};

// Mo–Fr 8:30–12:00, 12:30–17:00.
const hours: WeeklyHours = {
  days: [0, 1, 2, 3, 4]
    .map(
      () =>
        [
          [510, 720],
          [750, 1020],
        ] as [number, number][],
    )
    .concat([[], []]),
  publicHolidays: 'off',
};
const calendar: Calendar = { holidays: ['2026-11-18'], daysOff: [], workingSaturdays: {} };

describe('openStatusText', () => {
  it.each([
    // 2026-11-16 is a Monday.
    ['2026-11-16', 600, en, 'Open now', 'closes at 12:00'],
    ['2026-11-16', 600, lv, 'Atvērts tagad', 'slēdz 12.00'],
    ['2026-11-16', 725, en, 'Closed', 'opens today at 12:30'],
    ['2026-11-16', 1100, en, 'Closed', 'opens tomorrow at 8:30'],
    ['2026-11-20', 1100, en, 'Closed', 'opens Monday at 8:30'],
    ['2026-11-20', 1100, lv, 'Closed', 'atver pirmdien 8.30'],
    ['2026-11-18', 600, en, 'Closed (public holiday)', 'opens tomorrow at 8:30'],
  ])('%s at minute %i', (date, minutes, strings, label, detail) => {
    const text = openStatusText(
      openStatus(hours, calendar, rigaInstant(date, minutes)),
      strings === lv ? 'lv' : 'en',
      strings,
    );
    expect(text.label).toBe(label);
    expect(text.detail).toBe(detail);
  });
  it('warns on the day before a public holiday', () => {
    const text = openStatusText(openStatus(hours, calendar, rigaInstant('2026-11-17', 600)), 'en', en);
    expect(text.note).toBe('May close an hour early');
  });
  it('says when hours are unknown', () => {
    expect(openStatusText(openStatus(null, calendar, 0), 'en', en)).toEqual({
      state: 'unknown',
      label: 'Opening hours not known',
      detail: '',
      note: null,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { weeklyHoursLine } from '../../../../src/lib/hours/describe.ts';
import { parseOpeningHours } from '../../../../src/lib/hours/opening-hours.ts';

const EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const LV = ['Pirmdiena', 'Otrdiena', 'Trešdiena', 'Ceturtdiena', 'Piektdiena', 'Sestdiena', 'Svētdiena'];

function hours(source: string) {
  const parsed = parseOpeningHours(source);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.hours;
}

describe('weeklyHoursLine', () => {
  it.each([
    ['en', 'Mo-Fr 08:30-17:00', EN, 'closed', 'Monday–Friday 8:30–17:00; Saturday–Sunday closed'],
    ['lv', 'Mo-Fr 08:30-17:00', LV, 'slēgts', 'Pirmdiena–Piektdiena 8.30–17.00; Sestdiena–Svētdiena slēgts'],
    [
      'en',
      'Mo 09:00-12:00,13:00-18:00; Tu-Su off',
      EN,
      'closed',
      'Monday 9:00–12:00, 13:00–18:00; Tuesday–Sunday closed',
    ],
  ] as const)('%s %s', (lang, source, days, closed, expected) => {
    expect(weeklyHoursLine(hours(source), lang, days, closed)).toBe(expected);
  });
});

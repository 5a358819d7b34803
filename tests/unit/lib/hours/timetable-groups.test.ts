// The timetable's grammar: days, then their times or "closed". Whole timetables are tested in
// from-text.test.ts; here each rule of the grammar on the tokens it reads.
import { describe, expect, it } from 'vitest';
import { readTimetableGroups } from '../../../../src/lib/hours/timetable-groups.ts';
import { tokeniseTimetable, type TimetableToken } from '../../../../src/lib/hours/timetable-tokens.ts';

const tokens = (text: string) => tokeniseTimetable(text) as TimetableToken[];

describe('readTimetableGroups', () => {
  it.each([
    ['p - c 8.00-17.00', [{ days: [0, 1, 2, 3], spans: [[480, 1020]] }]],
    [
      'p 8.30-12.00 un 13.00-17.00; s, sv slegts',
      [
        {
          days: [0],
          spans: [
            [510, 720],
            [780, 1020],
          ],
        },
        { days: [5, 6], spans: 'closed' },
      ],
    ],
    ['sestd - slegta', [{ days: [5], spans: 'closed' }]],
    ['sv - p 10.00-12.00', [{ days: [6, 0], spans: [[600, 720]] }]],
  ])('%s', (text, groups) => expect(readTimetableGroups(tokens(text))).toEqual(groups));

  it.each([
    ['8.00-17.00', 'times without the days they belong to'],
    ['katrs p 8.00-17.00', 'an unknown word "katrs"'],
    ['p', 'days without times'],
    ['p 8.00-17.00 slegts', 'text after the times that is not a day'],
  ])('%s is not read: %s', (text, reason) => expect(readTimetableGroups(tokens(text))).toBe(reason));
});

// The timetable's words one by one: times of day, weekday words and abbreviations, and the
// reasons a text is left unread. Whole timetables are tested in from-text.test.ts.
import { describe, expect, it } from 'vitest';
import { tokeniseTimetable, toMinutes } from '../../../../src/lib/hours/timetable-tokens.ts';

describe('toMinutes reads a time of day', () => {
  it.each([
    ['8', 480],
    ['8.30', 510],
    ['08:30', 510],
    ['24:00', 1440],
    ['24.30', null],
    ['12.60', null],
    ['8h', null],
  ])('%s → %s', (text, minutes) => expect(toMinutes(text)).toBe(minutes));
});

describe('tokeniseTimetable', () => {
  it.each([
    [
      'pirmd 8.30-12.00',
      [
        { kind: 'day', day: 0 },
        { kind: 'span', span: [510, 720] },
      ],
    ],
    ['sv. slegts', [{ kind: 'day', day: 6 }, { kind: 'closed' }]],
    ['pk: no plkst. 9 lidz 14', [{ kind: 'day', day: 4 }, { kind: 'sep' }, { kind: 'span', span: [540, 840] }]],
    ['p - c', [{ kind: 'day', day: 0 }, { kind: 'range' }, { kind: 'day', day: 3 }]],
    ['vpvkac darba laiks: katrs', [{ kind: 'sep' }, { kind: 'word', text: 'katrs' }]],
  ])('%s', (text, tokens) => expect(tokeniseTimetable(text)).toEqual(tokens));

  it.each([
    ['p 17.00-8.00', 'a time range that ends before it starts: "17.00-8.00"'],
    ['p 1-3', 'a number range that may not be hours: "1-3"'],
    ['p 25.00-26.00', 'not a time of day: "25.00-26.00"'],
    ['2. stavs', 'a number that is not a time: "2"'],
    ['p 8-17 !', 'an unexpected character "!"'],
  ])('%s is not read: %s', (text, reason) => expect(tokeniseTimetable(text)).toBe(reason));
});

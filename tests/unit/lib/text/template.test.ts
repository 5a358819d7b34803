import { describe, expect, it } from 'vitest';
import { fill, fillComplete, pluralForm, type PluralCategory } from '../../../../src/lib/text/template.ts';
import type { Lang } from '../../../../src/lib/site/routes.ts';

describe('fill', () => {
  it.each<[string, string, Record<string, string | number>, string]>([
    ['one value', 'closes at {{time}}', { time: '17:00' }, 'closes at 17:00'],
    ['two values and a number', '{{count}} places near {{place}}', { count: 3, place: 'Cēsis' }, '3 places near Cēsis'],
    ['the same placeholder twice', '{{a}} and {{a}}', { a: 'x' }, 'x and x'],
    ['a missing value becomes empty', 'opens {{day}} at {{time}}', { time: '8:30' }, 'opens  at 8:30'],
    ['no placeholders', 'Closed', { time: '8:30' }, 'Closed'],
    ['zero is a value', '{{count}} results', { count: 0 }, '0 results'],
  ])('%s', (_, template, values, expected) => {
    expect(fill(template, values)).toBe(expected);
  });
});

describe('fillComplete', () => {
  it.each<[string, string, Record<string, string | number>, string | null]>([
    ['every value given', '{{count}} places near {{place}}', { count: 3, place: 'Cēsis' }, '3 places near Cēsis'],
    ['a value missing', '{{count}} places near {{place}}', { count: 3 }, null],
    ['values not used', 'Closed', { count: 3 }, 'Closed'],
  ])('%s', (_, template, values, expected) => {
    expect(fillComplete(template, values)).toBe(expected);
  });
});

describe('pluralForm', () => {
  const lv: Partial<Record<PluralCategory, string>> = { zero: 'rezultātu', one: 'rezultāts', other: 'rezultāti' };
  const en: Partial<Record<PluralCategory, string>> = { one: 'result', other: 'results' };
  it.each<[Lang, Partial<Record<PluralCategory, string>>, number, string | undefined]>([
    ['lv', lv, 0, 'rezultātu'],
    ['lv', lv, 1, 'rezultāts'],
    ['lv', lv, 2, 'rezultāti'],
    ['lv', lv, 10, 'rezultātu'],
    ['lv', lv, 21, 'rezultāts'],
    ['lv', lv, 22, 'rezultāti'],
    ['en', en, 0, 'results'],
    ['en', { ...en, zero: 'no results' }, 0, 'no results'],
    ['en', en, 1, 'result'],
    ['en', en, 11, 'results'],
    ['lv', { other: 'rezultāti' }, 1, undefined],
  ])('%s, %s: %i', (lang, forms, count, expected) => {
    expect(pluralForm(forms, lang, count)).toBe(expected);
  });
});

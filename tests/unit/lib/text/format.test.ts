import { describe, expect, it } from 'vitest';
import {
  collator,
  displayName,
  formatDate,
  formatDistance,
  formatEuro,
  formatSpan,
  formatTime,
  listText,
  telHref,
} from '../../../../src/lib/text/format.ts';

describe('format', () => {
  it.each([
    ['lv', '2026-11-26', '26.11.2026.'],
    ['en', '2026-11-26', '26 November 2026'],
    ['lv', '2026-01-02', '02.01.2026.'],
    ['en', '2026-01-02', '2 January 2026'],
  ] as const)('formatDate %s %s → %s', (lang, date, expected) => expect(formatDate(date, lang)).toBe(expected));

  it.each([
    ['lv', 510, '8.30'],
    ['en', 510, '8:30'],
    ['lv', 1020, '17.00'],
  ] as const)('formatTime %s %i → %s', (lang, minutes, expected) => expect(formatTime(minutes, lang)).toBe(expected));

  it('formats a span with an en dash', () => {
    expect(formatSpan([510, 1020], 'lv')).toBe('8.30–17.00');
    expect(formatSpan([510, 1020], 'en')).toBe('8:30–17:00');
  });

  it.each([
    ['lv', 4.27, '4,27 €'],
    ['en', 4.27, '€4.27'],
    ['lv', 30, '30,00 €'],
  ] as const)('formatEuro %s %d → %s', (lang, amount, expected) => expect(formatEuro(amount, lang)).toBe(expected));

  it.each([
    ['lv', 850, '850 m'],
    ['lv', 1200, '1,2 km'],
    ['en', 1200, '1.2 km'],
    ['en', 34_567, '35 km'],
  ] as const)('formatDistance %s %i → %s', (lang, metres, expected) =>
    expect(formatDistance(metres, lang)).toBe(expected),
  );

  it.each([
    ['67209400', 'tel:+37167209400'],
    ['+371 67209400', 'tel:+37167209400'],
    ['8000', 'tel:8000'],
  ])('telHref %s → %s', (phone, expected) => expect(telHref(phone)).toBe(expected));

  it('sorts Latvian names in Latvian alphabet order (Ā after A, Č after C, Š after S)', () => {
    const names = ['Šķirotava', 'Cēsis', 'Čiekurkalns', 'Saldus', 'Ādaži', 'Aizpute'];
    expect(names.sort(collator('lv').compare)).toEqual([
      'Aizpute',
      'Ādaži',
      'Cēsis',
      'Čiekurkalns',
      'Saldus',
      'Šķirotava',
    ]);
  });

  it.each([
    ['en', ['a'], 'a'],
    ['en', ['a', 'b', 'c'], 'a, b and c'],
    ['lv', ['a', 'b', 'c'], 'a, b un c'],
    ['lv', ['a', 'b'], 'a un b'],
  ] as const)('listText %s %j → %s', (lang, items, expected) => expect(listText(items, lang)).toBe(expected));

  it.each([
    ['DE', 'region', 'en', 'Germany'],
    ['DE', 'region', 'lv', 'Vācija'],
    ['ru', 'language', 'en', 'Russian'],
    ['ru', 'language', 'lv', 'krievu'],
  ] as const)('displayName %s (%s) in %s → %s', (code, type, lang, expected) =>
    expect(displayName(code, type, lang)).toBe(expected),
  );
});

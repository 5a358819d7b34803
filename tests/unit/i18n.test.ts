import { describe, expect, it } from 'vitest';
import { messages, useTranslations } from '../../src/i18n/index.ts';

describe('UI strings', () => {
  it('Latvian and English have exactly the same keys', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.lv).sort());
  });

  it('no string is empty', () => {
    for (const [lang, strings] of Object.entries(messages)) {
      for (const [key, value] of Object.entries(strings)) expect(value.trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it.each([
    [0, '0 pakalpojumu'],
    [1, '1 pakalpojums'],
    [2, '2 pakalpojumi'],
    [11, '11 pakalpojumu'],
    [21, '21 pakalpojums'],
    [22, '22 pakalpojumi'],
  ])('Latvian plural for %i is "%s"', (count, expected) => {
    expect(useTranslations('lv')('count.services', { count })).toBe(expected);
  });

  it.each([
    [0, '0 services'],
    [1, '1 service'],
    [2, '2 services'],
    [21, '21 services'],
  ])('English plural for %i is "%s"', (count, expected) => {
    expect(useTranslations('en')('count.services', { count })).toBe(expected);
  });

  it('keeps "no results" wording out of _zero keys (Latvian "zero" also covers 10–20, 30 …)', () => {
    for (const [key, value] of Object.entries(messages.lv)) if (key.endsWith('_zero')) expect(value).toContain('{{count}}');
  });
});

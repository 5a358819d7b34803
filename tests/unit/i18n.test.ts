import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { i18nextTranslations, messages, useTranslations } from '../../src/i18n/index.ts';

/** The strings of a language file by file, as stored in src/i18n/<lang>/<area>.json. */
function stringFiles(lang: 'lv' | 'en'): Map<string, Record<string, string>> {
  const dir = new URL(`../../src/i18n/${lang}/`, import.meta.url);
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  return new Map(names.map((name) => [name, JSON.parse(readFileSync(new URL(name, dir), 'utf8'))]));
}

describe('UI string files', () => {
  const lv = stringFiles('lv');
  const en = stringFiles('en');

  it('Latvian and English have the same files', () => {
    expect(lv.size).toBeGreaterThan(0);
    expect([...en.keys()]).toEqual([...lv.keys()]);
  });

  it.each([...lv.keys()])('%s has the same keys in both languages', (name) => {
    expect(Object.keys(en.get(name) ?? {}).sort()).toEqual(Object.keys(lv.get(name)!).sort());
  });

  it.each([
    ['lv', lv],
    ['en', en],
  ] as const)('%s: no key is in two files, and the site merges every file', (lang, files) => {
    const fileOf = new Map<string, string>();
    for (const [name, strings] of files)
      for (const key of Object.keys(strings)) {
        expect(fileOf.get(key), `${key} in ${name}`).toBeUndefined();
        fileOf.set(key, name);
      }
    expect(messages[lang]).toEqual(Object.fromEntries([...files.values()].flatMap((s) => Object.entries(s))));
  });
});

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
    for (const [key, value] of Object.entries(messages.lv))
      if (key.endsWith('_zero')) expect(value).toContain('{{count}}');
  });

  // useTranslations fills templates itself for speed; it must say exactly what i18next says.
  describe.each(['lv', 'en'] as const)("%s: the fast translator gives i18next's text", (lang) => {
    const keys = [...new Set(Object.keys(messages[lang]).map((k) => k.replace(/_(zero|one|other)$/, '')))];
    const placeholders = (key: string) =>
      new Set(
        Object.entries(messages[lang]).flatMap(([k, v]) =>
          k === key || k.startsWith(`${key}_`) ? [...v.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!) : [],
        ),
      );
    const optionsFor = (key: string): (Record<string, unknown> | undefined)[] => {
      const names = [...placeholders(key)];
      const values = (count: number | string) =>
        Object.fromEntries(names.map((n) => [n, n === 'count' ? count : `${n} <b>“x” & {{y}}</b>`]));
      return [
        undefined,
        ...[0, 1, 2, 5, 11, 21, 22, 1.5, 'seven'].map(values),
        // A value left out, and a value that is not text: i18next handles these itself.
        ...(names.length > 0 ? [{ ...values(3), [names[0]!]: undefined }] : []),
        { ...values(2), extra: ['a', 'b'] },
      ];
    };
    it.each(keys)('%s', (key) => {
      for (const options of optionsFor(key)) {
        const expected = options ? i18nextTranslations(lang)(key, options) : i18nextTranslations(lang)(key);
        expect(useTranslations(lang)(key as never, options), `${key} ${JSON.stringify(options)}`).toBe(expected);
      }
    });
  });

  it('fills a template with text and numbers as they are', () => {
    expect(useTranslations('en')('report.coveredOf', { covered: 3, total: 7 })).toBe(
      i18nextTranslations('en')('report.coveredOf', { covered: 3, total: 7 }),
    );
    expect(useTranslations('en')('report.coveredOf', { covered: 3, total: 7 })).toMatch(/3.*7/);
  });
});

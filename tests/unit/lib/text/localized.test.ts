import { describe, expect, it } from 'vitest';
import { inLang, plainText } from '../../../../src/lib/text/localized.ts';
import type { LocalizedText, MarkedText } from '../../../../src/lib/schema/common.ts';
import type { Lang } from '../../../../src/lib/site/routes.ts';

const localized: LocalizedText = { lv: 'Pase', en: 'Passport' };
const official: MarkedText = { lv: 'Pase', en: { text: 'Passport', origin: 'official' } };
const ours: MarkedText = { lv: 'Dzimšanas apliecība', en: { text: 'Birth certificate', origin: 'ours' } };

describe('inLang', () => {
  const cases: [string, LocalizedText | MarkedText, Lang, string][] = [
    ['localized, Latvian', localized, 'lv', 'Pase'],
    ['localized, English', localized, 'en', 'Passport'],
    ['marked official, Latvian', official, 'lv', 'Pase'],
    ['marked official, English', official, 'en', 'Passport'],
    ['marked ours, English', ours, 'en', 'Birth certificate'],
  ];
  it.each(cases)('%s', (_, text, lang, expected) => {
    expect(inLang(text, lang)).toBe(expected);
  });
});

describe('plainText', () => {
  const cases: [string, LocalizedText | MarkedText, LocalizedText][] = [
    ['drops the English origin', ours, { lv: 'Dzimšanas apliecība', en: 'Birth certificate' }],
    ['keeps localized text as it is', localized, localized],
  ];
  it.each(cases)('%s', (_, text, expected) => {
    expect(plainText(text)).toEqual(expected);
  });
});

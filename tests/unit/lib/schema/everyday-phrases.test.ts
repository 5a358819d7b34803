// data/everyday-phrases.json: each record names a service that exists, says the words are ours,
// and keeps each language in its own list; a bad record fails with file, id, field and why.
import { describe, expect, it } from 'vitest';
import { validateCatalog } from '../../../../src/lib/catalog/validate.ts';
import { DataError } from '../../../../src/lib/catalog/problems.ts';
import { buildSearchIndex } from '../../../../src/lib/search/records.ts';
import { createSearcher } from '../../../../src/lib/search/search.ts';
import { validRaw } from '../../../fixtures/catalog.ts';

const FILE = 'data/everyday-phrases.json';
const good = {
  id: 'passport',
  origin: 'ours',
  lv: ['jauna pase'],
  en: ['new passport'],
  ru: ['новый паспорт'],
  uk: ['новий паспорт'],
};

function problems(record: Record<string, unknown>): string[] {
  const raw = { ...validRaw(), everydayPhrases: [{ file: FILE, records: [record] }] };
  try {
    validateCatalog(raw);
    return [];
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    // The heading and the file's line, then one line per problem.
    return error.message.split('\n').slice(1);
  }
}

describe('everyday phrases data', () => {
  it('accepts a record for a known service', () => {
    expect(problems(good)).toEqual([]);
  });

  it.each([
    [
      { ...good, id: 'no-such-service' },
      'record "no-such-service", field "id": expected the id of a known service, received "no-such-service" (no service has this id)',
    ],
    [
      { ...good, origin: 'official' },
      `record "passport", field "origin": expected origin "ours": the phrases are this project's own words, received "official"`,
    ],
    [
      { ...good, ru: ['посвідка'] },
      'record "passport", field "ru[0]": expected Russian in Cyrillic (Latin only for abbreviations such as SIA), without the Ukrainian letters і, ї, є, ґ, received "посвідка"',
    ],
    [
      { ...good, uk: ['больничный лист'] },
      'record "passport", field "uk[0]": expected Ukrainian in Cyrillic (Latin only for abbreviations such as SIA), without the Russian letters ы, э, ъ, ё, received "больничный лист"',
    ],
    [
      { ...good, uk: ['passport'] },
      'record "passport", field "uk[0]": expected Ukrainian in Cyrillic (Latin only for abbreviations such as SIA), without the Russian letters ы, э, ъ, ё, received "passport"',
    ],
    [
      { ...good, lv: ['паспорт'] },
      'record "passport", field "lv[0]": expected Latvian in Latin letters, received "паспорт"',
    ],
    [
      { ...good, en: ['x'.repeat(61)] },
      `record "passport", field "en[0]": expected a short phrase (at most 60 characters), received "${'x'.repeat(58)}…`,
    ],
    [
      { ...good, note: 'typo' },
      'record "passport", field "note": expected no field of this name (a typo, or a field the schema does not have), received "typo"',
    ],
  ])('rejects %j', (record, message) => {
    expect(problems(record)).toEqual([FILE, `  ${message}`]);
  });

  it('rejects two records for one service', () => {
    const raw = { ...validRaw(), everydayPhrases: [{ file: FILE, records: [good, good] }] };
    expect(() => validateCatalog(raw)).toThrow(
      `record "passport", field "id": expected a unique service id (one record of phrases per service), received "passport", already used in ${FILE}`,
    );
  });

  it('puts the phrases in the index of both pages: own and other site language, Russian and Ukrainian', () => {
    const catalog = validateCatalog({ ...validRaw(), everydayPhrases: [{ file: FILE, records: [good] }] });
    const lv = buildSearchIndex(catalog, 'lv').records[0].text;
    expect(lv.keywords).toContain('jauna pase');
    expect(lv.otherKeywords).toContain('new passport');
    expect(lv.phrases).toEqual(['новый паспорт', 'новий паспорт']);
    for (const lang of ['lv', 'en'] as const) {
      const searcher = createSearcher(buildSearchIndex(catalog, lang).records);
      expect(searcher.search('новий паспорт', 1).map((r) => r.record.slug)).toEqual(['passport']);
    }
  });
});

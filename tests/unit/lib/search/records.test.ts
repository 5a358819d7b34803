import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../../src/lib/search/records.ts';
import { createSearcher } from '../../../../src/lib/search/search.ts';
import { searchCatalog } from '../../../fixtures/catalog.ts';

describe('buildSearchIndex', () => {
  const catalog = searchCatalog();

  it.each(['lv', 'en'] as const)('in %s stores display text and folded search text', (lang) => {
    const index = buildSearchIndex(catalog, lang);
    expect(index.lang).toBe(lang);
    const visa = index.records.find((r) => r.slug === 'visa')!;
    expect(visa.name).toBe(lang === 'lv' ? 'Vīza' : 'Visa');
    expect(visa.institution).toBe(
      lang === 'lv' ? 'Pilsonības un migrācijas lietu pārvalde' : 'Office of Citizenship and Migration Affairs',
    );
    expect(visa.text.name).toBe('visa'.replace('s', lang === 'lv' ? 'z' : 's'));
    expect(visa.text.keywords).toEqual([lang === 'lv' ? 'sengenas viza' : 'schengen visa']);
    expect(visa.text.otherKeywords).toEqual([lang === 'lv' ? 'schengen visa' : 'sengenas viza']);
    expect(visa.text.institution).toBe(
      'pilsonibas un migracijas lietu parvalde office of citizenship and migration affairs pmlp',
    );
    expect(visa.text.situations).toEqual([lang === 'lv' ? 'dokumenti' : 'documents']);
    expect(visa.channels).toEqual({ electronic: true, remote: false, inPerson: false });
    expect(index.situations).toEqual([{ id: 'identity-documents', name: lang === 'lv' ? 'Dokumenti' : 'Documents' }]);
  });

  it('keeps folded text free of diacritics and capitals', () => {
    const json = JSON.stringify(buildSearchIndex(catalog, 'lv').records.map((r) => Object.values(r.text)));
    expect(json).toBe(
      json
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase(),
    );
  });

  it('searches what it builds', () => {
    const s = createSearcher(buildSearchIndex(catalog, 'en').records);
    expect(s.search('sengen', 1).map((r) => r.record.slug)).toEqual(['visa']);
    expect(s.search('vīza', 1).map((r) => r.record.slug)).toEqual(['visa']);
  });
});

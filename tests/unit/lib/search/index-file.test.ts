import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../../src/lib/search/records.ts';
import { packSearchIndex, unpackSearchIndex } from '../../../../src/lib/search/index-file.ts';
import { searchCatalog } from '../../../fixtures/catalog.ts';

describe('packSearchIndex', () => {
  const catalog = searchCatalog();

  it.each(['lv', 'en'] as const)('in %s packs into a smaller file that unpacks to the same index', (lang) => {
    const index = buildSearchIndex(catalog, lang);
    const file = packSearchIndex(index);
    expect(unpackSearchIndex(JSON.parse(JSON.stringify(file)))).toEqual(index);
    expect(JSON.stringify(file).length).toBeLessThan(JSON.stringify(index).length);
  });
});

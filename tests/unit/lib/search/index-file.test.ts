import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../../src/lib/search/records.ts';
import { packSearchIndex, unpackSearchIndex } from '../../../../src/lib/search/index-file.ts';
import { validateCatalog } from '../../../../src/lib/catalog/validate.ts';
import { validRaw, validService } from '../../../fixtures/catalog.ts';

describe('packSearchIndex', () => {
  const raw = validRaw();
  raw.services[0].records.push({
    ...validService(),
    id: 'visa',
    slug: 'visa',
    name: { lv: 'Vīza', en: { text: 'Visa', origin: 'ours' } },
    keywords: { lv: ['Šengenas vīza'], en: ['Schengen visa'] },
  });
  const catalog = validateCatalog(raw);

  it.each(['lv', 'en'] as const)('in %s packs into a smaller file that unpacks to the same index', (lang) => {
    const index = buildSearchIndex(catalog, lang);
    const file = packSearchIndex(index);
    expect(unpackSearchIndex(JSON.parse(JSON.stringify(file)))).toEqual(index);
    expect(JSON.stringify(file).length).toBeLessThan(JSON.stringify(index).length);
  });
});

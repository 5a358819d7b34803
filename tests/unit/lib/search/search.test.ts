import { describe, expect, it } from 'vitest';
import { buildSearchIndex, createSearcher, packSearchIndex, queryWords, unpackSearchIndex, type SearchRecord } from '../../../../src/lib/search/search.ts';
import { fold } from '../../../../src/lib/search/fold.ts';
import { validateCatalog } from '../../../../src/lib/catalog/validate.ts';
import { validRaw, validService } from '../../../fixtures/catalog.ts';

/** A record as the build writes it, from plain words (folded like the build folds them). */
function record(slug: string, name: string, keywords: string[] = [], extra: Partial<SearchRecord['text']> = {}): SearchRecord {
  const text = {
    name: fold(name),
    keywords: keywords.map(fold),
    otherKeywords: [],
    phrases: [],
    institution: '',
    situations: [],
    ...extra,
  };
  return { slug, name, institution: '', channels: { electronic: true, remote: false, inPerson: true }, text };
}

const records = [
  record('residence-declaration', 'Dzīvesvietas deklarēšana', ['deklarēt dzīvesvietu', 'adreses maiņa']),
  record('passport-eid', 'Pase un personas apliecība', ['pase', 'ID karte', 'eID']),
  record('annual-income-declaration', 'Gada ienākumu deklarācija', ['nodokļu atmaksa'], { institution: 'valsts ienemumu dienests vid' }),
  record('unemployment-benefit', 'Bezdarbnieka pabalsts', ['zaudēju darbu']),
  record('old-age-pension', 'Vecuma pensija', ['pensionēšanās'], { situations: ['pensija'] }),
  record('driving-licence', 'Vadītāja apliecība', ['tiesības'], { otherKeywords: ['driving licence', "driver's license"] }),
];
const searcher = createSearcher(records);
const top = (query: string, n = 1) => searcher.search(query, n).map((r) => r.record.slug);

describe('createSearcher', () => {
  it.each([
    // folding: with and without diacritics, any case
    ['deklarēt dzīvesvietu', 'residence-declaration'],
    ['deklaret dzivesvietu', 'residence-declaration'],
    ['DEKLARĒT DZĪVESVIETU', 'residence-declaration'],
    ['dzīvesvietas deklarēšana', 'residence-declaration'],
    // stemming: another form of the word
    ['deklarēšanu', 'residence-declaration'],
    ['pensijas', 'old-age-pension'],
    // typos
    ['bezdarbneka pabalsts', 'unemployment-benefit'],
    ['pensjia', 'old-age-pension'],
    ['dzivesvetas', 'residence-declaration'],
    // synonyms in keywords, both languages
    ['ID karte', 'passport-eid'],
    ['pase', 'passport-eid'],
    ['driving licence', 'driving-licence'],
    // institution and life situation fields
    ['vid deklaracija', 'annual-income-declaration'],
  ])('%s → %s first', (query, expected) => expect(top(query)).toEqual([expected]));

  it('ranks a record matching more of the words first, without needing every word', () => {
    expect(top('bezdarbnieka pabalsts', 10)).toEqual(['unemployment-benefit']);
    expect(top('pase pabalsts', 10)).toEqual(expect.arrayContaining(['passport-eid', 'unemployment-benefit']));
  });

  it.each([
    // a word the index does not know does not empty the result
    ['kur var dabūt pasi', 'passport-eid'],
    ['pazaudēju pasi', 'passport-eid'],
    ['gribu deklarēt jauno dzīvesvietu', 'residence-declaration'],
    ['how do I get a driving licence', 'driving-licence'],
  ])('finds "%s" by its known words (%s)', (query, expected) => expect(top(query)).toEqual([expected]));

  it('finds nothing when no word is known', () => {
    expect(searcher.search('xyzzy qwerty', 10)).toEqual([]);
  });

  it('reads at most the first 200 characters of a pasted query', () => {
    const pasted = 'pase '.repeat(20_000) + 'pensija';
    expect(top(pasted, 10)).toEqual(['passport-eid']);
  });

  it('is not misled by zero-width characters or full-width letters', () => {
    expect(top('pa\u200Bse')).toEqual(['passport-eid']);
    expect(top('ｐｅｎｓｉｊａ')).toEqual(['old-age-pension']);
  });

  it('lets the words match in different fields', () => {
    expect(top('vid nodokļu', 10)).toEqual(['annual-income-declaration']);
  });

  it('finds nothing for an empty or punctuation-only query', () => {
    expect(searcher.search('')).toEqual([]);
    expect(searcher.search('  ?! ')).toEqual([]);
  });

  it('returns at most the limit', () => {
    expect(searcher.search('a', 2).length).toBeLessThanOrEqual(2);
  });

  it('ranks the name above other fields', () => {
    const s = createSearcher([
      record('in-situation', 'Cits', [], { situations: ['pabalsts'] }),
      record('in-keywords', 'Kaut kas', ['pabalsts']),
      record('in-name', 'Pabalsts'),
    ]);
    expect(s.search('pabalsts', 3).map((r) => r.record.slug)).toEqual(['in-name', 'in-keywords', 'in-situation']);
  });

  it('allows no typo in a word of three letters', () => {
    expect(top('vid', 10)).toEqual(['annual-income-declaration']);
  });
});

describe('queryWords', () => {
  it.each([
    ['Kur var dabūt ID karti?', ['id', 'karti']],
    ['How do I get a work permit', ['work', 'permit']],
    ['как оформить пенсию', ['пенсию']],
    ['як отримати посвідку', ['посвідку']],
    ['kā', ['ka']],
    ['pase pase PASE', ['pase']],
    ['pase d', ['pase']],
    ['1 klase', ['1', 'klase']],
  ])('%s → %j', (query, expected) => expect(queryWords(query)).toEqual(expected));
});

describe('suggest (did you mean)', () => {
  it('offers services whose words are near a query that finds nothing', () => {
    expect(searcher.search('pezdarbnieks', 3)).toEqual([]);
    expect(searcher.suggest('pezdarbnieks', 3).map((r) => r.record.slug)).toContain('unemployment-benefit');
  });
});

describe('buildSearchIndex', () => {
  const raw = validRaw();
  raw.services[0].records.push({ ...validService(), id: 'visa', slug: 'visa', name: { lv: 'Vīza', en: { text: 'Visa', origin: 'ours' } }, keywords: { lv: ['Šengenas vīza'], en: ['Schengen visa'] } });
  const catalog = validateCatalog(raw);

  it.each(['lv', 'en'] as const)('in %s stores display text and folded search text', (lang) => {
    const index = buildSearchIndex(catalog, lang);
    expect(index.lang).toBe(lang);
    const visa = index.records.find((r) => r.slug === 'visa')!;
    expect(visa.name).toBe(lang === 'lv' ? 'Vīza' : 'Visa');
    expect(visa.institution).toBe(lang === 'lv' ? 'Pilsonības un migrācijas lietu pārvalde' : 'Office of Citizenship and Migration Affairs');
    expect(visa.text.name).toBe('visa'.replace('s', lang === 'lv' ? 'z' : 's'));
    expect(visa.text.keywords).toEqual([lang === 'lv' ? 'sengenas viza' : 'schengen visa']);
    expect(visa.text.otherKeywords).toEqual([lang === 'lv' ? 'schengen visa' : 'sengenas viza']);
    expect(visa.text.institution).toBe('pilsonibas un migracijas lietu parvalde office of citizenship and migration affairs pmlp');
    expect(visa.text.situations).toEqual([lang === 'lv' ? 'dokumenti' : 'documents']);
    expect(visa.channels).toEqual({ electronic: true, remote: false, inPerson: false });
    expect(index.situations).toEqual([{ id: 'identity-documents', name: lang === 'lv' ? 'Dokumenti' : 'Documents' }]);
  });

  it('keeps folded text free of diacritics and capitals', () => {
    const json = JSON.stringify(buildSearchIndex(catalog, 'lv').records.map((r) => Object.values(r.text)));
    expect(json).toBe(json.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase());
  });

  it('searches what it builds', () => {
    const s = createSearcher(buildSearchIndex(catalog, 'en').records);
    expect(s.search('sengen', 1).map((r) => r.record.slug)).toEqual(['visa']);
    expect(s.search('vīza', 1).map((r) => r.record.slug)).toEqual(['visa']);
  });

  it.each(['lv', 'en'] as const)('in %s packs into a smaller file that unpacks to the same index', (lang) => {
    const index = buildSearchIndex(catalog, lang);
    const file = packSearchIndex(index);
    expect(unpackSearchIndex(JSON.parse(JSON.stringify(file)))).toEqual(index);
    expect(JSON.stringify(file).length).toBeLessThan(JSON.stringify(index).length);
  });
});

import { describe, expect, it } from 'vitest';
import { createSearcher } from '../../../../src/lib/search/search.ts';
import type { SearchRecord } from '../../../../src/lib/search/records.ts';
import { fold } from '../../../../src/lib/search/fold.ts';

/** A record as the build writes it, from plain words (folded like the build folds them). */
function record(
  slug: string,
  name: string,
  keywords: string[] = [],
  extra: Partial<SearchRecord['text']> = {},
): SearchRecord {
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
  record('annual-income-declaration', 'Gada ienākumu deklarācija', ['nodokļu atmaksa'], {
    institution: 'valsts ienemumu dienests vid',
  }),
  record('unemployment-benefit', 'Bezdarbnieka pabalsts', ['zaudēju darbu']),
  record('old-age-pension', 'Vecuma pensija', ['pensionēšanās'], { situations: ['pensija'] }),
  record('driving-licence', 'Vadītāja apliecība', ['tiesības'], {
    otherKeywords: ['driving licence', "driver's license"],
  }),
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

describe('suggest (did you mean)', () => {
  it('offers services whose words are near a query that finds nothing', () => {
    expect(searcher.search('pezdarbnieks', 3)).toEqual([]);
    expect(searcher.suggest('pezdarbnieks', 3).map((r) => r.record.slug)).toContain('unemployment-benefit');
  });
});

import { describe, expect, it } from 'vitest';
import { PLACE_QUERY_MAX_LENGTH, cleanPlaceQuery, mergePlaceOptions } from '../../../../src/lib/places/query.ts';

describe('cleanPlaceQuery', () => {
  it.each([
    ['plain text stays', 'Rūjiena', 'Rūjiena', false],
    ['zero-width characters go', 'Rī\u200Bga\u200D\uFEFF', 'Rīga', false],
    ['full-width letters become plain (NFKC)', 'Ｒｉｇａ', 'Riga', false],
    ['decomposed letters are composed (NFKC)', 'Ru\u0304jiena', 'Rūjiena', false],
    ['longer than the limit is cut', 'a'.repeat(PLACE_QUERY_MAX_LENGTH + 50), 'a'.repeat(PLACE_QUERY_MAX_LENGTH), true],
  ])('%s', (_name, input, text, truncated) => {
    expect(cleanPlaceQuery(input)).toEqual({ text, truncated });
  });

  it('counts characters, not UTF-16 units (an emoji is one)', () => {
    const r = cleanPlaceQuery('😀'.repeat(PLACE_QUERY_MAX_LENGTH + 1));
    expect([...r.text]).toHaveLength(PLACE_QUERY_MAX_LENGTH);
  });
});

describe('mergePlaceOptions', () => {
  const lv = (name: string) => ({ name });
  const ab = (name: string, exact: boolean) => ({ name, exact });
  it.each([
    [
      'a whole-name match abroad beats a Latvian village starting with it',
      'Dublin',
      [lv('Dublinieki')],
      [ab('Dublin', true)],
      ['Dublin', 'Dublinieki'],
    ],
    [
      'a whole-name Latvian match comes first',
      'Rīga',
      [lv('Rīga'), lv('Rīgas pagasts')],
      [ab('Riga', true)],
      ['Rīga', 'Riga', 'Rīgas pagasts'],
    ],
    ['beginnings abroad come last', 'Ger', [lv('Gerčāni')], [ab('Germany', false)], ['Gerčāni', 'Germany']],
  ])('%s', (_name, query, latvia, abroad, expected) => {
    expect(
      mergePlaceOptions(query, latvia, abroad).map((o) => (o.kind === 'latvia' ? o.entry.name : o.hit.name)),
    ).toEqual(expected);
  });
});

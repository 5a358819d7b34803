import { describe, expect, it } from 'vitest';
import { queryWords } from '../../../../src/lib/search/query.ts';

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

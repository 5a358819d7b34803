import { describe, expect, it } from 'vitest';
import { pack, packOnce, unpack } from '../../../src/build/packed.ts';

describe('packed island props', () => {
  it.each([
    ['text with quotes and markup', { label: 'Meklēt “pasi” <b>&</b>', n: 3 }],
    ['nested lists', { rows: [{ items: ['a', 'b'], nearest: null }], excluded: [] }],
    ['plural forms', { results: { zero: '{{count}} rezultātu', one: '{{count}} rezultāts' } }],
    ['a list of municipalities', [{ atvk: '0020000', name: 'Aizkraukles novads' }]],
  ])('%s come back as they went in', (_, value) => {
    expect(unpack(pack(value))).toEqual(value);
  });

  it('is one string, so Astro serialises one value', () => {
    expect(typeof pack({ a: [1, 2] })).toBe('string');
  });

  it('the same packed text unpacks to the same value, also after many other packs', () => {
    const strings = pack({ label: 'Meklēt' });
    const first = unpack(strings);
    for (let i = 0; i < 100; i++) unpack(pack({ row: i }));
    expect(unpack(pack({ row: 99 }))).toEqual({ row: 99 });
    expect(unpack(strings)).toEqual(first);
  });

  it('packOnce makes each key once and gives the same text after', () => {
    let calls = 0;
    const strings = packOnce((lang: 'lv' | 'en') => (calls++, { hello: lang === 'lv' ? 'Sveiki' : 'Hello' }));
    expect(unpack(strings('lv'))).toEqual({ hello: 'Sveiki' });
    expect(strings('lv')).toBe(strings('lv'));
    expect(unpack(strings('en'))).toEqual({ hello: 'Hello' });
    expect(calls).toBe(2);
  });
});

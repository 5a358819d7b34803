import { describe, expect, it } from 'vitest';
import {
  answersWithPlaceholder,
  itemsOfShard,
  parseShard,
  rendersUnsharedPages,
  WHOLE_BUILD,
} from '../../../src/build/shard.ts';

describe('parseShard', () => {
  it.each([
    [undefined, WHOLE_BUILD],
    ['', WHOLE_BUILD],
    ['0/1', { index: 0, count: 1 }],
    ['0/2', { index: 0, count: 2 }],
    [' 1/2 ', { index: 1, count: 2 }],
    ['3/4', { index: 3, count: 4 }],
  ])('%j → %j', (text, shard) => expect(parseShard(text)).toEqual(shard));

  it.each(['2/2', '1/0', 'a/2', '1', '-1/2', '1/2/3'])('rejects %j and says what is expected', (text) => {
    expect(() => parseShard(text)).toThrow(/"<index>\/<count>"/);
  });
});

describe('itemsOfShard', () => {
  const items = ['a', 'b', 'c', 'd', 'e'];
  it.each([
    [WHOLE_BUILD, items],
    [{ index: 0, count: 2 }, ['a', 'c', 'e']],
    [{ index: 1, count: 2 }, ['b', 'd']],
    [{ index: 2, count: 3 }, ['c']],
  ])('%j takes %j', (shard, expected) => expect(itemsOfShard(items, shard)).toEqual(expected));

  it('the shards together take every item exactly once', () => {
    const many = Array.from({ length: 101 }, (_, i) => i);
    for (const count of [1, 2, 3, 4]) {
      const taken = Array.from({ length: count }, (_, index) => itemsOfShard(many, { index, count }))
        .flat()
        .sort((a, b) => a - b);
      expect(taken).toEqual(many);
    }
  });
});

describe('rendersUnsharedPages', () => {
  it.each([
    [WHOLE_BUILD, true],
    [{ index: 0, count: 2 }, true],
    [{ index: 1, count: 2 }, false],
    [{ index: 3, count: 4 }, false],
  ])('%j → %s', (shard, expected) => expect(rendersUnsharedPages(shard)).toBe(expected));

  it('exactly one shard of any build renders them', () => {
    for (const count of [1, 2, 3, 4])
      expect(
        Array.from({ length: count }, (_, index) => rendersUnsharedPages({ index, count })).filter(Boolean),
      ).toHaveLength(1);
  });
});

describe('answersWithPlaceholder', () => {
  it.each([
    ['the home page in the first shard', {}, { index: 0, count: 2 }, false],
    ['the home page in the second shard', {}, { index: 1, count: 2 }, true],
    ['a service page in the second shard', { slug: 'pase' }, { index: 1, count: 2 }, false],
    ['the home page in a whole build', {}, WHOLE_BUILD, false],
  ])('%s → %s', (_name, params, shard, expected) => expect(answersWithPlaceholder(params, shard)).toBe(expected));
});

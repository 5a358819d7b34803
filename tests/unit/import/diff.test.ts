import { describe, expect, it } from 'vitest';
import { diffRecords, formatDiff } from '../../../src/import/diff.ts';

type R = { id: string; v: number };
const key = (r: R) => r.id;

describe('diffRecords', () => {
  it.each([
    ['nothing before: all added', [], [{ id: 'a', v: 1 }], { added: ['a'], removed: [], changed: [], unchanged: 0 }],
    [
      'same records: unchanged',
      [{ id: 'a', v: 1 }],
      [{ id: 'a', v: 1 }],
      { added: [], removed: [], changed: [], unchanged: 1 },
    ],
    [
      'value differs: changed',
      [{ id: 'a', v: 1 }],
      [{ id: 'a', v: 2 }],
      { added: [], removed: [], changed: ['a'], unchanged: 0 },
    ],
    [
      'gone: removed',
      [
        { id: 'a', v: 1 },
        { id: 'b', v: 1 },
      ],
      [{ id: 'b', v: 1 }],
      { added: [], removed: ['a'], changed: [], unchanged: 1 },
    ],
    [
      'mixed, ids sorted',
      [
        { id: 'z', v: 1 },
        { id: 'c', v: 1 },
        { id: 'm', v: 1 },
      ],
      [
        { id: 'm', v: 9 },
        { id: 'b', v: 1 },
        { id: 'a', v: 1 },
        { id: 'c', v: 1 },
      ],
      { added: ['a', 'b'], removed: ['z'], changed: ['m'], unchanged: 1 },
    ],
  ])('%s', (_label, before, after, expected) => {
    expect(diffRecords<R>(before, after, key)).toEqual(expected);
  });

  it('formats counts and ids, shortening long lists', () => {
    const text = formatDiff('gazetteer.json', { added: ['a', 'b', 'c'], removed: ['x'], changed: [], unchanged: 5 }, 2);
    expect(text).toBe(
      'gazetteer.json: 3 added, 1 removed, 0 changed, 5 unchanged\n  added: a, b, … (+1 more)\n  removed: x',
    );
  });
});

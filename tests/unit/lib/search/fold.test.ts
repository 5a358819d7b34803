import { describe, expect, it } from 'vitest';
import { fold, limitInput, MAX_INPUT_LENGTH } from '../../../../src/lib/search/fold.ts';

describe('fold', () => {
  it.each([
    ['Dzīvesvietas deklarēšana', 'dzivesvietas deklaresana'],
    ['Rūjiena', 'rujiena'],
    ['ĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž', 'acegiklnsuz acegiklnsuz'],
    ['LV-4240', 'lv 4240'],
    ['  ID  karte!', 'id karte'],
    // pasted text: zero-width characters, soft hyphens and a byte-order mark do not split a word
    ['pa\u200Bse', 'pase'],
    ['dzīves\u00ADvieta', 'dzivesvieta'],
    ['\uFEFFpase\u200D', 'pase'],
    ['Rī\u200Cga', 'riga'],
    // full-width and compatibility letters become plain ones (NFKC)
    ['ｐａｓｅ', 'pase'],
    ['ＩＤ　ｋａｒｔｅ', 'id karte'],
    ['ﬁnanšu', 'finansu'],
    // Cyrillic keeps й, ї and є; ё is written е, ґ is written г
    ['Права на вождение', 'права на вождение'],
    ['Посвідка', 'посвідка'],
    ['Новый паспорт', 'новый паспорт'],
    ['Ёлка', 'елка'],
    ['Ґанок', 'ганок'],
    ['Україна, Київ', 'україна київ'],
  ])('%s → %s', (input, expected) => expect(fold(input)).toBe(expected));
});

describe('limitInput', () => {
  it('cuts a pasted 100 KB text to the input limit at once', () => {
    const pasted = 'pase '.repeat(20_000);
    expect(limitInput(pasted)).toBe(pasted.slice(0, MAX_INPUT_LENGTH));
  });

  it('counts the limit after invisible characters are removed', () => {
    expect(limitInput('\u200B'.repeat(150) + 'a'.repeat(200))).toBe('a'.repeat(200));
  });
});

describe('fold of long text', () => {
  it('keeps every word of a long service name (only what people type is limited)', () => {
    const name = 'vārds '.repeat(60) + 'beigas';
    expect(fold(name).endsWith('beigas')).toBe(true);
  });
});

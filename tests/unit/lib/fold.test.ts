import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/lib/fold.ts';

describe('fold', () => {
  it.each([
    ['Dzīvesvietas deklarēšana', 'dzivesvietas deklaresana'],
    ['Rūjiena', 'rujiena'],
    ['ĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž', 'acegiklnsuz acegiklnsuz'],
    ['LV-4240', 'lv 4240'],
    ['  ID  karte!', 'id karte'],
  ])('%s → %s', (input, expected) => expect(fold(input)).toBe(expected));
});

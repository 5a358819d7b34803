import { describe, expect, it } from 'vitest';
import { splitFirstSentence } from '../../../../src/lib/text/sentences.ts';

describe('splitFirstSentence', () => {
  it.each([
    ['one sentence', 'You can declare online.', 'You can declare online.', ''],
    ['two sentences', 'You apply in person. It takes 10 days.', 'You apply in person.', 'It takes 10 days.'],
    [
      'a date in Latvian',
      'No 1. marta līdz 1. jūnijam. Tad vairs nē.',
      'No 1. marta līdz 1. jūnijam.',
      'Tad vairs nē.',
    ],
    [
      'an abbreviation',
      'Pensionāriem u. c. Personām ar invaliditāti.',
      'Pensionāriem u. c. Personām ar invaliditāti.',
      '',
    ],
    ['a bracket', 'An ID card (eID). From age 15 you need one.', 'An ID card (eID).', 'From age 15 you need one.'],
    [
      'Latvian capitals',
      'Pieteikums ir bez maksas. Ārzemnieki arī var.',
      'Pieteikums ir bez maksas.',
      'Ārzemnieki arī var.',
    ],
  ])('%s', (_name, text, first, rest) => {
    expect(splitFirstSentence(text)).toEqual({ first, rest });
  });
});

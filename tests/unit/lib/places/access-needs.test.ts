import { describe, expect, it } from 'vitest';
import { NEED_FILTERS, PREMISES_FACTS, premisesKnown } from '../../../../src/lib/places/access-needs.ts';
import { PremisesAccess } from '../../../../src/lib/schema/index.ts';

const unknown: PremisesAccess = {
  stepFree: null,
  accessibleToilet: null,
  parking: null,
  hearingLoop: null,
  signLanguage: null,
};

describe('PREMISES_FACTS', () => {
  it('names every premises fact of the schema, in its order', () => {
    expect(PREMISES_FACTS).toEqual(Object.keys(PremisesAccess.shape));
  });

  it('offers every fact but parking as a filter, in the same order', () => {
    expect(NEED_FILTERS).toEqual(PREMISES_FACTS.filter((fact) => fact !== 'parking'));
  });
});

describe('premisesKnown', () => {
  it.each<[string, PremisesAccess, boolean]>([
    ['nothing published', unknown, false],
    ['one fact, yes', { ...unknown, stepFree: true }, true],
    ['one fact, no', { ...unknown, parking: false }, true],
    [
      'every fact',
      { stepFree: true, accessibleToilet: false, parking: true, hearingLoop: false, signLanguage: true },
      true,
    ],
  ])('%s', (_, access, expected) => {
    expect(premisesKnown(access)).toBe(expected);
  });
});

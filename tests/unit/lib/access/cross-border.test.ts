import { describe, expect, it } from 'vitest';
import { englishSpeakingPlaces, hasCrossBorderAnswer } from '../../../../src/lib/access/cross-border.ts';
import { Place, Service } from '../../../../src/lib/schema/index.ts';
import { validPlace, validService } from '../../../fixtures/catalog.ts';

const service = (change: (s: Record<string, any>) => void) => {
  const s = validService();
  change(s);
  return Service.parse(s);
};

describe('hasCrossBorderAnswer', () => {
  it.each([
    ['nothing known', () => {}, false],
    [
      'usable from abroad',
      (s: Record<string, any>) => {
        s.crossBorder.fromAbroad = true;
      },
      true,
    ],
    [
      'not usable from abroad, nothing else',
      (s: Record<string, any>) => {
        s.crossBorder.fromAbroad = false;
      },
      false,
    ],
    [
      'foreign eID accepted',
      (s: Record<string, any>) => {
        s.crossBorder.foreignEid = true;
      },
      true,
    ],
    [
      'a note for foreigners',
      (s: Record<string, any>) => {
        s.crossBorder.foreignerNote = { lv: 'x', en: 'x' };
      },
      true,
    ],
    [
      'English instructions',
      (s: Record<string, any>) => {
        s.crossBorder.englishInstructionsUrl = 'https://example.test/en';
      },
      true,
    ],
    [
      'an embassy channel',
      (s: Record<string, any>) => {
        s.requestChannels.push({
          type: 'embassy',
          note: null,
          needs: { authentication: [], eSignature: null, idDocument: null, appointment: null },
          fee: null,
          time: null,
          url: null,
        });
      },
      true,
    ],
  ])('%s → %s', (_name, change, expected) => {
    expect(hasCrossBorderAnswer(service(change))).toBe(expected);
  });
});

describe('englishSpeakingPlaces', () => {
  it('keeps only places whose languages include English', () => {
    const en = Place.parse({ ...validPlace(), id: 'a', languages: ['lv', 'en'] });
    const lv = Place.parse({ ...validPlace(), id: 'b', languages: ['lv'] });
    const unknown = Place.parse({ ...validPlace(), id: 'c', languages: [] });
    expect(englishSpeakingPlaces([en, lv, unknown]).map((p) => p.id)).toEqual(['a']);
  });
});

import { describe, expect, it } from 'vitest';
import { socialGroupFacts, socialGroupLines, somethingFor } from '../../../../src/lib/access/social.ts';
import type { Translate } from '../../../../src/lib/access/text.ts';
import type { Catalog } from '../../../../src/lib/catalog/validate.ts';
import type { Place, Service } from '../../../../src/lib/schema/index.ts';
import { catalog as catalogOf, channels, place, service } from '../../../fixtures/catalog.ts';
import { useTranslations } from '../../../../src/i18n/index.ts';

const access = { stepFree: null, accessibleToilet: null, parking: null, hearingLoop: null, signLanguage: null };
const office = (id: string, over: Record<string, unknown>) => place(id, { access: { ...access, ...over } });
const assist = {
  description: { lv: 'Atbrīvojums no nodevas', en: 'Fee exemption' },
  url: null,
  phone: null,
  placeTypes: [],
};
const catalog = (places: Place[], services: Service[]): Catalog => catalogOf({ services, places });
const nothing = { lowIncome: [], lowDigitalSkills: [], impairments: [] };

describe('socialGroupFacts and somethingFor', () => {
  it.each([
    [
      'nothing for anyone: a fee, online only, no help',
      {
        free: false,
        requestChannels: channels('e-service'),
        receiptChannels: channels('e-address'),
        assisted: nothing,
      },
      [],
      [false, false, false],
    ],
    [
      'free of charge counts for low income',
      { free: true, requestChannels: channels('e-service'), receiptChannels: channels('e-address'), assisted: nothing },
      [],
      [true, false, false],
    ],
    [
      'a fee exemption listed',
      {
        free: false,
        requestChannels: channels('e-service'),
        receiptChannels: channels('e-address'),
        assisted: { ...nothing, lowIncome: [assist] },
      },
      [],
      [true, false, false],
    ],
    [
      'post is a way without a computer',
      {
        free: null,
        requestChannels: channels('e-service', 'post'),
        receiptChannels: channels('post'),
        assisted: nothing,
      },
      [],
      [false, true, false],
    ],
    [
      'a home visit helps people with a disability',
      { free: null, requestChannels: channels('home-visit'), receiptChannels: channels('post'), assisted: nothing },
      [],
      [false, true, true],
    ],
    [
      'a step-free office offering it',
      { free: null, requestChannels: channels('e-service'), receiptChannels: channels('in-person'), assisted: nothing },
      [office('a', { stepFree: true }), office('b', { stepFree: false })],
      [false, false, true],
    ],
  ] as const)('%s', (_name, over, places, expected) => {
    const s = service(over);
    const facts = socialGroupFacts(catalog([...places], [s]), s);
    expect((['lowIncome', 'lowDigitalSkills', 'impairments'] as const).map((g) => somethingFor(facts, g))).toEqual(
      expected,
    );
  });

  it('counts the offering places and those with step-free entrance and sign language, as published', () => {
    const s = service({ receiptChannels: channels('in-person') });
    const facts = socialGroupFacts(
      catalog(
        [
          office('a', { stepFree: true, signLanguage: true }),
          office('b', { stepFree: null }),
          office('c', { stepFree: true }),
        ],
        [s],
      ),
      s,
    );
    expect(facts.impairments).toMatchObject({ places: 3, stepFree: 2, signLanguage: 1 });
  });

  it("phrases the lines in the language, the data's own words first", () => {
    const s = service({
      free: false,
      requestChannels: channels('e-service', 'post', 'phone'),
      assisted: { ...nothing, lowIncome: [assist] },
    });
    const facts = socialGroupFacts(catalog([], [s]), s);
    const lines = socialGroupLines(facts, s, useTranslations('lv') as Translate, 'lv');
    expect(lines.lowIncome).toEqual(['Par maksu', 'Atbrīvojums no nodevas']);
    expect(lines.lowDigitalSkills).toEqual(['Bez datora: pa pastu un pa tālruni']);
    expect(lines.impairments).toEqual([]);
  });
});

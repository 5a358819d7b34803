import { describe, expect, it } from 'vitest';
import { fallbackContact, missionPageUrl, sortByCountry } from '../../../../src/lib/places/contact.ts';
import type { Institution } from '../../../../src/lib/schema/index.ts';

const pmlp: Institution = {
  id: 'pmlp',
  name: {
    lv: 'Pilsonības un migrācijas lietu pārvalde',
    en: { text: 'Office of Citizenship and Migration Affairs', origin: 'official' },
  },
  abbreviation: 'PMLP',
  website: 'https://www.pmlp.gov.lv',
  phone: '+371 67209400',
  email: 'pmlp@pmlp.gov.lv',
  sources: [{ url: 'https://www.pmlp.gov.lv', title: null }],
  checked: '2026-11-01',
};

describe('fallbackContact', () => {
  it.each([
    [
      "a place with neither address nor phone gets the institution's contact",
      { address: null, phone: null, country: 'LV' },
      pmlp,
      '+371 67209400',
    ],
    [
      'a place with an address needs none',
      { address: 'Uzvaras iela 4, Dobele', phone: null, country: 'LV' },
      pmlp,
      null,
    ],
    ['a place with a phone needs none', { address: null, phone: '+371 67209400', country: 'LV' }, pmlp, null],
    ['a mission abroad points to its own page instead', { address: null, phone: null, country: 'DE' }, pmlp, null],
    [
      'an institution without any contact gives nothing',
      { address: null, phone: null, country: 'LV' },
      { ...pmlp, phone: null, email: null, website: null },
      null,
    ],
  ] as const)('%s', (_name, place, institution, phone) => {
    expect(fallbackContact(place, institution)?.phone ?? null).toBe(phone);
  });
});

describe('missionPageUrl', () => {
  it("prefers the ministry's page over other sources", () => {
    expect(
      missionPageUrl({
        sources: [
          { url: 'https://de.wikipedia.org/wiki/x', title: null },
          { url: 'https://www2.mfa.gov.lv/berlin', title: null },
        ],
      }),
    ).toBe('https://www2.mfa.gov.lv/berlin');
    expect(missionPageUrl({ sources: [{ url: 'https://example.org/a', title: null }] })).toBe('https://example.org/a');
  });
});

describe('sortByCountry', () => {
  const places = ['DE', 'EE', 'AT', 'IE', 'US', 'GB'].map((country) => ({ country, city: null }));
  it.each([
    ['lv', ['Amerikas Savienotās Valstis', 'Apvienotā Karaliste', 'Austrija', 'Igaunija', 'Īrija', 'Vācija']],
    ['en', ['Austria', 'Estonia', 'Germany', 'Ireland', 'United Kingdom', 'United States']],
  ] as const)('sorts by the country name in %s', (lang, names) => {
    const dn = new Intl.DisplayNames([lang], { type: 'region' });
    expect(sortByCountry(places, lang).map((p) => dn.of(p.country))).toEqual(names);
  });
});

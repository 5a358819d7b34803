// schema.org JSON-LD of service and place pages, and the escaping that keeps it inside its script.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../../src/server/load-catalog.ts';
import {
  jsonForScript,
  openingHoursSpecification,
  placeJsonLd,
  serviceJsonLd,
} from '../../../../src/lib/site/json-ld.ts';
import { checklistItems } from '../../../../src/lib/channels/checklist.ts';
import { channelTypeLabels } from '../../../../src/server/channel-labels.ts';
import { LANGS } from '../../../../src/lib/site/routes.ts';

const catalog = loadCatalog();
const SITE = 'https://example.test';
const labels = channelTypeLabels();

describe.each(LANGS)('serviceJsonLd in %s', (lang) => {
  it.each(catalog.services.map((s) => [s.id, s] as const))(
    '%s is a GovernmentService with its channels',
    (_id, service) => {
      const data = JSON.parse(JSON.stringify(serviceJsonLd(catalog, service, lang, SITE, labels)));
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type']).toBe('GovernmentService');
      expect(data.name).toBe(lang === 'lv' ? service.name.lv : service.name.en.text);
      expect(data.url).toBe(`${SITE}/${lang}/${lang === 'lv' ? 'pakalpojumi' : 'services'}/${service.slug}/`);
      expect(data.provider['@type']).toBe('GovernmentOrganization');
      expect(data.availableChannel).toHaveLength(service.requestChannels.length + service.receiptChannels.length);
      for (const channel of data.availableChannel) {
        expect(channel['@type']).toBe('ServiceChannel');
        expect(Object.values(labels).map((l) => l[lang])).toContain(channel.name);
      }
      const fixed = service.fees.filter((f) => f.amountEur !== null);
      expect(data.offers?.length ?? 0).toBe(fixed.length > 0 ? fixed.length : service.free === true ? 1 : 0);
      for (const offer of data.offers ?? []) expect(offer).toMatchObject({ '@type': 'Offer', priceCurrency: 'EUR' });
      expect(data.mainEntityOfPage).toMatchObject({
        '@type': 'WebPage',
        '@id': data.url,
        inLanguage: lang,
        dateModified: service.checked,
      });
      expect(data.dateModified).toBeUndefined();
    },
  );
});

describe.each(LANGS)('placeJsonLd in %s', (lang) => {
  it.each(catalog.places.map((p) => [p.id, p] as const))('%s is a GovernmentOffice', (_id, place) => {
    const data = JSON.parse(JSON.stringify(placeJsonLd(catalog, place, lang, SITE)));
    expect(data['@type']).toBe('GovernmentOffice');
    expect(data.telephone ?? null).toBe(place.phone);
    if (place.coordinates?.precision === 'exact')
      expect(data.geo).toEqual({
        '@type': 'GeoCoordinates',
        latitude: place.coordinates.lat,
        longitude: place.coordinates.lon,
      });
    else expect(data.geo).toBeUndefined();
    if (!place.openingHours) expect(data.openingHoursSpecification).toBeUndefined();
    // Google requires an address; the country is always known, the street not always.
    expect(data.address).toMatchObject({ '@type': 'PostalAddress', addressCountry: place.country });
    if (place.address) expect(data.address.streetAddress).toBe(place.address);
    // Sources and the check date belong to the page (CreativeWork), not to the office.
    expect(data.mainEntityOfPage).toEqual({
      '@type': 'WebPage',
      '@id': data.url,
      inLanguage: lang,
      isBasedOn: place.sources.map((s) => s.url),
      dateModified: place.checked,
    });
    expect(data.isBasedOn).toBeUndefined();
  });
});

describe('openingHoursSpecification', () => {
  it.each([
    [
      'Mo-Fr 08:30-17:00',
      [{ days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'], opens: '08:30', closes: '17:00' }],
    ],
    [
      'Mo-Th 08:00-17:00; Fr 08:00-16:00',
      [
        { days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday'], opens: '08:00', closes: '17:00' },
        { days: ['Friday'], opens: '08:00', closes: '16:00' },
      ],
    ],
    [
      'Mo 08:00-12:00,13:00-17:00',
      [
        { days: ['Monday'], opens: '08:00', closes: '12:00' },
        { days: ['Monday'], opens: '13:00', closes: '17:00' },
      ],
    ],
    [
      'Mo-Fr 09:00-13:00; PH off',
      [
        { days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'], opens: '09:00', closes: '13:00' },
        { days: 'PublicHolidays', opens: '00:00', closes: '00:00' },
      ],
    ],
  ] as const)('"%s"', (source, expected) => {
    const spec = openingHoursSpecification(source);
    expect(
      spec.map((s) => ({
        days: Array.isArray(s.dayOfWeek)
          ? (s.dayOfWeek as string[]).map((d) => d.replace('https://schema.org/', ''))
          : String(s.dayOfWeek).replace('https://schema.org/', ''),
        opens: s.opens,
        closes: s.closes,
      })),
    ).toEqual(expected);
  });

  it('says nothing for unknown or unreadable hours', () => {
    expect(openingHoursSpecification(null)).toEqual([]);
    expect(openingHoursSpecification('Mon-Fri 8-17')).toEqual([]);
  });
});

describe('jsonForScript', () => {
  it.each([['</script><script>alert(1)</script>'], ['<!-- x'], ['a & b > c'], ['line\u2028separator']])(
    'keeps %j from leaving the script element and still parses back',
    (value) => {
      const json = jsonForScript({ name: value });
      expect(json).not.toMatch(/[<>&\u2028\u2029]/);
      expect(JSON.parse(json)).toEqual({ name: value });
    },
  );
});

describe('checklistItems', () => {
  it.each(catalog.services.map((s) => [s.id, s] as const))(
    '%s lists its documents, fees and the ID only when a channel needs it',
    (_id, service) => {
      const items = checklistItems(service);
      expect(items.filter((i) => i.kind === 'document')).toHaveLength(service.documents.length);
      expect(items.filter((i) => i.kind === 'fee')).toHaveLength(service.fees.filter((f) => f.amountEur !== 0).length);
      const needsId = [...service.requestChannels, ...service.receiptChannels].some((c) => c.needs.idDocument === true);
      expect(items.some((i) => i.kind === 'id')).toBe(needsId);
    },
  );
});

// schema.org JSON-LD for service and place pages: GovernmentService with its channels and
// fees, GovernmentOffice with address, point and opening hours. Pure: the page passes the
// catalogue, the language and the site's address; src/components/JsonLd.astro prints it.
import type { Catalog } from '../catalog/validate.ts';
import type { Channel, Place, Service } from '../schema/index.ts';
import { byId, institutionOf, municipalityByAtvk, placesOffering } from '../catalog/catalog.ts';
import { allChannels } from '../channels/channels.ts';
import { parseOpeningHours, type Span } from '../hours/opening-hours.ts';
import { absoluteUrl } from '../open-data/downloads.ts';
import { type ChannelTypeLabels } from '../open-data/meta.ts';
import { pathFor, type Lang } from './routes.ts';
import { displayName } from '../text/format.ts';
import { inLang } from '../text/localized.ts';
import { isBuildingPoint } from '../places/geo.ts';

type JsonLd = Record<string, unknown>;

/** Most places a ServiceChannel lists as serviceLocation. */
export const MAX_LOCATIONS = 10;

const SCHEMA_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map(
  (d) => `https://schema.org/${d}`,
);

/** Drops keys whose value is null, undefined or an empty list, so the output says only what is known. */
function compact(object: JsonLd): JsonLd {
  return Object.fromEntries(
    Object.entries(object).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );
}

const country = (code: string, lang: Lang): string => displayName(code, 'region', lang);

/** "08:30" from 510 minutes; schema.org Time is hh:mm. */
function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** OpeningHoursSpecification entries: one per distinct time span, listing the days it applies to. */
export function openingHoursSpecification(openingHours: string | null): JsonLd[] {
  if (!openingHours) return [];
  const parsed = parseOpeningHours(openingHours);
  if (!parsed.ok) return [];
  const bySpan = new Map<string, { span: Span; days: number[] }>();
  parsed.hours.days.forEach((spans, day) => {
    for (const span of spans) {
      const key = `${span[0]}-${span[1]}`;
      bySpan.set(key, { span, days: [...(bySpan.get(key)?.days ?? []), day] });
    }
  });
  const specs: JsonLd[] = [...bySpan.values()].map(({ span, days }) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: days.map((d) => SCHEMA_DAYS[d]),
    opens: clock(span[0]),
    closes: clock(span[1]),
  }));
  // schema.org: opens and closes both 00:00 mark a day closed all day.
  if (parsed.hours.publicHolidays === 'off')
    specs.push({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: 'https://schema.org/PublicHolidays',
      opens: '00:00',
      closes: '00:00',
    });
  return specs;
}

/**
 * The place's address, as far as it is known. The country always is, and Google's LocalBusiness
 * guidance (which GovernmentOffice falls under) requires an address, so a mission whose street
 * address we do not know still says which country it is in.
 */
function postalAddress(place: Place): JsonLd {
  return compact({
    '@type': 'PostalAddress',
    streetAddress: place.address,
    postalCode: place.postcode,
    addressLocality: place.city,
    addressCountry: place.country,
  });
}

/**
 * The page about a service or place: its language, sources and check date. schema.org defines
 * inLanguage, isBasedOn and dateModified on CreativeWork, not on Service or Organization, so they
 * sit on the WebPage (its validator warns otherwise).
 */
function pageAbout(url: string, lang: Lang, record: { sources: readonly { url: string }[]; checked: string }): JsonLd {
  return {
    '@type': 'WebPage',
    '@id': url,
    inLanguage: lang,
    isBasedOn: record.sources.map((s) => s.url),
    dateModified: record.checked,
  };
}

/** A short reference to a place: its page, name and address. */
function placeRef(place: Place, lang: Lang, siteUrl: string | URL): JsonLd {
  return compact({
    '@type': 'GovernmentOffice',
    '@id': `${absoluteUrl(siteUrl, pathFor(lang, { kind: 'place', slug: place.id }))}#place`,
    name: inLang(place.name, lang),
    address: postalAddress(place),
  });
}

function serviceChannel(
  catalog: Catalog,
  service: Service,
  c: Channel,
  lang: Lang,
  siteUrl: string | URL,
  labels?: ChannelTypeLabels,
): JsonLd {
  const here =
    c.type === 'in-person' || c.type === 'embassy'
      ? placesOffering(catalog, service).filter((p) => (c.type === 'embassy') === (p.type === 'embassy'))
      : [];
  const languages = [...new Set(here.flatMap((p) => p.languages))].sort();
  return compact({
    '@type': 'ServiceChannel',
    name: labels ? labels[c.type][lang] : c.type,
    description: c.note?.[lang],
    serviceUrl: c.url,
    servicePhone: c.type === 'phone' ? { '@type': 'ContactPoint', telephone: c.phone } : null,
    servicePostalAddress:
      c.type === 'post' && c.address ? { '@type': 'PostalAddress', streetAddress: c.address } : null,
    // A channel offered at dozens of centres would make the page heavy for people on mobile
    // data; the page lists them anyway, so only short lists are repeated here.
    serviceLocation: here.length <= MAX_LOCATIONS ? here.map((p) => placeRef(p, lang, siteUrl)) : [],
    availableLanguage: languages,
  });
}

/** schema.org GovernmentService for a service page. */
export function serviceJsonLd(
  catalog: Catalog,
  service: Service,
  lang: Lang,
  siteUrl: string | URL,
  labels?: ChannelTypeLabels,
): JsonLd {
  const url = absoluteUrl(siteUrl, pathFor(lang, { kind: 'service', slug: service.slug }));
  const institution = institutionOf(catalog, service);
  const municipality =
    service.scope.tier === 'municipality' ? municipalityByAtvk(catalog, service.scope.municipality) : undefined;
  const place =
    service.scope.tier === 'single-place' && service.scope.placeId
      ? byId(catalog.places, service.scope.placeId)
      : undefined;
  const areaServed = municipality
    ? { '@type': 'AdministrativeArea', name: municipality.name[lang] }
    : place
      ? placeRef(place, lang, siteUrl)
      : { '@type': 'Country', name: country('LV', lang) };
  const offers = service.fees
    .filter((f) => f.amountEur !== null)
    .map((f) => ({ '@type': 'Offer', price: f.amountEur, priceCurrency: 'EUR', description: f.description[lang] }));
  if (offers.length === 0 && service.free === true)
    offers.push({ '@type': 'Offer', price: 0, priceCurrency: 'EUR', description: '' });
  return compact({
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    '@id': `${url}#service`,
    url,
    mainEntityOfPage: pageAbout(url, lang, service),
    name: inLang(service.name, lang),
    description: inLang(service.summary, lang),
    provider: compact({
      '@type': 'GovernmentOrganization',
      name: inLang(institution.name, lang),
      alternateName: institution.abbreviation,
      url: institution.website,
      telephone: institution.phone,
      email: institution.email,
    }),
    serviceType: service.lifeSituations
      .map((id) => byId(catalog.lifeSituations, id)?.name[lang])
      .filter((n) => n !== undefined),
    areaServed,
    audience: { '@type': 'Audience', audienceType: service.recipients[lang] },
    availableChannel: allChannels(service).map((c) => serviceChannel(catalog, service, c, lang, siteUrl, labels)),
    offers: offers.map((o) => compact({ ...o, description: o.description || null })),
  });
}

/** schema.org GovernmentOffice for a place page. */
export function placeJsonLd(catalog: Catalog, place: Place, lang: Lang, siteUrl: string | URL): JsonLd {
  const url = absoluteUrl(siteUrl, pathFor(lang, { kind: 'place', slug: place.id }));
  const institution = place.institution ? byId(catalog.institutions, place.institution) : undefined;
  // Only a point on the building itself is published as the office's location.
  const exact = place.coordinates && isBuildingPoint(place.coordinates) ? place.coordinates : null;
  return compact({
    '@context': 'https://schema.org',
    '@type': 'GovernmentOffice',
    '@id': `${url}#place`,
    url,
    mainEntityOfPage: pageAbout(url, lang, place),
    name: inLang(place.name, lang),
    address: postalAddress(place),
    geo: exact ? { '@type': 'GeoCoordinates', latitude: exact.lat, longitude: exact.lon } : null,
    telephone: place.phone,
    email: place.email,
    openingHoursSpecification: openingHoursSpecification(place.openingHours),
    parentOrganization: institution
      ? compact({ '@type': 'GovernmentOrganization', name: inLang(institution.name, lang), url: institution.website })
      : null,
    knowsLanguage: place.languages,
  });
}

/** JSON for a <script type="application/ld+json">: "<", ">", "&" and line separators escaped, so data cannot close the script. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

// Who to ask about a place when the place itself gives no way to reach it (26 of 30
// embassies said "Address not known", 25 said "call before you go" with no number, and new
// PMLP divisions have a town but no published address or phone). Pure.
import type { Institution, Place } from '../schema/index.ts';
import { plainText } from '../text/localized.ts';

/** A mission's own page: the first source on the ministry's site (mfa.gov.lv), else the first source. */
export function missionPageUrl(place: Pick<Place, 'sources'>): string {
  const onMfa = place.sources.find((s) => /(^|\.)mfa\.gov\.lv$/.test(new URL(s.url).hostname));
  return (onMfa ?? place.sources[0]!).url;
}

export interface FallbackContact {
  name: { lv: string; en: string };
  phone: string | null;
  email: string | null;
  url: string | null;
}

/**
 * The institution's general contact, for a place in Latvia with neither an address nor a phone
 * (the card would otherwise be empty); null when the place has one of them, or the institution
 * publishes no contact. Missions abroad point to their own page instead (missionPageUrl).
 */
export function fallbackContact(
  place: Pick<Place, 'address' | 'phone' | 'country'>,
  institution: Institution | null | undefined,
): FallbackContact | null {
  if (place.address !== null || place.phone !== null || place.country !== 'LV' || !institution) return null;
  if (institution.phone === null && institution.email === null && institution.website === null) return null;
  return {
    name: plainText(institution.name),
    phone: institution.phone,
    email: institution.email,
    url: institution.website,
  };
}

/** Missions abroad in the order of their country's name in the page's language (Intl.Collator). */
export function sortByCountry<P extends Pick<Place, 'country' | 'city'>>(places: readonly P[], lang: 'lv' | 'en'): P[] {
  const names = new Intl.DisplayNames([lang], { type: 'region' });
  const collator = new Intl.Collator(lang);
  const key = (p: P) => names.of(p.country) ?? p.country;
  return [...places].sort((a, b) => collator.compare(key(a), key(b)) || collator.compare(a.city ?? '', b.city ?? ''));
}

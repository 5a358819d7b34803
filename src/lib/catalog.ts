// Questions the pages ask of the validated catalogue: who holds a service, where it is
// offered in person, what is in a municipality. Pages call these and only render.
import type { Catalog } from './validate.ts';
import type { Channel, Institution, LifeSituation, Municipality, Place, Service } from './schema/index.ts';
import { collator } from './format.ts';
import { memoByCatalog } from './memo.ts';
import type { Lang } from './routes.ts';

export type { Catalog };

export function byId<T extends { id: string }>(items: readonly T[], id: string): T | undefined {
  return items.find((item) => item.id === id);
}

export function institutionOf(catalog: Catalog, service: Service): Institution {
  const institution = byId(catalog.institutions, service.institution);
  // validateCatalog guarantees the reference; reaching this means the catalogue was not validated.
  if (!institution) throw new Error(`Service "${service.id}" refers to unknown institution "${service.institution}"`);
  return institution;
}

export function municipalityByAtvk(catalog: Catalog, atvk: string | null): Municipality | undefined {
  return atvk === null ? undefined : catalog.municipalities.find((m) => m.atvk === atvk);
}

/** In-person channels of a service, whether to request or to receive it. */
function inPersonChannels(service: Service): Extract<Channel, { type: 'in-person' }>[] {
  return [...service.requestChannels, ...service.receiptChannels].filter((c): c is Extract<Channel, { type: 'in-person' }> => c.type === 'in-person');
}

/**
 * Whether a place handles a service in person. A place offers a service when it lists it,
 * when it offers a service set that contains it (every VPVKAC offers the VPVKAC basket), when
 * a channel names the place, or when a channel names the place's type and the place belongs
 * to the service's institution (a PMLP division for a PMLP service).
 */
export function placeOffers(catalog: Catalog, place: Place, service: Service): boolean {
  if (place.services.includes(service.id)) return true;
  if (place.serviceSets.some((set) => byId(catalog.serviceSets, set)?.services.includes(service.id))) return true;
  // Missions list their consular services one by one; no rule by type applies to them.
  if (place.type === 'embassy') return false;
  return inPersonChannels(service).some(
    (c) => c.placeIds.includes(place.id) || (c.placeTypes.includes(place.type) && place.institution === service.institution),
  );
}

/** Places that offer a service; asked on many pages per build, so kept per catalogue. */
export const placesOffering: (catalog: Catalog, service: Service) => Place[] = memoByCatalog(
  (service: Service) => service.id,
  (catalog: Catalog, service: Service) => catalog.places.filter((place) => placeOffers(catalog, place, service)),
);

export function servicesAt(catalog: Catalog, place: Place, lang: Lang): Service[] {
  return sortServices(catalog.services.filter((s) => placeOffers(catalog, place, s)), lang);
}

export function placesIn(catalog: Catalog, atvk: string, lang: Lang): Place[] {
  const c = collator(lang);
  return catalog.places.filter((p) => p.municipality === atvk).sort((a, b) => c.compare(a.name.lv, b.name.lv));
}

export interface MunicipalityGroup<T> {
  municipality: Municipality | null;
  items: T[];
}

/** Places grouped by municipality, municipalities in alphabetical order, places abroad last. */
export function groupByMunicipality(catalog: Catalog, places: Place[], lang: Lang): MunicipalityGroup<Place>[] {
  const c = collator(lang);
  const groups = new Map<string | null, Place[]>();
  for (const place of places) groups.set(place.municipality, [...(groups.get(place.municipality) ?? []), place]);
  return [...groups.entries()]
    .map(([atvk, items]) => ({ municipality: municipalityByAtvk(catalog, atvk) ?? null, items: items.sort((a, b) => c.compare(a.name.lv, b.name.lv)) }))
    .sort((a, b) => (a.municipality === null ? 1 : b.municipality === null ? -1 : c.compare(a.municipality.name[lang], b.municipality.name[lang])));
}

export function sortServices(services: Service[], lang: Lang): Service[] {
  const c = collator(lang);
  const name = (s: Service) => (lang === 'lv' ? s.name.lv : s.name.en.text);
  return [...services].sort((a, b) => c.compare(name(a), name(b)));
}

export function servicesIn(catalog: Catalog, situation: LifeSituation, lang: Lang): Service[] {
  return sortServices(catalog.services.filter((s) => s.lifeSituations.includes(situation.id)), lang);
}

/** A–Z groups by first letter, in the language's alphabet order (Ā after A, Š after S in Latvian). */
export function alphabetGroups(services: Service[], lang: Lang): { letter: string; services: Service[] }[] {
  const groups: { letter: string; services: Service[] }[] = [];
  for (const service of sortServices(services, lang)) {
    const name = lang === 'lv' ? service.name.lv : service.name.en.text;
    const letter = name.charAt(0).toLocaleUpperCase(lang);
    const last = groups.at(-1);
    if (last && last.letter === letter) last.services.push(service);
    else groups.push({ letter, services: [service] });
  }
  return groups;
}

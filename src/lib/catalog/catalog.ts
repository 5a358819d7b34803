// Questions the pages ask of the validated catalogue: who holds a service, where it is
// offered in person, what is in a municipality. Pages call these and only render.
import type { Catalog } from './validate.ts';
import type { Channel, Institution, LifeSituation, Municipality, Place, Service } from '../schema/index.ts';
import { collator } from '../text/format.ts';
import { memoByCatalog } from './memo.ts';
import { allChannels } from '../channels/channels.ts';
import type { Lang } from '../site/routes.ts';
import { inLang } from '../text/localized.ts';

export type { Catalog };

// Lists of thousands of records are looked up by id on every page; a map per list (the
// catalogue's lists never change after validation) keeps that from being a linear search.
const idMaps = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();
const INDEX_FROM_LENGTH = 64;

export function byId<T extends { id: string }>(items: readonly T[], id: string): T | undefined {
  if (items.length < INDEX_FROM_LENGTH) return items.find((item) => item.id === id);
  let map = idMaps.get(items);
  if (!map) {
    map = new Map();
    for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
    idMaps.set(items, map);
  }
  return map.get(id) as T | undefined;
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
  return allChannels(service).filter((c): c is Extract<Channel, { type: 'in-person' }> => c.type === 'in-person');
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
    (c) =>
      c.placeIds.includes(place.id) || (c.placeTypes.includes(place.type) && place.institution === service.institution),
  );
}

/**
 * The places that could offer a service, looked up by the ways placeOffers accepts one, so that
 * a catalogue of thousands of services and places is not checked pair by pair (that was most of
 * the build time). placeOffers stays the definition; these only narrow down the candidates.
 */
interface OfferingIndex {
  listing: Map<string, Place[]>;
  byId: Map<string, Place>;
  byTypeAndInstitution: Map<string, Place[]>;
  order: Map<Place, number>;
}

const offeringIndexes = new WeakMap<Catalog, OfferingIndex>();

function offeringIndex(catalog: Catalog): OfferingIndex {
  const known = offeringIndexes.get(catalog);
  if (known) return known;
  // A place lists services itself and through its service sets; each service once.
  const listings = catalog.places.flatMap((place) => {
    const listed = new Set(place.services);
    for (const set of place.serviceSets)
      for (const id of byId(catalog.serviceSets, set)?.services ?? []) listed.add(id);
    return [...listed].map((service) => ({ service, place }));
  });
  const index: OfferingIndex = {
    listing: new Map(
      [...Map.groupBy(listings, (l) => l.service)].map(([service, ls]) => [service, ls.map((l) => l.place)]),
    ),
    byId: new Map(catalog.places.map((place) => [place.id, place])),
    byTypeAndInstitution: Map.groupBy(
      catalog.places.filter((place) => place.institution),
      (place) => `${place.type}|${place.institution}`,
    ),
    order: new Map(catalog.places.map((place, i) => [place, i])),
  };
  offeringIndexes.set(catalog, index);
  return index;
}

/** Places that offer a service (placeOffers), in catalogue order; kept per catalogue. */
export const placesOffering: (catalog: Catalog, service: Service) => Place[] = memoByCatalog(
  (service: Service) => service.id,
  (catalog: Catalog, service: Service) => {
    const index = offeringIndex(catalog);
    const candidates = new Set(index.listing.get(service.id) ?? []);
    for (const channel of inPersonChannels(service)) {
      for (const id of channel.placeIds) {
        const place = index.byId.get(id);
        if (place) candidates.add(place);
      }
      for (const type of channel.placeTypes)
        for (const place of index.byTypeAndInstitution.get(`${type}|${service.institution}`) ?? [])
          candidates.add(place);
    }
    return [...candidates]
      .filter((place) => placeOffers(catalog, place, service))
      .sort((a, b) => index.order.get(a)! - index.order.get(b)!);
  },
);

/** Every place's services, made once per catalogue from placesOffering. */
const servicesByPlace = new WeakMap<Catalog, Map<string, Service[]>>();

export function servicesAt(catalog: Catalog, place: Place, lang: Lang): Service[] {
  let byPlace = servicesByPlace.get(catalog);
  if (!byPlace) {
    const offers = catalog.services.flatMap((service) =>
      placesOffering(catalog, service).map((p) => ({ place: p.id, service })),
    );
    byPlace = new Map([...Map.groupBy(offers, (o) => o.place)].map(([id, os]) => [id, os.map((o) => o.service)]));
    servicesByPlace.set(catalog, byPlace);
  }
  return sortServices(byPlace.get(place.id) ?? [], lang);
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
  return [...Map.groupBy(places, (place) => place.municipality).entries()]
    .map(([atvk, items]) => ({
      municipality: municipalityByAtvk(catalog, atvk) ?? null,
      items: items.sort((a, b) => c.compare(a.name.lv, b.name.lv)),
    }))
    .sort((a, b) =>
      a.municipality === null
        ? 1
        : b.municipality === null
          ? -1
          : c.compare(a.municipality.name[lang], b.municipality.name[lang]),
    );
}

export function sortServices(services: Service[], lang: Lang): Service[] {
  const c = collator(lang);
  const name = (s: Service) => inLang(s.name, lang);
  return [...services].sort((a, b) => c.compare(name(a), name(b)));
}

export function servicesIn(catalog: Catalog, situation: LifeSituation, lang: Lang): Service[] {
  return sortServices(
    catalog.services.filter((s) => s.lifeSituations.includes(situation.id)),
    lang,
  );
}

/** A–Z groups by first letter, in the language's alphabet order (Ā after A, Š after S in Latvian). */
export function alphabetGroups(services: Service[], lang: Lang): { letter: string; services: Service[] }[] {
  const groups: { letter: string; services: Service[] }[] = [];
  for (const service of sortServices(services, lang)) {
    const name = inLang(service.name, lang);
    const letter = name.charAt(0).toLocaleUpperCase(lang);
    const last = groups.at(-1);
    if (last && last.letter === letter) last.services.push(service);
    else groups.push({ letter, services: [service] });
  }
  return groups;
}

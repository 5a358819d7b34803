// Territorial coverage for the managers' report, summed over a set of services: per
// municipality, how many of the services someone can get in person there and how many of our
// places there offer at least one of them.
import type { Catalog } from './validate.ts';
import type { Municipality, Service } from './schema/index.ts';
import { placesOffering } from './catalog.ts';

/** Whether the service can be requested or received in person in Latvia (an in-person channel). */
export function hasInPersonChannel(service: Service): boolean {
  return [...service.requestChannels, ...service.receiptChannels].some((c) => c.type === 'in-person');
}

export interface MunicipalityOverviewRow {
  municipality: Municipality;
  /** Services (of those given) offered in person by at least one place in the municipality. */
  services: number;
  /** Places in the municipality offering at least one of the services. */
  places: number;
}

/** One row per municipality of the catalogue, in catalogue order. */
export function municipalityOverview(catalog: Catalog, services: readonly Service[]): MunicipalityOverviewRow[] {
  const servicesIn = new Map<string, Set<string>>();
  const placesIn = new Map<string, Set<string>>();
  for (const service of services) {
    for (const place of placesOffering(catalog, service)) {
      if (place.municipality === null) continue;
      if (!servicesIn.has(place.municipality)) servicesIn.set(place.municipality, new Set());
      if (!placesIn.has(place.municipality)) placesIn.set(place.municipality, new Set());
      servicesIn.get(place.municipality)!.add(service.id);
      placesIn.get(place.municipality)!.add(place.id);
    }
  }
  return catalog.municipalities.map((municipality) => ({
    municipality,
    services: servicesIn.get(municipality.atvk)?.size ?? 0,
    places: placesIn.get(municipality.atvk)?.size ?? 0,
  }));
}

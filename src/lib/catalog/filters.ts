// Filters across the catalogue (the A–Z and life-situation lists): which services can be done
// fully online, by post or phone, with help nearby, from abroad, or with English instructions.
// Each filter is a predicate over one service and the catalogue; the pages link to one static
// page per filter, so the filters work without JavaScript.
//
// Rules
//   online       a request channel in the electronic environment AND a receipt channel in it
//                (a service whose receipt channels the data does not know is not "fully online")
//   post-phone   a request channel by post or by phone
//   help-nearby  an assisted option for people with low digital skills, or a customer service
//                centre (VPVKAC) in our data offers the service
//   abroad       crossBorder.fromAbroad is true (unknown does not count)
//   english      an official page with instructions in English (crossBorder.englishInstructionsUrl)
import type { Catalog } from './validate.ts';
import type { Service } from '../schema/index.ts';
import { ENVIRONMENT_OF } from '../channels/channels.ts';
import { placesOffering } from './catalog.ts';

export const SERVICE_FILTERS = ['online', 'post-phone', 'help-nearby', 'abroad', 'english'] as const;
export type ServiceFilter = (typeof SERVICE_FILTERS)[number];

export function isServiceFilter(value: string): value is ServiceFilter {
  return (SERVICE_FILTERS as readonly string[]).includes(value);
}

const PREDICATES: Record<ServiceFilter, (catalog: Catalog, service: Service) => boolean> = {
  online: (_catalog, service) =>
    service.requestChannels.some((c) => ENVIRONMENT_OF[c.type] === 'electronic') &&
    service.receiptChannels.some((c) => ENVIRONMENT_OF[c.type] === 'electronic'),
  'post-phone': (_catalog, service) => service.requestChannels.some((c) => c.type === 'post' || c.type === 'phone'),
  'help-nearby': (catalog, service) =>
    service.assisted.lowDigitalSkills.length > 0 || placesOffering(catalog, service).some((p) => p.type === 'vpvkac'),
  abroad: (_catalog, service) => service.crossBorder.fromAbroad === true,
  english: (_catalog, service) => service.crossBorder.englishInstructionsUrl !== null,
};

/** Whether the service passes the filter. */
export function matchesFilter(catalog: Catalog, service: Service, filter: ServiceFilter): boolean {
  return PREDICATES[filter](catalog, service);
}

/** The services that pass the filter, in the order given. */
export function filterServices(catalog: Catalog, services: readonly Service[], filter: ServiceFilter): Service[] {
  return services.filter((service) => matchesFilter(catalog, service, filter));
}

/** How many of the services pass each filter. */
export function filterCounts(catalog: Catalog, services: readonly Service[]): Record<ServiceFilter, number> {
  return Object.fromEntries(SERVICE_FILTERS.map((f) => [f, filterServices(catalog, services, f).length])) as Record<
    ServiceFilter,
    number
  >;
}

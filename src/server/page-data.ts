// getStaticPaths helpers shared by the Latvian and English page files. Each returns only this
// build process's share of the pages (PIEEJAMS_SHARD, set by src/build/build.ts).
import { loadCatalog } from './load-catalog.ts';
import { itemsOfShard, parseShard } from '../build/shard.ts';
import { SERVICE_FILTERS, filterServices } from '../lib/catalog/filters.ts';
import { FILTER_WORDS, type Lang } from '../lib/site/routes.ts';

const shard = parseShard(process.env.PIEEJAMS_SHARD);
const mine = <T>(paths: T[]): T[] => itemsOfShard(paths, shard);

export function serviceParams() {
  return mine(loadCatalog().services.map((service) => ({ params: { slug: service.slug }, props: { id: service.id } })));
}
export function placeParams() {
  return mine(loadCatalog().places.map((place) => ({ params: { id: place.id }, props: { id: place.id } })));
}
export function municipalityParams() {
  return mine(loadCatalog().municipalities.map((m) => ({ params: { slug: m.slug }, props: { id: m.atvk } })));
}
export function lifeSituationParams() {
  return mine(loadCatalog().lifeSituations.map((l) => ({ params: { id: l.id }, props: { id: l.id } })));
}

/** One page per filter that matches some service: params.filter is the filter's path word in the language. */
export function serviceFilterParams(lang: Lang) {
  const catalog = loadCatalog();
  return mine(
    SERVICE_FILTERS.filter((f) => filterServices(catalog, catalog.services, f).length > 0).map((filter) => ({
      params: { filter: FILTER_WORDS[filter][lang] },
      props: { filter },
    })),
  );
}

/** One page per life situation and filter with at least one matching service. */
export function lifeSituationFilterParams(lang: Lang) {
  const catalog = loadCatalog();
  return mine(
    catalog.lifeSituations.flatMap((situation) => {
      const services = catalog.services.filter((s) => s.lifeSituations.includes(situation.id));
      return SERVICE_FILTERS.filter((f) => filterServices(catalog, services, f).length > 0).map((filter) => ({
        params: { id: situation.id, filter: FILTER_WORDS[filter][lang] },
        props: { id: situation.id, filter },
      }));
    }),
  );
}

/** One report page (and CSV) per institution that holds at least one service. */
export function reportInstitutionParams() {
  const catalog = loadCatalog();
  const holders = new Set(catalog.services.map((s) => s.institution));
  return mine(
    catalog.institutions
      .filter((i) => holders.has(i.id))
      .map((i) => ({ params: { institution: i.id }, props: { id: i.id } })),
  );
}

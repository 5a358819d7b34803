// getStaticPaths helpers shared by the Latvian and English page files.
import { loadCatalog } from './load-catalog.ts';

export function serviceParams() {
  return loadCatalog().services.map((service) => ({ params: { slug: service.slug }, props: { id: service.id } }));
}
export function placeParams() {
  return loadCatalog().places.map((place) => ({ params: { id: place.id }, props: { id: place.id } }));
}
export function municipalityParams() {
  return loadCatalog().municipalities.map((m) => ({ params: { slug: m.slug }, props: { id: m.atvk } }));
}
export function lifeSituationParams() {
  return loadCatalog().lifeSituations.map((l) => ({ params: { id: l.id }, props: { id: l.id } }));
}

// Honest coverage figures for the "about the data" page and the data:coverage script.
import type { Catalog } from './validate.ts';
import type { PlaceType } from './schema/index.ts';
import { isBuildingPoint } from './geo.ts';

export interface Coverage {
  services: number;
  institutions: number;
  places: number;
  placesByType: Partial<Record<PlaceType, number>>;
  placesInLatvia: number;
  placesAbroad: number;
  withHours: number;
  exactCoordinates: number;
  approximateCoordinates: number;
  noCoordinates: number;
  municipalities: number;
  /** ATVK codes of municipalities with no listed in-person place. */
  municipalitiesWithoutPlace: string[];
  gazetteerEntries: number;
  specialDays: number;
  sources: number;
}

export function coverage(catalog: Catalog): Coverage {
  const placesByType: Partial<Record<PlaceType, number>> = {};
  for (const p of catalog.places) placesByType[p.type] = (placesByType[p.type] ?? 0) + 1;
  const withPlace = new Set(catalog.places.map((p) => p.municipality));
  const sourceUrls = new Set(
    [...catalog.services, ...catalog.places, ...catalog.institutions, ...catalog.municipalities].flatMap((r) => r.sources.map((s) => s.url)),
  );
  return {
    services: catalog.services.length,
    institutions: catalog.institutions.length,
    places: catalog.places.length,
    placesByType,
    placesInLatvia: catalog.places.filter((p) => p.country === 'LV').length,
    placesAbroad: catalog.places.filter((p) => p.country !== 'LV').length,
    withHours: catalog.places.filter((p) => p.openingHours !== null).length,
    exactCoordinates: catalog.places.filter((p) => p.coordinates && isBuildingPoint(p.coordinates)).length,
    approximateCoordinates: catalog.places.filter((p) => p.coordinates && !isBuildingPoint(p.coordinates)).length,
    noCoordinates: catalog.places.filter((p) => p.coordinates === null).length,
    municipalities: catalog.municipalities.length,
    municipalitiesWithoutPlace: catalog.municipalities.filter((m) => !withPlace.has(m.atvk)).map((m) => m.atvk),
    gazetteerEntries: catalog.gazetteer.length,
    specialDays: catalog.specialDays.length,
    sources: sourceUrls.size,
  };
}

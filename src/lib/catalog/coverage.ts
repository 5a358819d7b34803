// Honest coverage figures for the "about the data" page and the data:coverage script.
import type { Catalog } from './validate.ts';
import { PlaceType } from '../schema/index.ts';
import { isBuildingPoint } from '../places/geo.ts';

/** The official VPVKAC count to compare with (LV portāls, 13 June 2023: "35 Latvijas pašvaldībās strādā 166 … centri"). */
export const OFFICIAL_VPVKAC = {
  centres: 166,
  municipalities: 35,
  asOf: '2023-06-13',
  url: 'https://lvportals.lv/skaidrojumi/352534-kadus-pakalpojumus-var-pieteikt-vienotajos-apkalposanas-centros-2023',
} as const;

/** Figures for one kind of place. */
export interface TypeCoverage {
  type: PlaceType;
  places: number;
  withHours: number;
  /** Hours shown only as the published text (the reader could not read it into a table). */
  withPublishedHoursOnly: number;
  /** A point of the building: surveyed or the address register's point of its address. */
  buildingPoint: number;
  approximatePoint: number;
  noPoint: number;
}

export interface Coverage {
  services: number;
  institutions: number;
  places: number;
  placesByType: Partial<Record<PlaceType, number>>;
  /** Per kind of place, in the order of PlaceType, kinds without places left out. */
  byType: TypeCoverage[];
  vpvkacMunicipalities: number;
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
    [...catalog.services, ...catalog.places, ...catalog.institutions, ...catalog.municipalities].flatMap((r) =>
      r.sources.map((s) => s.url),
    ),
  );
  const byType = PlaceType.options
    .map((type): TypeCoverage => {
      const ps = catalog.places.filter((p) => p.type === type);
      return {
        type,
        places: ps.length,
        withHours: ps.filter((p) => p.openingHours !== null).length,
        withPublishedHoursOnly: ps.filter((p) => p.openingHours === null && p.hoursPublished !== null).length,
        buildingPoint: ps.filter((p) => p.coordinates && isBuildingPoint(p.coordinates)).length,
        approximatePoint: ps.filter((p) => p.coordinates && !isBuildingPoint(p.coordinates)).length,
        noPoint: ps.filter((p) => p.coordinates === null).length,
      };
    })
    .filter((t) => t.places > 0);
  return {
    byType,
    vpvkacMunicipalities: new Set(catalog.places.filter((p) => p.type === 'vpvkac').map((p) => p.municipality)).size,
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

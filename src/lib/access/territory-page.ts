// The report's territorial view as a page (TerritoryView.astro renders it): the point sets and
// the municipalities and parishes farthest from a VPVKAC first, as the tables say they come
// sorted; distances sort as numbers, "no located point" after every distance.
import type { Catalog } from '../catalog/validate.ts';
import { territorialView, type AreaDistances, type TerritorialView } from './report-coverage.ts';

/** Farthest from the nearest VPVKAC-basket point first (sets[0]); no located point at all first of all; ties keep catalogue order. */
export function farthestFirst(rows: readonly AreaDistances[]): AreaDistances[] {
  return [...rows].sort((a, b) => (b.metres[0] ?? Infinity) - (a.metres[0] ?? Infinity));
}

/** The value a distance cell sorts by: whole metres, and "no located point" as the greatest. */
export function distanceSortValue(metres: number | null): number {
  return metres === null ? Number.MAX_SAFE_INTEGER : Math.round(metres);
}

/** territorialView with both tables' rows farthest first. */
export function territoryPage(catalog: Catalog): TerritorialView {
  const view = territorialView(catalog);
  return { ...view, municipalities: farthestFirst(view.municipalities), parishes: farthestFirst(view.parishes) };
}

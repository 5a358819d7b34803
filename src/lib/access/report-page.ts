// The managers' report page as data: what ReportView.astro renders, for the whole catalogue or
// one institution. Sorting, grouping and look-ups live here (tested) so the view only renders.
import type { Catalog } from '../catalog/validate.ts';
import type { Institution, Service } from '../schema/index.ts';
import { byId, sortServices } from '../catalog/catalog.ts';
import { DIMENSIONS, type AccessAssessment, type DimensionCode, type DimensionKey } from './dimensions.ts';
import { dimensionTable, gaps, statusCounts, type DimensionRow, type Gap, type StatusCounts } from './report.ts';
import { institutionOverview, serviceOverview, type InstitutionOverviewRow, type ServiceOverviewRow } from './overview.ts';
import { farFromPlaces, farParishes, groupBySamePlaces, hasInPersonChannel, municipalityOverview, territorialCoverage, type FarFromPlaces, type MunicipalityCoverageRow, type MunicipalityOverviewRow } from './report-coverage.ts';
import { collator } from '../text/format.ts';
import { nameIn } from './text.ts';
import { adviceFor, type Advice } from './advice.ts';
import type { Lang } from '../site/routes.ts';

export { nameIn };

/** Distances in the coverage blocks are measured against this (straight line, km). */
export const FAR_KM = 20;

export interface CoverageBlock {
  service: Service;
  /** The services offered at the same places as `service` (itself included), in page order. */
  members: Service[];
  covered: MunicipalityCoverageRow[];
  total: number;
  notCoveredNames: string[];
  far: FarFromPlaces;
  /** How many parishes are farther than FAR_KM from all of the places. */
  farParishCount: number;
  /** Those parishes grouped by municipality name, both in the page's alphabetical order. */
  farParishes: { municipality: string; names: string[] }[];
}

export interface CoverageSummaryRow {
  service: Service;
  covered: number;
  total: number;
  far: FarFromPlaces;
}

export interface ReportPage {
  institution: Institution | undefined;
  /** The services in the page's alphabetical order. */
  services: Service[];
  serviceById: Map<string, Service>;
  /** The dimension rows of those services, in the same order. */
  rows: DimensionRow[];
  counts: StatusCounts;
  /** One row per service, most gaps first. */
  serviceRows: ServiceOverviewRow[];
  /** Whole catalogue only: every institution, most gaps first (empty on an institution page). */
  institutionRows: InstitutionOverviewRow[];
  /** Services with gaps, in page order, each with its gaps N3-1 … N3-4 and what would close them. */
  gapsByService: { serviceId: string; gaps: Gap[]; advice: Advice[] }[];
  gapCount: number;
  /** Services with not-known dimensions, in page order, each with those dimensions (N3-1 … N3-4). */
  notKnownByService: { serviceId: string; dimensions: { key: DimensionKey; code: DimensionCode; result: AccessAssessment[DimensionKey] }[] }[];
  notKnownCount: number;
  /** Whole catalogue only: each kind of advice once, with how many services it concerns, most first. */
  adviceSummary: { advice: Advice; services: number }[];
  municipalities: MunicipalityOverviewRow[];
  /** Whole catalogue only: one line per in-person service. */
  coverageSummary: CoverageSummaryRow[];
  /** Institution page only: one block per set of places. */
  coverageBlocks: CoverageBlock[];
  /** Services without an in-person channel (coverage by municipality does not apply). */
  remoteOnly: Service[];
}

/** Each advice code (and open fact) once, with the number of services it concerns; most first, then N3-1 … N3-4. */
export function adviceSummary(catalog: Catalog, services: readonly Service[]): { advice: Advice; services: number }[] {
  const byKey = new Map<string, { advice: Advice; services: number; order: number }>();
  for (const service of services) {
    for (const advice of adviceFor(catalog, service)) {
      const key = `${advice.code} ${advice.fact ?? ''}`;
      const entry = byKey.get(key);
      if (entry) entry.services += 1;
      // The summary names no parishes or counts: those differ per service.
      else byKey.set(key, { advice: { code: advice.code, dimension: advice.dimension, basis: advice.basis, ...(advice.fact ? { fact: advice.fact } : {}) }, services: 1, order: byKey.size });
    }
  }
  return [...byKey.values()].sort((a, b) => b.services - a.services || a.advice.dimension.localeCompare(b.advice.dimension) || a.order - b.order).map(({ advice, services: n }) => ({ advice, services: n }));
}

export function reportPage(catalog: Catalog, { lang, institutionId }: { lang: Lang; institutionId?: string }): ReportPage {
  const institution = institutionId === undefined ? undefined : byId(catalog.institutions, institutionId);
  const services = sortServices(catalog.services.filter((s) => !institution || s.institution === institution.id), lang);
  const serviceById = new Map(services.map((s) => [s.id, s]));
  const order = new Map(services.map((s, i) => [s.id, i]));
  const rows = dimensionTable(catalog).filter((r) => serviceById.has(r.serviceId)).sort((a, b) => order.get(a.serviceId)! - order.get(b.serviceId)!);
  const compare = collator(lang).compare;
  const gapList = gaps(catalog, rows);
  const grouped = Map.groupBy(gapList, (g) => g.serviceId);

  const notKnownByService = rows
    .map((row) => ({ serviceId: row.serviceId, dimensions: DIMENSIONS.filter(({ key }) => row.assessment[key].status === 'not-known').map(({ key, code }) => ({ key, code, result: row.assessment[key] })) }))
    .filter((s) => s.dimensions.length > 0);
  const inPerson = services.filter(hasInPersonChannel);
  const perService = inPerson.map((service) => ({ service, perMunicipality: territorialCoverage(catalog, service) }));
  const coverageSummary = institution
    ? []
    : perService.map(({ service, perMunicipality }) => ({ service, covered: perMunicipality.filter((r) => r.places > 0).length, total: perMunicipality.length, far: farFromPlaces(catalog, service, FAR_KM * 1000) }));
  // On an institution's page, services offered at the same places have the same coverage: each
  // such group is shown once (the VSAA page repeated one list of ~400 parishes for 20 services).
  const coverageBlocks = institution
    ? groupBySamePlaces(catalog, inPerson).map((members): CoverageBlock => {
        const service = members[0]!;
        const perMunicipality = perService.find((p) => p.service === service)!.perMunicipality;
        const far = farFromPlaces(catalog, service, FAR_KM * 1000);
        const parishes = farParishes(catalog, service, FAR_KM * 1000);
        const byMunicipality = Map.groupBy(parishes, (p) => p.parish.municipality);
        return {
          service,
          members,
          covered: perMunicipality.filter((r) => r.places > 0),
          total: perMunicipality.length,
          notCoveredNames: perMunicipality.filter((r) => r.places === 0).map((r) => r.municipality.name[lang]).sort(compare),
          far,
          farParishCount: parishes.length,
          farParishes: [...byMunicipality.entries()]
            .map(([atvk, list]) => ({
              municipality: catalog.municipalities.find((m) => m.atvk === atvk)?.name[lang] ?? atvk,
              names: list.map((p) => p.parish.name).sort(collator('lv').compare),
            }))
            .sort((a, b) => compare(a.municipality, b.municipality)),
        };
      })
    : [];

  return {
    institution,
    services,
    serviceById,
    rows,
    counts: statusCounts(rows),
    serviceRows: serviceOverview(rows),
    institutionRows: institution ? [] : institutionOverview(rows, [...catalog.institutions].sort((a, b) => compare(nameIn(a.name, lang), nameIn(b.name, lang)))),
    // Each service's advice is on its institution's page; the whole catalogue's page sums it up
    // (written out for ~100 services it was half the page).
    gapsByService: [...grouped.entries()].map(([serviceId, list]) => ({ serviceId, gaps: list, advice: institution ? adviceFor(catalog, serviceById.get(serviceId)!) : [] })),
    adviceSummary: institution ? [] : adviceSummary(catalog, services),
    gapCount: gapList.length,
    notKnownByService,
    notKnownCount: notKnownByService.reduce((n, s) => n + s.dimensions.length, 0),
    municipalities: municipalityOverview(catalog, services).sort((a, b) => compare(a.municipality.name[lang], b.municipality.name[lang])),
    coverageSummary,
    coverageBlocks,
    remoteOnly: services.filter((s) => !hasInPersonChannel(s)),
  };
}

// The managers' report page as data: what ReportView.astro renders, for the whole catalogue or
// one institution. Sorting, grouping and look-ups live here (tested) so the view only renders.
import type { Catalog } from '../catalog/validate.ts';
import type { Institution, Service } from '../schema/index.ts';
import { byId, sortServices } from '../catalog/catalog.ts';
import { DIMENSIONS, type AccessAssessment, type DimensionKey } from './dimensions.ts';
import type { DimensionCode } from './dimension-result.ts';
import { dimensionTable, gaps, statusCounts, type DimensionRow, type Gap, type StatusCounts } from './report.ts';
import {
  institutionOverview,
  serviceOverview,
  type InstitutionOverviewRow,
  type ServiceOverviewRow,
} from './overview.ts';
import { hasInPersonChannel } from '../channels/channels.ts';
import {
  farFromPlaces,
  farParishes,
  groupBySamePlaces,
  municipalityOverview,
  territorialCoverage,
  type FarFromPlaces,
  type MunicipalityCoverageRow,
  type MunicipalityOverviewRow,
} from './report-coverage.ts';
import { collator } from '../text/format.ts';
import { dimensionName, type Translate } from './text.ts';
import { inLang } from '../text/localized.ts';
import { adviceFor, basisUrl, type Advice, type AdviceBasis } from './advice.ts';
import { socialGroupFacts, type SocialGroupFacts } from './social.ts';
import { pathFor, type Lang, type PageRef } from '../site/routes.ts';

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

export interface ServiceLink {
  /** The service's name in the page's language. */
  name: string;
  /** Its service page, at the access section. */
  accessHref: string;
  /** Its institution's name in the page's language. */
  institutionName: string;
}

export interface SocialRow {
  service: Service;
  facts: SocialGroupFacts;
  /** Whether it is open if a low income is exempt from the fee (said under that group's cell). */
  unknownFree: boolean;
}

export interface ReportPage {
  institution: Institution | undefined;
  /** This page, for the layout's language switch and canonical link. */
  page: PageRef;
  /** The services in the page's alphabetical order. */
  services: Service[];
  /** Each of the services' name and links, by service id. */
  links: Map<string, ServiceLink>;
  /** The dimension rows of those services, in the same order. */
  rows: DimensionRow[];
  counts: StatusCounts;
  /** One row per service, most gaps first. */
  serviceRows: ServiceOverviewRow[];
  /** Whole catalogue only: every institution, most gaps first (empty on an institution page). */
  institutionRows: InstitutionOverviewRow[];
  /** Services with gaps, in page order, each with its gaps N3-1 … N3-4 and what would close them. */
  gapsByService: { serviceId: string; gaps: Gap[]; assessment: AccessAssessment; advice: Advice[] }[];
  gapCount: number;
  /** Services with not-known dimensions, in page order, each with those dimensions (N3-1 … N3-4). */
  notKnownByService: {
    serviceId: string;
    dimensions: { key: DimensionKey; code: DimensionCode; result: AccessAssessment[DimensionKey] }[];
  }[];
  notKnownCount: number;
  /** Whole catalogue only: each kind of advice once, with how many services it concerns, most first. */
  adviceSummary: { advice: Advice; services: number }[];
  /** Where each basis named by the page's advice can be read (null: nowhere to link). */
  basisUrls: Map<AdviceBasis, string | null>;
  municipalities: MunicipalityOverviewRow[];
  /** Whole catalogue only: one line per in-person service. */
  coverageSummary: CoverageSummaryRow[];
  /** Institution page only: one block per set of places. */
  coverageBlocks: CoverageBlock[];
  /** Services without an in-person channel (coverage by municipality does not apply). */
  remoteOnly: Service[];
  /** Institution page only (for ~100 services it would double the whole report): what each social group is offered. */
  social: SocialRow[];
}

/** A column of a report table on the page: its header and how the sortable table sorts it. */
export interface TableColumn {
  label: string;
  sort?: 'text' | 'number';
}

/** The four dimension columns of the overview tables ("N3-1 Multichannel", …), sorted as numbers. */
export function dimensionColumns(t: Translate): TableColumn[] {
  return DIMENSIONS.map(({ code }) => ({ label: `${code} ${dimensionName(code, t)}`, sort: 'number' }));
}

/** The columns of a table of services: name, institution (when the table spans institutions), gaps, not known, the four dimensions. */
export function serviceColumns(t: Translate, { withInstitution }: { withInstitution: boolean }): TableColumn[] {
  return [
    { label: t('report.col.service'), sort: 'text' },
    ...(withInstitution ? [{ label: t('report.col.institution'), sort: 'text' as const }] : []),
    { label: t('report.col.gaps'), sort: 'number' },
    { label: t('report.col.notKnown'), sort: 'number' },
    ...dimensionColumns(t),
  ];
}

/** The columns of the whole catalogue's overview: institution, its services, gaps, not known, the four dimensions. */
export function institutionColumns(t: Translate): TableColumn[] {
  return [
    { label: t('report.col.institution'), sort: 'text' },
    { label: t('report.col.serviceCount'), sort: 'number' },
    { label: t('report.col.gaps'), sort: 'number' },
    { label: t('report.col.notKnown'), sort: 'number' },
    ...dimensionColumns(t),
  ];
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
      else
        byKey.set(key, {
          advice: {
            code: advice.code,
            dimension: advice.dimension,
            basis: advice.basis,
            ...(advice.fact ? { fact: advice.fact } : {}),
          },
          services: 1,
          order: byKey.size,
        });
    }
  }
  return [...byKey.values()]
    .sort(
      (a, b) => b.services - a.services || a.advice.dimension.localeCompare(b.advice.dimension) || a.order - b.order,
    )
    .map(({ advice, services: n }) => ({ advice, services: n }));
}

export function reportPage(
  catalog: Catalog,
  { lang, institutionId }: { lang: Lang; institutionId?: string },
): ReportPage {
  const institution = institutionId === undefined ? undefined : byId(catalog.institutions, institutionId);
  const services = sortServices(
    catalog.services.filter((s) => !institution || s.institution === institution.id),
    lang,
  );
  const serviceById = new Map(services.map((s) => [s.id, s]));
  const institutionName = (id: string) => inLang(catalog.institutions.find((i) => i.id === id)!.name, lang);
  const links = new Map(
    services.map((s) => [
      s.id,
      {
        name: inLang(s.name, lang),
        accessHref: `${pathFor(lang, { kind: 'service', slug: s.slug })}#access`,
        institutionName: institutionName(s.institution),
      },
    ]),
  );
  const order = new Map(services.map((s, i) => [s.id, i]));
  const rows = dimensionTable(catalog)
    .filter((r) => serviceById.has(r.serviceId))
    .sort((a, b) => order.get(a.serviceId)! - order.get(b.serviceId)!);
  const compare = collator(lang).compare;
  const gapList = gaps(catalog, rows);
  const grouped = Map.groupBy(gapList, (g) => g.serviceId);

  const notKnownByService = rows
    .map((row) => ({
      serviceId: row.serviceId,
      dimensions: DIMENSIONS.filter(({ key }) => row.assessment[key].status === 'not-known').map(({ key, code }) => ({
        key,
        code,
        result: row.assessment[key],
      })),
    }))
    .filter((s) => s.dimensions.length > 0);
  const inPerson = services.filter(hasInPersonChannel);
  const perService = inPerson.map((service) => ({ service, perMunicipality: territorialCoverage(catalog, service) }));
  const coverageSummary = institution
    ? []
    : perService.map(({ service, perMunicipality }) => ({
        service,
        covered: perMunicipality.filter((r) => r.places > 0).length,
        total: perMunicipality.length,
        far: farFromPlaces(catalog, service, FAR_KM * 1000),
      }));
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
          notCoveredNames: perMunicipality
            .filter((r) => r.places === 0)
            .map((r) => r.municipality.name[lang])
            .sort(compare),
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

  const gapsByService = [...grouped.entries()].map(([serviceId, list]) => ({
    serviceId,
    gaps: list,
    assessment: rows[order.get(serviceId)!]!.assessment,
    // Each service's advice is on its institution's page; the whole catalogue's page sums it up
    // (written out for ~100 services it was half the page).
    advice: institution ? adviceFor(catalog, serviceById.get(serviceId)!) : [],
  }));
  const summary = institution ? [] : adviceSummary(catalog, services);
  const bases = [...gapsByService.flatMap((g) => g.advice), ...summary.map((s) => s.advice)].flatMap((a) => a.basis);

  return {
    institution,
    page: institution ? { kind: 'accessReportInstitution', slug: institution.id } : { kind: 'accessReport' },
    services,
    links,
    rows,
    counts: statusCounts(rows),
    serviceRows: serviceOverview(rows),
    institutionRows: institution
      ? []
      : institutionOverview(
          rows,
          [...catalog.institutions].sort((a, b) => compare(inLang(a.name, lang), inLang(b.name, lang))),
        ),
    gapsByService,
    adviceSummary: summary,
    basisUrls: new Map(bases.map((b) => [b, basisUrl(catalog, b)])),
    gapCount: gapList.length,
    notKnownByService,
    notKnownCount: notKnownByService.reduce((n, s) => n + s.dimensions.length, 0),
    municipalities: municipalityOverview(catalog, services).sort((a, b) =>
      compare(a.municipality.name[lang], b.municipality.name[lang]),
    ),
    coverageSummary,
    coverageBlocks,
    remoteOnly: services.filter((s) => !hasInPersonChannel(s)),
    social: institution
      ? services.map((service) => {
          const facts = socialGroupFacts(catalog, service);
          return { service, facts, unknownFree: facts.lowIncome.free === null };
        })
      : [],
  };
}

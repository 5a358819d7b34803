// What would close a service's gaps, derived from the same facts as its four dimensions, each
// piece of advice with its basis (the rule that asks for it). Codes and numbers only; the
// report phrases them (report.advice.* and report.basis.* in src/i18n).
//
// Rules
//   no post or phone request channel (not a d-service)     → 'offer-post-or-phone'   basis PU2-14 N3-1
//   no English instructions and no official English name    → 'publish-english'       basis SDG Regulation Art. 12
//   an electronic request channel, foreign eID not accepted → 'enable-foreign-eid'    basis SDG Art. 13(2)(c), eIDAS
//   an electronic request channel, foreign eID unknown      → 'state-foreign-eid'     basis SDG Art. 13(2)(c)
//   no assisted option for low digital skills (not d):
//     the service is in the VPVKAC basket                   → 'list-vpvkac-help'      basis Cabinet Regulation No. 401
//     otherwise                                             → 'offer-assisted-help'   basis PU2-14 N3-3, No. 401
//   in person, some place offering it has no known position → 'locate-places'         basis PU2-14 (distances cannot be measured)
//   in person, every place located, and parishes farther
//   than FAR_PARISH_KM from the nearest one                  → 'places-near-parishes'  basis PU2-14 N3-2 (names them)
//   an open fact (see access.ts "Not known")                → 'publish-fact'          basis PU2-14 (information on actual accessibility)
import type { Catalog } from '../catalog/validate.ts';
import type { Service } from '../schema/index.ts';
import { ENVIRONMENT_OF, hasInPersonChannel } from '../channels/channels.ts';
import { assessAccess } from './dimensions.ts';
import type { DimensionCode, UnknownFact } from './dimension-result.ts';
import { crossBorderFacts } from './dimension-cross-border.ts';
import { farFromPlaces, farParishes } from './report-coverage.ts';

/** A parish whose centre is farther than this (straight line) from any place offering the service is named. */
export const FAR_PARISH_KM = 25;

export type AdviceBasis = 'pu2-14' | 'sdg-art-12' | 'sdg-art-13' | 'eidas' | 'vpvkac-basket';

/** Where each basis can be read; the VPVKAC basket's comes from the catalogue's service set record. */
export const BASIS_URLS: Record<Exclude<AdviceBasis, 'pu2-14' | 'vpvkac-basket'>, string> = {
  // Regulation (EU) 2018/1724 (Single Digital Gateway): Art. 12 translation of information, Art. 13 cross-border access to online procedures.
  'sdg-art-12': 'https://eur-lex.europa.eu/eli/reg/2018/1724/oj',
  'sdg-art-13': 'https://eur-lex.europa.eu/eli/reg/2018/1724/oj',
  // Regulation (EU) No 910/2014 (eIDAS): Art. 6 mutual recognition of notified electronic identification means.
  eidas: 'https://eur-lex.europa.eu/eli/reg/2014/910/oj',
};

/** Where a basis can be read: the regulations on EUR-Lex, the basket's first source; null for the seed task. */
export function basisUrl(catalog: Catalog, basis: AdviceBasis): string | null {
  if (basis === 'pu2-14') return null;
  if (basis === 'vpvkac-basket')
    return catalog.serviceSets.find((set) => set.id === 'vpvkac-basket')?.sources[0]?.url ?? null;
  return BASIS_URLS[basis];
}

export type AdviceCode =
  | 'offer-post-or-phone'
  | 'publish-english'
  | 'enable-foreign-eid'
  | 'state-foreign-eid'
  | 'list-vpvkac-help'
  | 'offer-assisted-help'
  | 'places-near-parishes'
  | 'locate-places'
  | 'publish-fact';

export interface FarParishName {
  name: string;
  /** ATVK of the parish's municipality. */
  municipality: string;
  /** Straight-line distance to the nearest place offering the service, in metres. */
  metres: number;
}

export interface Advice {
  code: AdviceCode;
  dimension: DimensionCode;
  basis: AdviceBasis[];
  /** 'places-near-parishes': the parishes, farthest first. */
  parishes?: FarParishName[];
  /** 'locate-places': how many places offering it in Latvia have no known position. */
  unlocated?: number;
  /** 'publish-fact': the open fact. */
  fact?: UnknownFact;
}

/** The dimension each open fact belongs to. */
const FACT_DIMENSION: Record<UnknownFact, DimensionCode> = {
  'receipt-channels': 'N3-1',
  places: 'N3-2',
  'from-abroad': 'N3-4',
  'foreign-eid': 'N3-4',
};

/** The advice for one service, in N3-1 … N3-4 order. */
export function adviceFor(catalog: Catalog, service: Service): Advice[] {
  const assessment = assessAccess(catalog, service);
  const out: Advice[] = [];
  const digitalOnly = service.kind === 'd';
  const requests = service.requestChannels.map((c) => c.type);
  const electronicRequest = requests.some((type) => ENVIRONMENT_OF[type] === 'electronic');

  if (!digitalOnly && !requests.includes('post') && !requests.includes('phone'))
    out.push({ code: 'offer-post-or-phone', dimension: 'N3-1', basis: ['pu2-14'] });
  if (hasInPersonChannel(service)) {
    const far = farFromPlaces(catalog, service, FAR_PARISH_KM * 1000);
    // Distances to some of the places only would name parishes that may well have a place nearby.
    const parishes =
      far.placesWithoutCoordinates > 0 || far.placesWithCoordinates === 0
        ? []
        : farParishes(catalog, service, FAR_PARISH_KM * 1000);
    if (far.placesWithoutCoordinates > 0)
      out.push({
        code: 'locate-places',
        dimension: 'N3-2',
        basis: ['pu2-14'],
        unlocated: far.placesWithoutCoordinates,
      });
    else if (parishes.length > 0) {
      out.push({
        code: 'places-near-parishes',
        dimension: 'N3-2',
        basis: ['pu2-14'],
        parishes: parishes.map((p) => ({
          name: p.parish.name,
          municipality: p.parish.municipality,
          metres: p.nearestMetres!,
        })),
      });
    }
  }
  if (!digitalOnly && service.assisted.lowDigitalSkills.length === 0) {
    const inBasket = catalog.serviceSets.some((set) => set.id === 'vpvkac-basket' && set.services.includes(service.id));
    out.push(
      inBasket
        ? { code: 'list-vpvkac-help', dimension: 'N3-3', basis: ['vpvkac-basket'] }
        : { code: 'offer-assisted-help', dimension: 'N3-3', basis: ['pu2-14', 'vpvkac-basket'] },
    );
  }
  if (crossBorderFacts(service).englishBy.length === 0)
    out.push({ code: 'publish-english', dimension: 'N3-4', basis: ['sdg-art-12'] });
  if (electronicRequest && service.crossBorder.foreignEid === false)
    out.push({ code: 'enable-foreign-eid', dimension: 'N3-4', basis: ['sdg-art-13', 'eidas'] });
  if (electronicRequest && service.crossBorder.foreignEid === null)
    out.push({ code: 'state-foreign-eid', dimension: 'N3-4', basis: ['sdg-art-13'] });

  for (const key of ['multichannel', 'territorial', 'socialGroups', 'crossBorder'] as const) {
    for (const fact of assessment[key].unknown) {
      // The foreign-eID fact already has its own advice above.
      if (fact === 'foreign-eid' && electronicRequest) continue;
      out.push({ code: 'publish-fact', dimension: FACT_DIMENSION[fact], basis: ['pu2-14'], fact });
    }
  }
  const order: DimensionCode[] = ['N3-1', 'N3-2', 'N3-3', 'N3-4'];
  return out
    .map((a, i) => ({ a, i }))
    .sort((x, y) => order.indexOf(x.a.dimension) - order.indexOf(y.a.dimension) || x.i - y.i)
    .map(({ a }) => a);
}

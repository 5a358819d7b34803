// N3-2 territorial (teritoriālā pieejamība): can the person get the service where they are?
//
// "remote" = a request channel in the electronic environment or by post or phone.
// Coverage = municipalities with at least one place in Latvia offering the service
// (placesOffering) / all municipalities in the catalogue (42).
// Tier 'national' or 'abroad':
//   no in-person channel at all and remote          → provided      'remote-only' (nothing ties it to a place)
//   remote and coverage = every municipality        → provided      'remote-and-places-everywhere'
//   remote and coverage below every municipality    → partly        'remote-places-partial'
//   not remote and coverage = every municipality    → partly        'places-everywhere-no-remote'
//   not remote, coverage ≥ MOST_MUNICIPALITIES (½)  → partly        'places-partial-no-remote'
//   not remote, coverage below that                 → not-provided  'places-partial-no-remote'
//   not remote and no in-person channel             → not-provided  'no-remote-no-places'
// Tier 'municipality', 'special-territory', 'single-place':
//   places offering it there (in the scope's municipality; any place in Latvia for a special
//   territory, whose outline the data does not have; the named place for a single place)
//                                                   → provided      'scope-places-exist'
//   no place there, but remote                      → partly        'scope-remote-only'
//   no place there and not remote                   → not-provided  'scope-no-places'
// Note 'no-places-listed': an in-person channel, but no place in Latvia in the data offers it.
import type { Catalog } from '../catalog/validate.ts';
import type { Place, Service } from '../schema/index.ts';
import { ENVIRONMENT_OF, hasInPersonChannel } from '../channels/channels.ts';
import { placesOffering } from '../catalog/catalog.ts';
import { settle, type AccessNote, type AccessStatus, type DimensionResult } from './dimension-result.ts';

/** Coverage share at or above which in-person-only access counts as partly rather than a gap. */
export const MOST_MUNICIPALITIES = 0.5;

export type TerritorialTier = Service['scope']['tier'];

interface Coverage {
  /** Municipalities with at least one place offering the service. */
  covered: number;
  /** Municipalities in the catalogue (42). */
  total: number;
}

export type TerritorialReason =
  | ({ code: 'remote-and-places-everywhere'; tier: TerritorialTier } & Coverage)
  | { code: 'remote-only'; tier: TerritorialTier }
  | ({ code: 'remote-places-partial'; tier: TerritorialTier } & Coverage)
  | ({ code: 'places-everywhere-no-remote'; tier: TerritorialTier } & Coverage)
  | ({ code: 'places-partial-no-remote'; tier: TerritorialTier } & Coverage)
  | { code: 'no-remote-no-places'; tier: TerritorialTier }
  | {
      code: 'scope-places-exist' | 'scope-remote-only' | 'scope-no-places';
      tier: TerritorialTier;
      places: number;
      municipality: string | null;
      placeId: string | null;
    };

/** Number of places in Latvia offering the service, per municipality ATVK (only municipalities that have some). */
export function placeCountsByMunicipality(catalog: Catalog, service: Service): Map<string, number> {
  const counts = new Map<string, number>();
  for (const place of placesOffering(catalog, service)) {
    if (place.municipality === null) continue;
    counts.set(place.municipality, (counts.get(place.municipality) ?? 0) + 1);
  }
  return counts;
}

/** Municipalities of the catalogue with at least one place offering the service, and how many there are. */
export function municipalityCoverage(catalog: Catalog, service: Service): Coverage {
  const counts = placeCountsByMunicipality(catalog, service);
  return {
    covered: catalog.municipalities.filter((m) => (counts.get(m.atvk) ?? 0) > 0).length,
    total: catalog.municipalities.length,
  };
}

/** A request channel that works wherever the person is: electronic, post or phone. */
export function hasRemoteRequest(service: Service): boolean {
  return service.requestChannels.some((c) => ENVIRONMENT_OF[c.type] !== 'inPerson');
}

/** N3-2: can the person get the service where they are? */
export function assessTerritorial(catalog: Catalog, service: Service): DimensionResult<TerritorialReason> {
  const notes: AccessNote[] = service.kind === null ? ['kind-unknown'] : [];
  const offering = placesOffering(catalog, service);
  const noPlacesListed = hasInPersonChannel(service) && !offering.some((p) => p.municipality !== null);
  if (noPlacesListed) notes.push('no-places-listed');
  // An in-person channel with no place listed: the places exist somewhere, our data does not say where.
  return settle(noPlacesListed ? ['places'] : [], (favourable) =>
    judgeTerritorial(catalog, service, offering, favourable, notes),
  );
}

function judgeTerritorial(
  catalog: Catalog,
  service: Service,
  offering: readonly Place[],
  placesEverywhere: boolean,
  notes: AccessNote[],
): DimensionResult<TerritorialReason> {
  const { tier } = service.scope;
  const remote = hasRemoteRequest(service);
  const result = (status: AccessStatus, reason: TerritorialReason): DimensionResult<TerritorialReason> => ({
    dimension: 'N3-2',
    status,
    reason,
    notes,
    unknown: [],
  });

  if (tier === 'national' || tier === 'abroad') {
    if (!hasInPersonChannel(service))
      return remote
        ? result('provided', { code: 'remote-only', tier })
        : result('not-provided', { code: 'no-remote-no-places', tier });
    const measured = municipalityCoverage(catalog, service);
    const coverage = placesEverywhere ? { covered: measured.total, total: measured.total } : measured;
    const everywhere = coverage.total > 0 && coverage.covered === coverage.total;
    if (remote)
      return everywhere
        ? result('provided', { code: 'remote-and-places-everywhere', tier, ...coverage })
        : result('partly', { code: 'remote-places-partial', tier, ...coverage });
    if (everywhere) return result('partly', { code: 'places-everywhere-no-remote', tier, ...coverage });
    const most = coverage.total > 0 && coverage.covered / coverage.total >= MOST_MUNICIPALITIES;
    return result(most ? 'partly' : 'not-provided', { code: 'places-partial-no-remote', tier, ...coverage });
  }

  const { municipality, placeId } = service.scope;
  const listed =
    tier === 'municipality'
      ? offering.filter((p) => municipality !== null && p.municipality === municipality).length
      : tier === 'single-place'
        ? catalog.places.filter((p) => placeId !== null && p.id === placeId).length
        : offering.filter((p) => p.municipality !== null).length;
  const places = placesEverywhere ? Math.max(listed, 1) : listed;
  const params = { tier, places, municipality, placeId };
  if (places > 0) return result('provided', { code: 'scope-places-exist', ...params });
  return remote
    ? result('partly', { code: 'scope-remote-only', ...params })
    : result('not-provided', { code: 'scope-no-places', ...params });
}

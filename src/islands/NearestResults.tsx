/** @jsxImportSource preact */
// What the nearest finder answers once it knows where the person is: in Latvia the nearest
// places with their filters, the places of the municipality that have no point, and the map
// (NearbyResults); abroad the Latvian mission that serves them (MissionAnswer).
import { useMemo } from 'preact/hooks';
import type { AccessNeed, Choice, Found, Places } from './nearest-engine.ts';
import { formatDistance } from '../lib/text/format.ts';
import type { Lang } from '../lib/site/routes.ts';
import PlacesMap, { type MapMarker } from './PlacesMap.tsx';
import { MissionResult, NearestResult } from './NearestResult.tsx';
import type { Origin } from './nearest-data.ts';
import type { NearestStrings } from './nearest-strings.ts';
import { NEED_FILTERS } from '../lib/places/access-needs.ts';
import { fill } from '../lib/text/template.ts';

/** The access needs one can filter by (parking is shown, not filtered). */

interface Common {
  /** Prefix of element ids. */
  id: string;
  lang: Lang;
  s: NearestStrings;
  /** Path of place pages without the id, e.g. /lv/vietas/. */
  placeBase: string;
}

type Mission = ReturnType<Places['mission']>;

export function MissionAnswer({
  id,
  lang,
  s,
  placeBase,
  origin,
  mission,
  countryName,
}: Common & {
  origin: Origin & { abroad: NonNullable<Origin['abroad']> };
  mission: Mission;
  countryName: (code: string) => string;
}) {
  return (
    <section aria-labelledby={`${id}-results-h`}>
      <h3 id={`${id}-results-h`}>{fill(s.missionHeading, { place: origin.label })}</h3>
      {mission ? (
        <>
          <p>{fill(s.missionReason[mission.reason], { country: countryName(origin.abroad.country) })}</p>
          <ol class="nearest-results">
            <MissionResult
              m={mission.mission}
              status={mission.status}
              distanceMetres={mission.distanceMetres}
              lang={lang}
              s={s}
              placeBase={placeBase}
            />
          </ol>
        </>
      ) : (
        <p>
          {s.missionNone} <a href="#abroad">{s.missionNoneLink}</a>
        </p>
      )}
    </section>
  );
}

interface NearbyProps extends Common {
  origin: Origin;
  found: ReturnType<Places['nearest']>;
  /** How many places offer the service with a point, at all (0: the list can never fill). */
  located: number;
  choice: Choice;
  onChoice: (choice: Choice) => void;
  remoteHref: string | null;
  municipalityName: (atvk: string) => string | undefined;
}

export function NearbyResults({
  id,
  lang,
  s,
  placeBase,
  origin,
  found,
  located,
  choice,
  onChoice,
  remoteHref,
  municipalityName,
}: NearbyProps) {
  const toggle = (key: 'openNow' | 'saturday' | 'mostAccessible') => onChoice({ ...choice, [key]: !choice[key] });
  const toggleNeed = (need: AccessNeed) =>
    onChoice({
      ...choice,
      needs: choice.needs.includes(need) ? choice.needs.filter((n) => n !== need) : [...choice.needs, need],
    });
  const markers: MapMarker[] = useMemo(
    () => found.results.map((r, i) => marker(r, i, id, lang, s, placeBase)),
    [found],
  );
  return (
    <section aria-labelledby={`${id}-results-h`}>
      <h3 id={`${id}-results-h`}>{fill(s.resultsHeading, { place: origin.label })}</h3>
      <fieldset class="nearest-filters">
        <legend>{s.filters}</legend>
        <label>
          <input type="checkbox" checked={choice.openNow} onChange={() => toggle('openNow')} /> {s.openNow}
        </label>
        <label>
          <input type="checkbox" checked={choice.saturday} onChange={() => toggle('saturday')} /> {s.saturday}
        </label>
        {NEED_FILTERS.map((need) => (
          <label>
            <input type="checkbox" checked={choice.needs.includes(need)} onChange={() => toggleNeed(need)} />{' '}
            {s.access[need]}
          </label>
        ))}
        <label>
          <input type="checkbox" checked={choice.mostAccessible} onChange={() => toggle('mostAccessible')} />{' '}
          {s.mostAccessible}
        </label>
      </fieldset>
      {found.far && (
        <p class="nearest-error" data-far="true">
          {found.nearestMetres !== null && <>{fill(s.far, { distance: formatDistance(found.nearestMetres, lang) })} </>}
          {found.suggestRemote && remoteHref !== null ? <a href={remoteHref}>{s.farLink}</a> : s.farNoRemote}
        </p>
      )}
      {found.results.length === 0 ? (
        <p>{located === 0 ? s.noPlaces : s.none}</p>
      ) : (
        <ol class="nearest-results">
          {found.results.map((r, i) => (
            <NearestResult r={r} lang={lang} s={s} placeBase={placeBase} itemId={`${id}-result-${i}`} />
          ))}
        </ol>
      )}
      {found.unplaced.length > 0 && origin.municipality !== null && (
        <>
          <h4>
            {fill(s.unplacedHeading, { municipality: municipalityName(origin.municipality) ?? origin.municipality })}
          </h4>
          <ul class="nearest-results">
            {found.unplaced.map((r) => (
              <NearestResult r={r} lang={lang} s={s} placeBase={placeBase} />
            ))}
          </ul>
        </>
      )}
      {markers.length > 0 && <PlacesMap id={`${id}-map`} markers={markers} origin={origin.point} strings={s.map} />}
    </section>
  );
}

/** Result `i` on the map: its number in the list, and a click moves focus to it in the list. */
function marker(r: Found, i: number, id: string, lang: Lang, s: NearestStrings, placeBase: string): MapMarker {
  return {
    title: r.place.name[lang],
    number: i + 1,
    onSelect: () => document.getElementById(`${id}-result-${i}`)?.focus(),
    lat: r.place.coordinates!.lat,
    lon: r.place.coordinates!.lon,
    href: `${placeBase}${r.place.id}/`,
    lines: [fill(s.distance, { distance: formatDistance(r.distanceMetres, lang) }), r.place.address ?? ''].filter(
      Boolean,
    ),
  };
}

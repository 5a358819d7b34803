/** @jsxImportSource preact */
// "Where are you?" on a service page, and the nearest places that offer the service.
// Enhances the server-rendered list of places by municipality (which stays, and is all there
// is without JavaScript: this island renders nothing on the server). Three ways to say where
// you are: the browser's location, a town/parish/village/postcode typed into an ARIA 1.2
// combobox over the gazetteer, or a municipality. The choice goes into the URL
// (?near=lat,lon, ?vieta=name&pasvaldiba=ATVK, ?pasvaldiba=ATVK) and is restored on load.
// The data and the search logic (nearest-engine.ts) load only when a person starts choosing.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Abroad, AbroadHit, AccessNeed, Choice, CompactMission, Found, Gazetteer, GazetteerPoint, MissionReason, OpenStatus, Places } from './nearest-engine.ts';
import { PLACE_QUERY_MAX_LENGTH, cleanPlaceQuery, mergePlaceOptions, type PlaceOption } from '../lib/places/query.ts';
import { openStatusText, type OpenStatusStrings } from '../lib/hours/open-status-text.ts';
import { formatDistance, telHref } from '../lib/text/format.ts';
import { decodeHours } from '../lib/hours/codec.ts';
import { weeklyHoursLine } from '../lib/hours/describe.ts';
import type { Lang } from '../lib/site/routes.ts';
import { unpack, type Packed } from '../build/packed.ts';
import PlacesMap, { type MapMarker, type PlacesMapStrings } from './PlacesMap.tsx';
import '../styles/map.css';

export interface NearestStrings {
  heading: string;
  intro: string;
  useLocation: string;
  locating: string;
  geoDenied: string;
  geoUnavailable: string;
  geoUnsupported: string;
  placeLabel: string;
  placeHint: string;
  find: string;
  municipalityLabel: string;
  municipalityChoose: string;
  loading: string;
  loadError: string;
  /** "Suggestions: {{count}}." */
  options: string;
  /** "We did not find “{{query}}”." */
  noMatch: string;
  /** "Did you mean: {{names}}?" */
  didYouMean: string;
  resultsHeading: string;
  resultsStatus: string;
  yourLocation: string;
  filters: string;
  openNow: string;
  saturday: string;
  mostAccessible: string;
  none: string;
  noPlaces: string;
  far: string;
  farLink: string;
  /** When no remote way completes the service: "You need to go in person …". */
  farNoRemote: string;
  /** "In {{municipality}}, also (location not known exactly):" */
  unplacedHeading: string;
  unknownLocation: string;
  distance: string;
  approximate: string;
  phone: string;
  appointment: string;
  languages: string;
  accessUnknown: string;
  accessYes: string;
  accessNo: string;
  /** Labels of the access needs (filters and facts). */
  access: Record<AccessNeed, string>;
  /** Gazetteer kinds: city, town, parish, village, postcode. */
  kinds: Record<GazetteerPoint['kind'], string>;
  /** Abroad: "country", "city abroad". */
  abroadKinds: Record<AbroadHit['kind'], string>;
  /** "The Latvian mission for {{place}}" */
  missionHeading: string;
  /** Why this mission: by consular district, in the country, or the nearest ({{country}}). */
  missionReason: Record<MissionReason, string>;
  missionNone: string;
  missionNoneLink: string;
  missionAddressUnknown: string;
  missionHoursUnknown: string;
  missionPage: string;
  email: string;
  /** "No address or phone of this place is published. Ask {{name}}:" */
  contactFallback: string;
  /** "Place names are shorter: we kept the first {{max}} characters." */
  tooLong: string;
  status: OpenStatusStrings;
  map: PlacesMapStrings;
  /** For the printed card: "Opening hours", "closed", Monday … Sunday. */
  hours: string;
  closed: string;
  dayNames: string[];
}

interface Props {
  lang: Lang;
  serviceId: string;
  /** Prefix of element ids. */
  id: string;
  /** Municipalities for the select, in display order. */
  municipalities: Packed<{ atvk: string; name: string }[]>;
  /** Path of place pages without the id, e.g. /lv/vietas/. */
  placeBase: string;
  /** Where the remote channels are, e.g. #request; null when no remote way completes the service. */
  remoteHref: string | null;
  /** How many nearest places to list (default 10). */
  limit?: number;
  strings: Packed<NearestStrings>;
}

/** Where the person is; `municipality` (ATVK) when known, to list places that have no point; `abroad` outside Latvia. */
type Origin = { point: { lat: number; lon: number }; label: string; municipality: string | null; abroad?: AbroadHit };
type Option = PlaceOption<GazetteerPoint, AbroadHit>;

const NEEDS: AccessNeed[] = ['stepFree', 'accessibleToilet', 'hearingLoop', 'signLanguage'];
const FACTS: AccessNeed[] = ['stepFree', 'accessibleToilet', 'parking', 'hearingLoop', 'signLanguage'];
/** Shorter text gets no suggestions (one letter matches half the country). */
const MIN_QUERY = 2;

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));

let placesPromise: Promise<Places> | undefined;
let gazetteerPromise: Promise<Gazetteer> | undefined;
let abroadPromise: Promise<Abroad> | undefined;

function loadPlaces(serviceId: string, remoteCompletes: boolean): Promise<Places> {
  placesPromise ??= import('./nearest-engine.ts').then((m) => m.loadPlaces(serviceId, remoteCompletes));
  placesPromise.catch(() => (placesPromise = undefined));
  return placesPromise;
}
function loadGazetteer(): Promise<Gazetteer> {
  gazetteerPromise ??= import('./nearest-engine.ts').then((m) => m.loadGazetteer());
  gazetteerPromise.catch(() => (gazetteerPromise = undefined));
  return gazetteerPromise;
}

function loadAbroad(): Promise<Abroad> {
  abroadPromise ??= import('./nearest-engine.ts').then((m) => m.loadAbroad());
  abroadPromise.catch(() => (abroadPromise = undefined));
  return abroadPromise;
}

/** Puts the chosen place into the address bar, so the page can be shared and printed. */
function syncUrl(params: Record<string, string>): void {
  const url = new URL(window.location.href);
  for (const key of ['near', 'vieta', 'pasvaldiba', 'valsts']) url.searchParams.delete(key);
  // Nothing longer than the field's limit goes into the address bar.
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, cleanPlaceQuery(value).text);
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
}

export default function NearestPlaces({ lang, serviceId, id, municipalities: packedMunicipalities, placeBase, remoteHref, limit = 10, strings: packedStrings }: Props) {
  const municipalities = useMemo(() => unpack(packedMunicipalities), [packedMunicipalities]);
  const s = useMemo(() => unpack(packedStrings), [packedStrings]);
  const [mounted, setMounted] = useState(false);
  const [places, setPlaces] = useState<Places | null>(null);
  const [gazetteer, setGazetteer] = useState<Gazetteer | null>(null);
  const [origin, setOrigin] = useState<Origin | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [announce, setAnnounce] = useState('');
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<Option[]>([]);
  const [abroad, setAbroad] = useState<Abroad | null>(null);
  const [suggested, setSuggested] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const [active, setActive] = useState(-1);
  const [atvk, setAtvk] = useState('');
  const [choice, setChoice] = useState<Choice>({ openNow: false, saturday: false, needs: [], mostAccessible: false });
  const [now, setNow] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const muniName = useMemo(() => new Map(municipalities.map((m) => [m.atvk, m.name])), [municipalities]);
  // Country names in the page's language, from the platform (CLDR), as the options and results show them.
  const regionNames = useMemo(() => new Intl.DisplayNames([lang], { type: 'region' }), [lang]);
  const countryName = (code: string) => regionNames.of(code) ?? code;

  const ensurePlaces = () =>
    loadPlaces(serviceId, remoteHref !== null).then(
      (p) => (setPlaces(p), p),
      (error: unknown) => {
        setMessage({ text: s.loadError, error: true });
        throw error;
      },
    );
  const ensureGazetteer = () =>
    loadGazetteer().then(
      (g) => (setGazetteer(g), g),
      (error: unknown) => {
        setMessage({ text: s.loadError, error: true });
        throw error;
      },
    );

  const choose = (next: Origin, params: Record<string, string>) => {
    setNow(Date.now());
    setOrigin(next);
    setMessage(null);
    syncUrl(params);
    void ensurePlaces();
  };

  const chooseGazetteer = (point: GazetteerPoint) => {
    setQuery(point.name);
    setExpanded(false);
    setActive(-1);
    choose({ point: { lat: point.lat, lon: point.lon }, label: point.name, municipality: point.municipality }, { vieta: point.name, pasvaldiba: point.municipality });
  };

  const chooseAbroad = (hit: AbroadHit) => {
    setQuery(hit.name);
    setExpanded(false);
    setActive(-1);
    choose({ point: hit.point, label: hit.kind === 'country' ? countryName(hit.country) : `${hit.name} (${countryName(hit.country)})`, municipality: null, abroad: hit }, { vieta: hit.name, valsts: hit.country });
  };
  const chooseOption = (o: Option) => (o.kind === 'latvia' ? chooseGazetteer(o.entry) : chooseAbroad(o.hit));
  const ensureAbroad = () =>
    loadAbroad().then(
      (a) => (setAbroad(a), a),
      () => null,
    );

  const chooseMunicipality = async (code: string) => {
    const p = await ensurePlaces().catch(() => null);
    const centre = p?.municipalities[code];
    if (!centre) return;
    choose({ point: centre, label: muniName.get(code) ?? code, municipality: code }, { pasvaldiba: code });
  };

  // On load: mount, and restore a place from the URL.
  useEffect(() => {
    setMounted(true);
    const params = new URL(window.location.href).searchParams;
    const near = params.get('near');
    const vieta = params.get('vieta');
    const code = params.get('pasvaldiba');
    const country = params.get('valsts');
    if (vieta && country) {
      const name = cleanPlaceQuery(vieta).text;
      setQuery(name);
      void ensureAbroad().then((a) => {
        const hit = a?.search(name, 20).find((h) => h.country === country && h.exact);
        if (hit) chooseAbroad(hit);
      });
    } else if (near) {
      void import('../lib/places/client-files.ts').then(({ parseNear }) => {
        const point = parseNear(near);
        if (point) choose({ point, label: s.yourLocation, municipality: null }, { near });
      });
    } else if (vieta) {
      const name = cleanPlaceQuery(vieta).text;
      setQuery(name);
      void ensureGazetteer().then((g) => {
        const point = g.find(name, code);
        if (point) chooseGazetteer(point);
        else showNoMatch(g, name);
      });
    } else if (code && muniName.has(code)) {
      setAtvk(code);
      void chooseMunicipality(code);
    }
  }, []);

  // Keep "open now" honest while the page stays open.
  useEffect(() => {
    if (!origin) return;
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, [origin]);

  const mission = useMemo(() => (places && origin?.abroad ? places.mission(origin.abroad, now || Date.now()) : null), [places, origin, now]);
  const found = useMemo(() => (places && origin && !origin.abroad ? places.nearest(origin.point, origin.municipality, choice, now || Date.now(), limit) : null), [places, origin, choice, now, limit]);

  // Say what changed, once the results are there.
  useEffect(() => {
    if (found && origin) setAnnounce(fill(s.resultsStatus, { place: origin.label, count: found.results.length }));
  }, [found]);
  useEffect(() => {
    if (places && origin?.abroad) setAnnounce(fill(s.missionHeading, { place: origin.label }));
  }, [places, origin]);

  function showNoMatch(g: Gazetteer, text: string) {
    const hints = g.suggest(text);
    setOptions(hints.map((entry) => ({ kind: 'latvia', entry })));
    setSuggested(true);
    setExpanded(hints.length > 0);
    const names = hints.map((h) => h.name).join(', ');
    setMessage({ text: fill(s.noMatch, { query: text }) + (hints.length > 0 ? ` ${fill(s.didYouMean, { names })}` : ''), error: true });
  }

  /** Latvian places and places abroad matching the text, best first. */
  const optionsFor = (text: string, g: Gazetteer, a: Abroad | null): Option[] => mergePlaceOptions(text, g.search(text), a?.search(text) ?? []);

  const onInput = (raw: string) => {
    const { text: value, truncated } = cleanPlaceQuery(raw);
    setQuery(value);
    setActive(-1);
    if (truncated) setMessage({ text: fill(s.tooLong, { max: PLACE_QUERY_MAX_LENGTH }), error: true });
    if (!gazetteer || value.trim().length < MIN_QUERY) {
      setOptions([]);
      setExpanded(false);
      return;
    }
    if (!abroad) void ensureAbroad();
    const hits = optionsFor(value, gazetteer, abroad);
    const list: Option[] = hits.length > 0 ? hits : gazetteer.suggest(value).map((entry) => ({ kind: 'latvia', entry }));
    setSuggested(hits.length === 0);
    setOptions(list);
    setExpanded(list.length > 0);
    setAnnounce(list.length > 0 ? fill(s.options, { count: list.length }) : fill(s.noMatch, { query: value }));
  };

  // Typing before the gazetteer (or the places abroad) arrived: search what is typed once it is
  // there. Read the field itself: this effect's `query` may be a keystroke behind.
  useEffect(() => {
    const typed = input.current?.value ?? '';
    if (gazetteer && typed && !origin && document.activeElement === input.current) onInput(typed);
  }, [gazetteer, abroad]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (options.length === 0) return;
      setExpanded(true);
      setActive((i) => (i + 1) % options.length);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (options.length === 0) return;
      setExpanded(true);
      setActive((i) => (i <= 0 ? options.length - 1 : i - 1));
    } else if (e.key === 'Escape') {
      if (expanded) {
        e.preventDefault();
        setExpanded(false);
        setActive(-1);
      } else if (query) {
        e.preventDefault();
        setQuery('');
        setOptions([]);
      }
    } else if (e.key === 'Enter' && expanded && active >= 0 && options[active]) {
      e.preventDefault();
      chooseOption(options[active]!);
    }
  };

  const onFind = async (e: Event) => {
    e.preventDefault();
    const text = cleanPlaceQuery(query).text.trim();
    if (!text) return;
    const g = await ensureGazetteer().catch(() => null);
    if (!g) return;
    const a = abroad ?? (await ensureAbroad());
    const pick = expanded && active >= 0 ? options[active] : undefined;
    const first = optionsFor(text, g, a)[0];
    if (pick) chooseOption(pick);
    else if (first && (!suggested || first.kind === 'abroad')) chooseOption(first);
    else showNoMatch(g, text);
  };

  const onLocate = () => {
    void ensurePlaces().catch(() => undefined);
    if (!('geolocation' in navigator)) {
      setMessage({ text: s.geoUnsupported, error: true });
      return;
    }
    setMessage({ text: s.locating, error: false });
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const point = { lat: position.coords.latitude, lon: position.coords.longitude };
        void import('../lib/places/client-files.ts').then(({ formatNear }) => choose({ point, label: s.yourLocation, municipality: null }, { near: formatNear(point) }));
      },
      (error) => setMessage({ text: error.code === error.PERMISSION_DENIED ? s.geoDenied : s.geoUnavailable, error: true }),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  };

  const toggle = (key: 'openNow' | 'saturday' | 'mostAccessible') => setChoice((c) => ({ ...c, [key]: !c[key] }));
  const toggleNeed = (need: AccessNeed) =>
    setChoice((c) => ({ ...c, needs: c.needs.includes(need) ? c.needs.filter((n) => n !== need) : [...c.needs, need] }));

  const markers: MapMarker[] = useMemo(
    () =>
      (found?.results ?? []).map((r, i) => ({
        title: r.place.name[lang],
        number: i + 1,
        onSelect: () => document.getElementById(`${id}-result-${i}`)?.focus(),
        lat: r.place.coordinates!.lat,
        lon: r.place.coordinates!.lon,
        href: `${placeBase}${r.place.id}/`,
        lines: [fill(s.distance, { distance: formatDistance(r.distanceMetres, lang) }), r.place.address ?? ''].filter(Boolean),
      })),
    [found],
  );

  if (!mounted) return null;

  const listId = `${id}-options`;
  const optionId = (i: number) => `${id}-option-${i}`;
  return (
    <div class="nearest-finder">
      <h3 id={`${id}-h`}>{s.heading}</h3>
      <p>{s.intro}</p>
      <div class="nearest-ways">
        <div class="nearest-way">
          <button type="button" onClick={onLocate}>{s.useLocation}</button>
        </div>
        <form class="nearest-way" onSubmit={onFind} role="search" aria-label={s.placeLabel}>
          <label for={`${id}-place`}>{s.placeLabel}</label>
          <p id={`${id}-place-hint`} class="muted">{s.placeHint}</p>
          <div class="nearest-row">
            <div class="nearest-combo">
              <input
                ref={input}
                id={`${id}-place`}
                type="text"
                role="combobox"
                autocomplete="off"
                spellcheck={false}
                aria-autocomplete="list"
                aria-expanded={expanded}
                aria-controls={listId}
                aria-describedby={`${id}-place-hint`}
                aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
                value={query}
                onFocus={() => void ensureGazetteer().catch(() => undefined)}
                onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
                onKeyDown={onKeyDown}
                onBlur={() => setTimeout(() => setExpanded(false), 150)}
              />
              <ul id={listId} role="listbox" aria-label={s.placeLabel} class="nearest-options" hidden={!expanded}>
                {options.map((o, i) => (
                  <li
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === active}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => chooseOption(o)}
                  >
                    {o.kind === 'latvia' ? (
                      <>
                        {o.entry.name}{' '}
                        <span class="nearest-option-kind">
                          ({s.kinds[o.entry.kind]}{o.entry.kind !== 'city' && muniName.get(o.entry.municipality) ? `, ${muniName.get(o.entry.municipality)}` : ''})
                        </span>
                      </>
                    ) : (
                      <>
                        {o.hit.kind === 'country' ? countryName(o.hit.country) : o.hit.name}{' '}
                        <span class="nearest-option-kind">
                          ({s.abroadKinds[o.hit.kind]}{o.hit.kind === 'city' ? `, ${countryName(o.hit.country)}` : ''})
                        </span>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </div>
            <button type="submit">{s.find}</button>
          </div>
        </form>
        <form
          class="nearest-way"
          onSubmit={(e) => {
            e.preventDefault();
            if (atvk) void chooseMunicipality(atvk);
          }}
        >
          <label for={`${id}-municipality`}>{s.municipalityLabel}</label>
          <div class="nearest-row">
            <select id={`${id}-municipality`} value={atvk} onChange={(e) => setAtvk((e.currentTarget as HTMLSelectElement).value)} onFocus={() => void ensurePlaces().catch(() => undefined)}>
              <option value="">{s.municipalityChoose}</option>
              {municipalities.map((m) => <option value={m.atvk}>{m.name}</option>)}
            </select>
            <button type="submit">{s.find}</button>
          </div>
        </form>
      </div>

      <div role="status" class="nearest-status">
        {message && <p class={message.error ? 'nearest-error' : ''}>{message.text}</p>}
      </div>
      <p class="visually-hidden" aria-live="polite">{announce}</p>

      {origin && !places && !message && <p>{s.loading}</p>}
      {origin?.abroad && places && (
        <section aria-labelledby={`${id}-results-h`}>
          <h3 id={`${id}-results-h`}>{fill(s.missionHeading, { place: origin.label })}</h3>
          {mission ? (
            <>
              <p>{fill(s.missionReason[mission.reason], { country: countryName(origin.abroad.country) })}</p>
              <ol class="nearest-results">
                <MissionResult m={mission.mission} status={mission.status} distanceMetres={mission.distanceMetres} lang={lang} s={s} placeBase={placeBase} />
              </ol>
            </>
          ) : (
            <p>{s.missionNone} <a href="#abroad">{s.missionNoneLink}</a></p>
          )}
        </section>
      )}
      {origin && found && (
        <section aria-labelledby={`${id}-results-h`}>
          <h3 id={`${id}-results-h`}>{fill(s.resultsHeading, { place: origin.label })}</h3>
          <fieldset class="nearest-filters">
            <legend>{s.filters}</legend>
            <label><input type="checkbox" checked={choice.openNow} onChange={() => toggle('openNow')} /> {s.openNow}</label>
            <label><input type="checkbox" checked={choice.saturday} onChange={() => toggle('saturday')} /> {s.saturday}</label>
            {NEEDS.map((need) => (
              <label><input type="checkbox" checked={choice.needs.includes(need)} onChange={() => toggleNeed(need)} /> {s.access[need]}</label>
            ))}
            <label><input type="checkbox" checked={choice.mostAccessible} onChange={() => toggle('mostAccessible')} /> {s.mostAccessible}</label>
          </fieldset>
          {found.far && (
            <p class="nearest-error" data-far="true">
              {found.nearestMetres !== null && <>{fill(s.far, { distance: formatDistance(found.nearestMetres, lang) })} </>}
              {found.suggestRemote && remoteHref !== null ? <a href={remoteHref}>{s.farLink}</a> : s.farNoRemote}
            </p>
          )}
          {found.results.length === 0 ? (
            <p>{places && places.located === 0 ? s.noPlaces : s.none}</p>
          ) : (
            <ol class="nearest-results">
              {found.results.map((r, i) => <Result r={r} lang={lang} s={s} placeBase={placeBase} itemId={`${id}-result-${i}`} />)}
            </ol>
          )}
          {found.unplaced.length > 0 && origin.municipality !== null && (
            <>
              <h4>{fill(s.unplacedHeading, { municipality: muniName.get(origin.municipality) ?? origin.municipality })}</h4>
              <ul class="nearest-results">
                {found.unplaced.map((r) => <Result r={r} lang={lang} s={s} placeBase={placeBase} />)}
              </ul>
            </>
          )}
          {markers.length > 0 && <PlacesMap id={`${id}-map`} markers={markers} origin={origin.point} strings={s.map} />}
        </section>
      )}
    </div>
  );
}

function MissionResult({ m, status: open, distanceMetres, lang, s, placeBase }: { m: CompactMission; status: OpenStatus; distanceMetres: number | null; lang: Lang; s: NearestStrings; placeBase: string }) {
  const status = openStatusText(open, lang, s.status);
  const page = <a href={m.pageUrl} rel="external">{s.missionPage}<span class="visually-hidden">: {m.name[lang]}</span></a>;
  return (
    <li>
      <h4><a href={`${placeBase}${m.id}/`}>{m.name[lang]}</a></h4>
      <p>
        {distanceMetres !== null && <><span class="nearest-distance">{fill(s.distance, { distance: formatDistance(distanceMetres, lang) })}</span> · </>}
        {m.address ?? <>{s.missionAddressUnknown} {page}</>}
      </p>
      {m.hours ? (
        <p class={`open-now open-now-${status.state}`}><span class="open-now-state">{status.label}</span>{status.detail && <> · {status.detail}</>}</p>
      ) : (
        <p>{s.missionHoursUnknown} {page}</p>
      )}
      {(m.phone || m.email) && (
        <p>
          {m.phone && <a href={telHref(m.phone)}>{s.phone}: {m.phone}</a>}
          {m.phone && m.email && ' · '}
          {m.email && <a href={`mailto:${m.email}`}>{s.email}: {m.email}</a>}
        </p>
      )}
    </li>
  );
}

/** `itemId`: the list item's id, so a map marker can move focus to it. */
function Result({ r, lang, s, placeBase, itemId }: { r: Found; lang: Lang; s: NearestStrings; placeBase: string; itemId?: string }) {
  const p = r.place;
  const status = openStatusText(r.status, lang, s.status);
  const facts = FACTS.filter((k) => p.access[k] !== null);
  const languageNames = p.languages.length > 0 ? new Intl.DisplayNames([lang], { type: 'language' }) : null;
  return (
    <li id={itemId} tabIndex={itemId ? -1 : undefined}>
      <h4><a href={`${placeBase}${p.id}/`}>{p.name[lang]}</a></h4>
      <p>
        {Number.isNaN(r.distanceMetres)
          ? <span class="tag tag-warn">{s.unknownLocation}</span>
          : <span class="nearest-distance">{fill(s.distance, { distance: formatDistance(r.distanceMetres, lang) })}</span>}
        {p.address && <> · {p.address}</>}
        {r.approximate && !Number.isNaN(r.distanceMetres) && <><br /><span class="tag tag-warn">{s.approximate}</span></>}
      </p>
      <p class={`open-now open-now-${status.state}`}>
        <span class="open-now-state">{status.label}</span>
        {status.detail && <> · {status.detail}</>}
        {status.note && <><br /><span class="tag tag-warn">{status.note}</span></>}
      </p>
      {/* The printed card gives the week's hours; on screen "open now" says what matters. */}
      {p.hours && <p class="print-only nearest-hours">{s.hours}: {weeklyHoursLine(decodeHours(p.hours), lang, s.dayNames, s.closed)}</p>}
      {p.contact && (
        <p>
          {fill(s.contactFallback, { name: p.contact.name[lang] })}
          {p.contact.phone && <> <a href={telHref(p.contact.phone)}>{s.phone}: {p.contact.phone}</a></>}
          {p.contact.email && <>{p.contact.phone && ' ·'} <a href={`mailto:${p.contact.email}`}>{p.contact.email}</a></>}
          {!p.contact.phone && !p.contact.email && p.contact.url && <> <a href={p.contact.url} rel="external">{p.contact.url}</a></>}
        </p>
      )}
      {(p.phone || p.appointmentUrl) && (
        <p>
          {p.phone && <a href={telHref(p.phone)}>{s.phone}: {p.phone}</a>}
          {p.phone && p.appointmentUrl && ' · '}
          {p.appointmentUrl && <a href={p.appointmentUrl} rel="external">{s.appointment}</a>}
        </p>
      )}
      <p class="muted">
        {facts.length > 0 ? facts.map((k) => `${s.access[k]}: ${p.access[k] ? s.accessYes : s.accessNo}`).join('; ') : s.accessUnknown}
        {languageNames && <><br />{s.languages}: {p.languages.map((l) => languageNames.of(l)).join(', ')}</>}
      </p>
    </li>
  );
}

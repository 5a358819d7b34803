/** @jsxImportSource preact */
// "Where are you?" on a service page, and the nearest places that offer the service.
// Enhances the server-rendered list of places by municipality (which stays, and is all there
// is without JavaScript: this island renders nothing on the server). Three ways to say where
// you are: the browser's location, a town/parish/village/postcode typed into an ARIA 1.2
// combobox over the gazetteer, or a municipality. The choice goes into the URL
// (?near=lat,lon, ?vieta=name&pasvaldiba=ATVK, ?pasvaldiba=ATVK) and is restored on load.
// The data and the search logic (nearest-engine.ts) load only when a person starts choosing.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AccessNeed, Choice, Found, Gazetteer, GazetteerPoint, Places } from './nearest-engine.ts';
import { openStatusText, type OpenStatusStrings } from '../lib/open-status-text.ts';
import { formatDistance, telHref } from '../lib/format.ts';
import type { Lang } from '../lib/routes.ts';
import { unpack, type Packed } from '../lib/packed.ts';
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
  status: OpenStatusStrings;
  map: PlacesMapStrings;
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
  strings: Packed<NearestStrings>;
}

/** Where the person is; `municipality` (ATVK) when known, to list places that have no point. */
type Origin = { point: { lat: number; lon: number }; label: string; municipality: string | null };

const NEEDS: AccessNeed[] = ['stepFree', 'accessibleToilet', 'hearingLoop', 'signLanguage'];
const FACTS: AccessNeed[] = ['stepFree', 'accessibleToilet', 'parking', 'hearingLoop', 'signLanguage'];
/** Shorter text gets no suggestions (one letter matches half the country). */
const MIN_QUERY = 2;

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));

let placesPromise: Promise<Places> | undefined;
let gazetteerPromise: Promise<Gazetteer> | undefined;

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

/** Puts the chosen place into the address bar, so the page can be shared and printed. */
function syncUrl(params: Record<string, string>): void {
  const url = new URL(window.location.href);
  for (const key of ['near', 'vieta', 'pasvaldiba']) url.searchParams.delete(key);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
}

export default function NearestPlaces({ lang, serviceId, id, municipalities: packedMunicipalities, placeBase, remoteHref, strings: packedStrings }: Props) {
  const municipalities = useMemo(() => unpack(packedMunicipalities), [packedMunicipalities]);
  const s = useMemo(() => unpack(packedStrings), [packedStrings]);
  const [mounted, setMounted] = useState(false);
  const [places, setPlaces] = useState<Places | null>(null);
  const [gazetteer, setGazetteer] = useState<Gazetteer | null>(null);
  const [origin, setOrigin] = useState<Origin | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [announce, setAnnounce] = useState('');
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<GazetteerPoint[]>([]);
  const [suggested, setSuggested] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const [active, setActive] = useState(-1);
  const [atvk, setAtvk] = useState('');
  const [choice, setChoice] = useState<Choice>({ openNow: false, saturday: false, needs: [], mostAccessible: false });
  const [now, setNow] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const muniName = useMemo(() => new Map(municipalities.map((m) => [m.atvk, m.name])), [municipalities]);

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
    if (near) {
      void import('../lib/place-data.ts').then(({ parseNear }) => {
        const point = parseNear(near);
        if (point) choose({ point, label: s.yourLocation, municipality: null }, { near });
      });
    } else if (vieta) {
      setQuery(vieta);
      void ensureGazetteer().then((g) => {
        const point = g.find(vieta, code);
        if (point) chooseGazetteer(point);
        else showNoMatch(g, vieta);
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

  const found = useMemo(() => (places && origin ? places.nearest(origin.point, origin.municipality, choice, now || Date.now()) : null), [places, origin, choice, now]);

  // Say what changed, once the results are there.
  useEffect(() => {
    if (found && origin) setAnnounce(fill(s.resultsStatus, { place: origin.label, count: found.results.length }));
  }, [found]);

  function showNoMatch(g: Gazetteer, text: string) {
    const hints = g.suggest(text);
    setOptions(hints);
    setSuggested(true);
    setExpanded(hints.length > 0);
    const names = hints.map((h) => h.name).join(', ');
    setMessage({ text: fill(s.noMatch, { query: text }) + (hints.length > 0 ? ` ${fill(s.didYouMean, { names })}` : ''), error: true });
  }

  const onInput = (value: string) => {
    setQuery(value);
    setActive(-1);
    if (!gazetteer || value.trim().length < MIN_QUERY) {
      setOptions([]);
      setExpanded(false);
      return;
    }
    const hits = gazetteer.search(value);
    const list = hits.length > 0 ? hits : gazetteer.suggest(value);
    setSuggested(hits.length === 0);
    setOptions(list);
    setExpanded(list.length > 0);
    setAnnounce(list.length > 0 ? fill(s.options, { count: list.length }) : fill(s.noMatch, { query: value }));
  };

  // Typing before the gazetteer arrived: search what is typed once it is there.
  useEffect(() => {
    if (gazetteer && query && !origin && document.activeElement === input.current) onInput(query);
  }, [gazetteer]);

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
      chooseGazetteer(options[active]!);
    }
  };

  const onFind = async (e: Event) => {
    e.preventDefault();
    const text = query.trim();
    if (!text) return;
    const g = await ensureGazetteer().catch(() => null);
    if (!g) return;
    const pick = expanded && active >= 0 ? options[active] : undefined;
    const hits = g.search(text, 1);
    if (pick) chooseGazetteer(pick);
    else if (hits[0] && !suggested) chooseGazetteer(hits[0]);
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
        void import('../lib/place-data.ts').then(({ formatNear }) => choose({ point, label: s.yourLocation, municipality: null }, { near: formatNear(point) }));
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
      (found?.results ?? []).map((r) => ({
        title: r.place.name[lang],
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
                    onClick={() => chooseGazetteer(o)}
                  >
                    {o.name}{' '}
                    <span class="nearest-option-kind">
                      ({s.kinds[o.kind]}{o.kind !== 'city' && muniName.get(o.municipality) ? `, ${muniName.get(o.municipality)}` : ''})
                    </span>
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
              {found.results.map((r) => <Result r={r} lang={lang} s={s} placeBase={placeBase} />)}
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

function Result({ r, lang, s, placeBase }: { r: Found; lang: Lang; s: NearestStrings; placeBase: string }) {
  const p = r.place;
  const status = openStatusText(r.status, lang, s.status);
  const facts = FACTS.filter((k) => p.access[k] !== null);
  const languageNames = p.languages.length > 0 ? new Intl.DisplayNames([lang], { type: 'language' }) : null;
  return (
    <li>
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

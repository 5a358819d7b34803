/** @jsxImportSource preact */
// "Where are you?" on a service page, and the nearest places that offer the service.
// Enhances the server-rendered list of places by municipality (which stays, and is all there
// is without JavaScript: this island renders nothing on the server). Three ways to say where
// you are: the browser's location, a town/parish/village/postcode typed into an ARIA 1.2
// combobox over the gazetteer, or a municipality. The choice goes into the URL
// (?near=lat,lon, ?vieta=name&pasvaldiba=ATVK, ?pasvaldiba=ATVK) and is restored on load.
// The data and the search logic (nearest-engine.ts) load only when a person starts choosing.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Choice, Gazetteer, GazetteerPoint, AbroadHit, Abroad } from './nearest-engine.ts';
import { PLACE_QUERY_MAX_LENGTH, cleanPlaceQuery, mergePlaceOptions } from '../lib/places/query.ts';
import type { Lang } from '../lib/site/routes.ts';
import { unpack, type Packed } from '../build/packed.ts';
import { useCombobox } from './combobox.ts';
import { syncUrl, useNearestData, type Option, type Origin } from './nearest-data.ts';
import { fill, type NearestStrings } from './nearest-strings.ts';
import PlaceField from './PlaceField.tsx';
import { MissionAnswer, NearbyResults } from './NearestResults.tsx';
import '../styles/map.css';

export type { NearestStrings } from './nearest-strings.ts';

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

/** Shorter text gets no suggestions (one letter matches half the country). */
const MIN_QUERY = 2;

export default function NearestPlaces({ lang, serviceId, id, municipalities: packedMunicipalities, placeBase, remoteHref, limit = 10, strings: packedStrings }: Props) {
  const municipalities = useMemo(() => unpack(packedMunicipalities), [packedMunicipalities]);
  const s = useMemo(() => unpack(packedStrings), [packedStrings]);
  const [mounted, setMounted] = useState(false);
  const [origin, setOrigin] = useState<Origin | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [announce, setAnnounce] = useState('');
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<Option[]>([]);
  const [suggested, setSuggested] = useState(false);
  const [atvk, setAtvk] = useState('');
  const [choice, setChoice] = useState<Choice>({ openNow: false, saturday: false, needs: [], mostAccessible: false });
  const [now, setNow] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const { places, gazetteer, abroad, ensurePlaces, ensureGazetteer, ensureAbroad } = useNearestData(serviceId, remoteHref !== null, () => setMessage({ text: s.loadError, error: true }));
  const muniName = useMemo(() => new Map(municipalities.map((m) => [m.atvk, m.name])), [municipalities]);
  const municipalityName = (atvk: string) => muniName.get(atvk);
  // Country names in the page's language, from the platform (CLDR), as the options and results show them.
  const regionNames = useMemo(() => new Intl.DisplayNames([lang], { type: 'region' }), [lang]);
  const countryName = (code: string) => regionNames.of(code) ?? code;
  const combo = useCombobox({
    count: options.length,
    listId: `${id}-options`,
    optionId: (i) => `${id}-option-${i}`,
    onPick: (i) => chooseOption(options[i]!),
    onEscape: () => {
      if (!query) return false;
      setQuery('');
      setOptions([]);
      return true;
    },
  });

  const choose = (next: Origin, params: Record<string, string>) => {
    setNow(Date.now());
    setOrigin(next);
    setMessage(null);
    syncUrl(params);
    void ensurePlaces();
  };
  const chooseGazetteer = (point: GazetteerPoint) => {
    setQuery(point.name);
    combo.close();
    choose({ point: { lat: point.lat, lon: point.lon }, label: point.name, municipality: point.municipality }, { vieta: point.name, pasvaldiba: point.municipality });
  };
  const chooseAbroad = (hit: AbroadHit) => {
    setQuery(hit.name);
    combo.close();
    choose({ point: hit.point, label: hit.kind === 'country' ? countryName(hit.country) : `${hit.name} (${countryName(hit.country)})`, municipality: null, abroad: hit }, { vieta: hit.name, valsts: hit.country });
  };
  const chooseOption = (o: Option) => (o.kind === 'latvia' ? chooseGazetteer(o.entry) : chooseAbroad(o.hit));
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
    combo.open();
    const names = hints.map((h) => h.name).join(', ');
    setMessage({ text: fill(s.noMatch, { query: text }) + (hints.length > 0 ? ` ${fill(s.didYouMean, { names })}` : ''), error: true });
  }

  /** Latvian places and places abroad matching the text, best first. */
  const optionsFor = (text: string, g: Gazetteer, a: Abroad | null): Option[] => mergePlaceOptions(text, g.search(text), a?.search(text) ?? []);

  const onInput = (raw: string) => {
    const { text: value, truncated } = cleanPlaceQuery(raw);
    setQuery(value);
    if (truncated) setMessage({ text: fill(s.tooLong, { max: PLACE_QUERY_MAX_LENGTH }), error: true });
    if (!gazetteer || value.trim().length < MIN_QUERY) {
      setOptions([]);
      combo.close();
      return;
    }
    if (!abroad) void ensureAbroad();
    const hits = optionsFor(value, gazetteer, abroad);
    const list: Option[] = hits.length > 0 ? hits : gazetteer.suggest(value).map((entry) => ({ kind: 'latvia', entry }));
    setSuggested(hits.length === 0);
    setOptions(list);
    combo.open();
    setAnnounce(list.length > 0 ? fill(s.options, { count: list.length }) : fill(s.noMatch, { query: value }));
  };

  // Typing before the gazetteer (or the places abroad) arrived: search what is typed once it is
  // there. Read the field itself: this effect's `query` may be a keystroke behind.
  useEffect(() => {
    const typed = input.current?.value ?? '';
    if (gazetteer && typed && !origin && document.activeElement === input.current) onInput(typed);
  }, [gazetteer, abroad]);

  const onFind = async (e: Event) => {
    e.preventDefault();
    const text = cleanPlaceQuery(query).text.trim();
    if (!text) return;
    const g = await ensureGazetteer().catch(() => null);
    if (!g) return;
    const a = abroad ?? (await ensureAbroad());
    const pick = combo.active >= 0 ? options[combo.active] : undefined;
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

  if (!mounted) return null;

  const common = { id, lang, s, placeBase };
  return (
    <div class="nearest-finder">
      <h3 id={`${id}-h`}>{s.heading}</h3>
      <p>{s.intro}</p>
      <div class="nearest-ways">
        <div class="nearest-way">
          <button type="button" onClick={onLocate}>{s.useLocation}</button>
        </div>
        <PlaceField
          id={id}
          s={s}
          input={input}
          query={query}
          options={options}
          combo={combo}
          municipalityName={municipalityName}
          countryName={countryName}
          onFocus={() => void ensureGazetteer().catch(() => undefined)}
          onInput={onInput}
          onFind={onFind}
          onChoose={chooseOption}
        />
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
      {origin?.abroad && places && <MissionAnswer {...common} origin={{ ...origin, abroad: origin.abroad }} mission={mission} countryName={countryName} />}
      {origin && found && places && (
        <NearbyResults {...common} origin={origin} found={found} located={places.located} choice={choice} onChoice={setChoice} remoteHref={remoteHref} municipalityName={municipalityName} />
      )}
    </div>
  );
}

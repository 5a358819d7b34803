/** @jsxImportSource preact */
// "Where are you?" on a service page, and the nearest places that offer the service.
// Enhances the server-rendered list of places by municipality (which stays, and is all there
// is without JavaScript: this island renders nothing on the server). Three ways to say where
// you are: the browser's location, a town/parish/village/postcode typed into an ARIA 1.2
// combobox over the gazetteer, or a municipality. The choice goes into the URL
// (?near=lat,lon, ?vieta=name&pasvaldiba=ATVK, ?pasvaldiba=ATVK) and is restored on load.
// The data and the search logic (nearest-engine.ts) load only when a person starts choosing.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AbroadHit, Choice, GazetteerPoint } from './nearest-engine.ts';
import { cleanPlaceQuery } from '../lib/places/query.ts';
import type { Lang } from '../lib/site/routes.ts';
import { unpack, type Packed } from '../build/packed.ts';
import { syncUrl, useNearestData, type Option, type Origin } from './nearest-data.ts';
import type { NearestStrings } from './nearest-strings.ts';
import { fill } from '../lib/text/template.ts';
import { usePlaceQuery } from './place-query.ts';
import PlaceField from './PlaceField.tsx';
import { MissionAnswer, NearbyResults } from './NearestResults.tsx';
import '../styles/map.css';

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

export default function NearestPlaces({
  lang,
  serviceId,
  id,
  municipalities: packedMunicipalities,
  placeBase,
  remoteHref,
  limit = 10,
  strings: packedStrings,
}: Props) {
  const municipalities = useMemo(() => unpack(packedMunicipalities), [packedMunicipalities]);
  const s = useMemo(() => unpack(packedStrings), [packedStrings]);
  const [mounted, setMounted] = useState(false);
  const [origin, setOrigin] = useState<Origin | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [announce, setAnnounce] = useState('');
  const [atvk, setAtvk] = useState('');
  const [choice, setChoice] = useState<Choice>({ openNow: false, saturday: false, needs: [], mostAccessible: false });
  const [now, setNow] = useState(0);
  const data = useNearestData(serviceId, remoteHref !== null, () => setMessage({ text: s.loadError, error: true }));
  const { places, ensurePlaces, ensureGazetteer, ensureAbroad } = data;
  const muniName = useMemo(() => new Map(municipalities.map((m) => [m.atvk, m.name])), [municipalities]);
  const municipalityName = (atvk: string) => muniName.get(atvk);
  // Country names in the page's language, from the platform (CLDR), as the options and results show them.
  const regionNames = useMemo(() => new Intl.DisplayNames([lang], { type: 'region' }), [lang]);
  const countryName = (code: string) => regionNames.of(code) ?? code;

  const choose = (next: Origin, params: Record<string, string>) => {
    setNow(Date.now());
    setOrigin(next);
    setMessage(null);
    syncUrl(params);
    void ensurePlaces();
  };
  const chooseGazetteer = (point: GazetteerPoint) =>
    choose(
      { point: { lat: point.lat, lon: point.lon }, label: point.name, municipality: point.municipality },
      { vieta: point.name, pasvaldiba: point.municipality },
    );
  const chooseAbroad = (hit: AbroadHit) =>
    choose(
      {
        point: hit.point,
        label: hit.kind === 'country' ? countryName(hit.country) : `${hit.name} (${countryName(hit.country)})`,
        municipality: null,
        abroad: hit,
      },
      { vieta: hit.name, valsts: hit.country },
    );
  const chooseOption = (o: Option) => (o.kind === 'latvia' ? chooseGazetteer(o.entry) : chooseAbroad(o.hit));
  const chooseMunicipality = async (code: string) => {
    const p = await ensurePlaces().catch(() => null);
    const centre = p?.municipalities[code];
    if (!centre) return;
    choose({ point: centre, label: muniName.get(code) ?? code, municipality: code }, { pasvaldiba: code });
  };
  const field = usePlaceQuery({
    id,
    s,
    ...data,
    chosen: origin !== null,
    onMessage: setMessage,
    onAnnounce: setAnnounce,
    onChoose: chooseOption,
  });

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
      field.setQuery(name);
      void ensureAbroad().then((a) => {
        const hit = a?.search(name, 20).find((h) => h.country === country && h.exact);
        if (hit) field.pick({ kind: 'abroad', hit });
      });
    } else if (near) {
      void import('../lib/places/client-files.ts').then(({ parseNear }) => {
        const point = parseNear(near);
        if (point) choose({ point, label: s.yourLocation, municipality: null }, { near });
      });
    } else if (vieta) {
      const name = cleanPlaceQuery(vieta).text;
      field.setQuery(name);
      void ensureGazetteer().then((g) => {
        const point = g.find(name, code);
        if (point) field.pick({ kind: 'latvia', entry: point });
        else field.showNoMatch(g, name);
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

  const mission = useMemo(
    () => (places && origin?.abroad ? places.mission(origin.abroad, now || Date.now()) : null),
    [places, origin, now],
  );
  const found = useMemo(
    () =>
      places && origin && !origin.abroad
        ? places.nearest(origin.point, origin.municipality, choice, now || Date.now(), limit)
        : null,
    [places, origin, choice, now, limit],
  );

  // Say what changed, once the results are there.
  useEffect(() => {
    if (found && origin) setAnnounce(fill(s.resultsStatus, { place: origin.label, count: found.results.length }));
  }, [found]);
  useEffect(() => {
    if (places && origin?.abroad) setAnnounce(fill(s.missionHeading, { place: origin.label }));
  }, [places, origin]);

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
        void import('../lib/places/client-files.ts').then(({ formatNear }) =>
          choose({ point, label: s.yourLocation, municipality: null }, { near: formatNear(point) }),
        );
      },
      (error) =>
        setMessage({ text: error.code === error.PERMISSION_DENIED ? s.geoDenied : s.geoUnavailable, error: true }),
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
          <button type="button" onClick={onLocate}>
            {s.useLocation}
          </button>
        </div>
        <PlaceField
          id={id}
          s={s}
          field={field}
          municipalityName={municipalityName}
          countryName={countryName}
          onFocus={() => void ensureGazetteer().catch(() => undefined)}
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
            <select
              id={`${id}-municipality`}
              value={atvk}
              onChange={(e) => setAtvk((e.currentTarget as HTMLSelectElement).value)}
              onFocus={() => void ensurePlaces().catch(() => undefined)}
            >
              <option value="">{s.municipalityChoose}</option>
              {municipalities.map((m) => (
                <option value={m.atvk}>{m.name}</option>
              ))}
            </select>
            <button type="submit">{s.find}</button>
          </div>
        </form>
      </div>

      <div role="status" class="nearest-status">
        {message && <p class={message.error ? 'nearest-error' : ''}>{message.text}</p>}
      </div>
      <p class="visually-hidden" aria-live="polite">
        {announce}
      </p>

      {origin && !places && !message && <p>{s.loading}</p>}
      {origin?.abroad && places && (
        <MissionAnswer
          {...common}
          origin={{ ...origin, abroad: origin.abroad }}
          mission={mission}
          countryName={countryName}
        />
      )}
      {origin && found && places && (
        <NearbyResults
          {...common}
          origin={origin}
          found={found}
          located={places.located}
          choice={choice}
          onChoice={setChoice}
          remoteHref={remoteHref}
          municipalityName={municipalityName}
        />
      )}
    </div>
  );
}

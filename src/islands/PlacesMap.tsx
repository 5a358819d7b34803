/** @jsxImportSource preact */
// The map, after the list it illustrates (the list is the source of truth). Nothing of Leaflet
// loads until the person presses "Show map": then leaflet-map.ts (Leaflet, its CSS and marker
// images) arrives as one chunk. Used as an island on place and municipality pages, and inside
// NearestPlaces on service pages, where the markers follow the results.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MapMarker, MapStrings, MapView } from './map-types.ts';
import '../styles/map.css';

export type { MapMarker };

export interface PlacesMapStrings extends MapStrings {
  /** "Map" — the region's name. */
  label: string;
  show: string;
  hide: string;
  /** "The map shows the same places as the list above." */
  intro: string;
  /** Said when Leaflet itself fails to load. */
  loadError: string;
}

interface Props {
  /** Unique on the page; the region and canvas ids derive from it. */
  id: string;
  markers: MapMarker[];
  origin?: { lat: number; lon: number } | null;
  strings: PlacesMapStrings;
}

export default function PlacesMap({ id, markers, origin = null, strings }: Props) {
  const [mounted, setMounted] = useState(false);
  const [shown, setShown] = useState(false);
  const [failed, setFailed] = useState(false);
  const canvas = useRef<HTMLDivElement>(null);
  const view = useRef<MapView | null>(null);
  const latest = useRef({ markers, origin });
  latest.current = { markers, origin };

  // Nothing on the server: without JavaScript a "Show map" button could not work.
  useEffect(() => setMounted(true), []);

  useEffect(() => {
    if (!shown || !canvas.current) return;
    let cancelled = false;
    import('./leaflet-map.ts')
      .then(async ({ createMap, loadLeafletCss }) => {
        await loadLeafletCss();
        if (cancelled || !canvas.current) return;
        view.current = createMap(canvas.current, strings);
        view.current.show(latest.current.markers, latest.current.origin);
      })
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
      view.current?.destroy();
      view.current = null;
    };
  }, [shown]);

  useEffect(() => {
    view.current?.show(markers, origin);
  }, [markers, origin]);

  if (!mounted) return null;
  const regionId = `${id}-region`;
  return (
    <div class="places-map">
      <button type="button" aria-expanded={shown} aria-controls={regionId} onClick={() => setShown(!shown)}>
        {shown ? strings.hide : strings.show}
      </button>
      {shown && (
        <div id={regionId} role="region" aria-label={strings.label}>
          <p class="muted">{strings.intro}</p>
          {failed ? (
            <p class="map-notice" role="status">
              {strings.loadError}
            </p>
          ) : (
            <div ref={canvas} id={`${id}-canvas`} class="places-map-canvas" />
          )}
        </div>
      )}
    </div>
  );
}

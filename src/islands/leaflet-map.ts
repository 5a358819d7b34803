// The only module that imports Leaflet. PlacesMap.tsx loads it with import() when a person
// asks for the map, so Leaflet (which reads `window` at import) never runs on the server and
// never weighs on a page until then.
// - Markers are L.marker (keyboard-reachable <img role="button">, alt and title = place name);
//   circleMarkers would not be reachable by keyboard.
// - Escape closes an open popup wherever focus is inside the map, and focus returns to its
//   marker (Leaflet's own Escape works only while the map container itself has focus).
// - Zoom control titles come from the page's language; attribution is always shown.
// - Tiles come from PUBLIC_TILE_URL / PUBLIC_TILE_ATTRIBUTION (map-tiles.ts); when tiles fail,
//   a plain message says so and the markers and the list keep working.
// What the islands pass in and get back is in map-types.ts; a popup's content (plain DOM, no
// Leaflet) in map-popup.ts.
import L from 'leaflet';
// Linked as a file when the map is made: a plain CSS import would make Astro link Leaflet's
// stylesheet from every page with a map button, and an inline <style> would break the CSP.
import leafletCssUrl from 'leaflet/dist/leaflet.css?url';
import iconUrl from 'leaflet/dist/images/marker-icon.png?url';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png?url';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png?url';
import { popupContent } from './map-popup.ts';
import { TILE_ATTRIBUTION, TILE_URL } from './map-tiles.ts';
import type { BandPoint, MapMarker, MapStrings, MapView } from './map-types.ts';

// The default icon guesses its path from the CSS; under a bundler it must be told.
L.Icon.Default.mergeOptions({ iconUrl, iconRetinaUrl, shadowUrl });
// Keep the options Leaflet reads on the prototype in step too (1.9 reads imagePath first).
delete (L.Icon.Default.prototype as unknown as { _getIconUrl?: unknown })._getIconUrl;

/** Latvia, for a map with nothing to show. */
const LATVIA: L.LatLngBoundsExpression = [
  [55.67, 20.97],
  [58.09, 28.24],
];

/** An icon for the origin: the same pin, tinted by CSS (and named, so not by colour alone). */
const originIcon = new L.Icon.Default({ className: 'map-origin-icon' });

/** A numbered pin: the numbers are the list's, so map and list agree (and not by colour alone). */
function numberIcon(label: string): L.DivIcon {
  const width = Math.max(32, 14 + 9 * label.length);
  const span = document.createElement('span');
  span.setAttribute('aria-hidden', 'true');
  span.textContent = label;
  return L.divIcon({ className: 'map-number-icon', html: span, iconSize: [width, 32], iconAnchor: [width / 2, 16] });
}

/**
 * Numbered markers closer than this on screen become one marker with all their numbers
 * ("8, 9"): approximate points often coincide, and overlapping targets cannot be chosen
 * (WCAG 2.2 target size). Regrouped at every zoom.
 */
const MIN_APART_PX = 40;

/** Leaflet's stylesheet, linked once; resolves when it has loaded (or failed: markers still work). */
export function loadLeafletCss(): Promise<void> {
  const existing = document.getElementById('leaflet-css');
  if (existing) return Promise.resolve();
  const link = document.createElement('link');
  link.id = 'leaflet-css';
  link.rel = 'stylesheet';
  link.href = leafletCssUrl;
  const loaded = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
  });
  document.head.append(link);
  return loaded;
}

/**
 * The frame every map shares: localized zoom titles, attribution, the tiles, and a status line
 * below the map that says (once) when the tiles cannot be loaded.
 */
function mapFrame(
  container: HTMLElement,
  strings: Pick<MapStrings, 'zoomIn' | 'zoomOut' | 'tilesFailed'>,
): { map: L.Map; notice: HTMLElement } {
  const map = L.map(container, { zoomControl: false, attributionControl: false, keyboard: true });
  L.control.zoom({ zoomInTitle: strings.zoomIn, zoomOutTitle: strings.zoomOut }).addTo(map);
  L.control.attribution({ prefix: '<a href="https://leafletjs.com">Leaflet</a>' }).addTo(map);
  const notice = document.createElement('p');
  notice.className = 'map-notice';
  notice.setAttribute('role', 'status');
  container.parentElement?.insertBefore(notice, container.nextSibling);
  const tiles = L.tileLayer(TILE_URL, { attribution: TILE_ATTRIBUTION, maxZoom: 19 });
  tiles.once('tileerror', () => {
    notice.textContent = strings.tilesFailed;
    container.classList.add('map-no-tiles');
  });
  tiles.addTo(map);
  return { map, notice };
}

export function createMap(container: HTMLElement, strings: MapStrings): MapView {
  const { map, notice } = mapFrame(container, strings);

  const layer = L.layerGroup().addTo(map);
  let openMarker: L.Marker | null = null;

  map.on('popupopen', (e) => {
    const box = e.popup.getElement()?.querySelector<HTMLElement>('.map-popup');
    box?.focus();
  });

  // Escape inside the map (on a marker, in a popup): close the popup, back to its marker.
  container.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !openMarker) return;
    const marker = openMarker;
    marker.closePopup();
    (marker.getElement() as HTMLElement | undefined)?.focus();
    e.stopPropagation();
    e.preventDefault();
  });

  /** One marker for numbered places that share a spot on screen; choosing it focuses the first one's list item. */
  function addNumbered(items: readonly MapMarker[], at: L.LatLng): void {
    const label = items.map((m) => m.number).join(', ');
    const name = items.map((m) => `${m.number}. ${m.title}`).join('; ');
    const select = items[0]!.onSelect!;
    const marker = L.marker(at, { keyboard: true, title: name, icon: numberIcon(label) });
    // Leaflet moves focus to the map container after a marker is activated (Leaflet issue
    // #8114), which would leave a keyboard user inside the map: move it after Leaflet has.
    marker.on('click', () => setTimeout(select, 0));
    // Leaflet answers Enter on a marker only for popups; a marker is a button, so Enter and Space.
    marker.on('keypress', (e) => {
      const key = (e as L.LeafletKeyboardEvent).originalEvent;
      if (key.key === 'Enter' || key.key === ' ') {
        key.preventDefault();
        setTimeout(select, 0);
      }
    });
    // The element exists only once the map has a view (Leaflet adds layers when ready).
    marker.on('add', () => marker.getElement()?.setAttribute('aria-label', name));
    marker.addTo(numbered);
  }

  const numbered = L.layerGroup().addTo(map);
  let numberedMarkers: readonly MapMarker[] = [];
  function drawNumbered(): void {
    numbered.clearLayers();
    const groups: { at: L.Point; latlng: L.LatLng; items: MapMarker[] }[] = [];
    for (const m of numberedMarkers) {
      const latlng = L.latLng(m.lat, m.lon);
      const at = map.latLngToContainerPoint(latlng);
      const group = groups.find((g) => g.at.distanceTo(at) < MIN_APART_PX);
      if (group) group.items.push(m);
      else groups.push({ at, latlng, items: [m] });
    }
    for (const g of groups) addNumbered(g.items, g.latlng);
  }
  map.on('zoomend', drawNumbered);

  function addMarker(m: MapMarker, icon?: L.Icon | L.Icon.Default): L.Marker {
    const marker = L.marker([m.lat, m.lon], {
      keyboard: true,
      title: m.title,
      alt: m.title,
      ...(icon ? { icon } : {}),
    });
    marker.bindPopup(() => popupContent(m, strings.more));
    marker.on('popupopen', () => (openMarker = marker));
    marker.on('popupclose', () => {
      if (openMarker === marker) openMarker = null;
    });
    return marker.addTo(layer);
  }

  return {
    show(markers, origin) {
      layer.clearLayers();
      numbered.clearLayers();
      openMarker = null;
      const points: L.LatLngExpression[] = [];
      if (origin) {
        addMarker({ title: strings.origin, lat: origin.lat, lon: origin.lon }, originIcon);
        points.push([origin.lat, origin.lon]);
      }
      numberedMarkers = markers.filter((m) => m.number !== undefined && m.onSelect);
      for (const m of markers) {
        if (!numberedMarkers.includes(m)) addMarker(m);
        points.push([m.lat, m.lon]);
      }
      if (points.length === 0) map.fitBounds(LATVIA);
      else if (points.length === 1) map.setView(points[0]!, 14);
      else map.fitBounds(L.latLngBounds(points), { padding: [24, 24], maxZoom: 15 });
      // Grouped on screen, so only once the view is set (fitBounds may not zoom: draw anyway).
      drawNumbered();
    },
    destroy() {
      map.remove();
      notice.remove();
    },
  };
}

// ---- The report's map of parishes in distance bands (src/client/band-map.ts) ----

/** Each band told by size and outline as well as colour, as the legend on the page describes. */
const BAND_STYLE: Record<BandPoint['band'], L.CircleMarkerOptions> = {
  'within-10': { radius: 4, color: '#0b0c0c', weight: 1, fillColor: '#00703c', fillOpacity: 0.9 },
  'within-25': { radius: 6, color: '#0b0c0c', weight: 1, fillColor: '#f47738', fillOpacity: 0.9 },
  'over-25': { radius: 8, color: '#0b0c0c', weight: 3, fillColor: '#d4351c', fillOpacity: 0.9 },
};

/**
 * A map of points coloured and sized by band. circleMarkers are not keyboard-reachable: fine
 * here, the sortable table on the page holds every point with its distance and band.
 */
export function createBandMap(
  container: HTMLElement,
  strings: Pick<MapStrings, 'zoomIn' | 'zoomOut' | 'tilesFailed'>,
  points: readonly BandPoint[],
): { destroy(): void } {
  const { map, notice } = mapFrame(container, strings);
  // Farthest drawn last, so the gaps are on top.
  const order: BandPoint['band'][] = ['within-10', 'within-25', 'over-25'];
  for (const band of order) {
    for (const p of points)
      if (p.band === band)
        L.circleMarker([p.lat, p.lon], { ...BAND_STYLE[band], interactive: true })
          .bindTooltip(p.title)
          .addTo(map);
  }
  map.fitBounds(LATVIA);
  return {
    destroy() {
      map.remove();
      notice.remove();
    },
  };
}

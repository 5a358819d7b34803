// What a marker's popup shows: the place's name as its heading, its lines (address, distance,
// open now) and the link to its page. Plain DOM: leaflet-map.ts puts it in Leaflet's popup.
import type { MapMarker } from './map-types.ts';

/** A popup's content: the place's name as its heading, its lines, and the link to its page. */
export function popupContent(marker: MapMarker, more: string): HTMLElement {
  const box = document.createElement('div');
  box.className = 'map-popup';
  box.tabIndex = -1;
  const heading = document.createElement('p');
  heading.className = 'map-popup-title';
  heading.textContent = marker.title;
  box.append(heading);
  for (const line of marker.lines ?? []) {
    const p = document.createElement('p');
    p.textContent = line;
    box.append(p);
  }
  if (marker.href) {
    const a = document.createElement('a');
    a.href = marker.href;
    a.textContent = more;
    box.append(a);
  }
  return box;
}

// The DOM inside the map that is not Leaflet's: a marker's popup (name, lines, link) and the label
// of a numbered pin. leaflet-map.ts wraps them in Leaflet's popups and icons.
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

/** A numbered pin's label ("8, 9"), hidden from screen readers (the marker is named), and the pin's width. */
export function numberLabel(label: string): { html: HTMLElement; width: number } {
  const width = Math.max(32, 14 + 9 * label.length);
  const span = document.createElement('span');
  span.setAttribute('aria-hidden', 'true');
  span.textContent = label;
  return { html: span, width };
}

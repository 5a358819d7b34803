// What the islands give the map and get back (leaflet-map.ts draws it): the markers, the strings
// in the page's language, the view, and the report's band points. Types only, so an island can
// name them without loading Leaflet.

export interface MapMarker {
  /** The place's name: the marker's accessible name and the popup's heading. */
  title: string;
  lat: number;
  lon: number;
  /** Link to the place's page, shown in the popup. */
  href?: string;
  /** Further lines in the popup (address, distance, open now). */
  lines?: string[];
  /** The place's number in the list beside the map ("1", "2", …), drawn on the marker. */
  number?: number;
  /**
   * What choosing the marker does instead of opening a popup: the finder moves focus to the
   * numbered list item, where everything about the place already is.
   */
  onSelect?: () => void;
}

export interface MapStrings {
  zoomIn: string;
  zoomOut: string;
  /** Name of the origin marker: "Your chosen location". */
  origin: string;
  /** Said when tiles do not load. */
  tilesFailed: string;
  /** Text of the link in a popup. */
  more: string;
}

export interface MapView {
  /** Replace the markers (and the origin, when given) and fit the map to them. */
  show(markers: readonly MapMarker[], origin?: { lat: number; lon: number } | null): void;
  destroy(): void;
}

// ---- The report's map of parishes in distance bands (src/client/band-map.ts) ----

export interface BandPoint {
  lat: number;
  lon: number;
  band: 'within-10' | 'within-25' | 'over-25';
  /** The parish's name (the mark's tooltip; the table beside the map is the text equivalent). */
  title: string;
}

// The words of the nearest-places finder (NearestPlaces.tsx and its parts), filled in at build
// time by src/components/island-props.ts; templates are filled with fill from src/lib/text/template.ts.
import type { AbroadHit, AccessNeed, GazetteerPoint, MissionReason } from './nearest-engine.ts';
import type { OpenStatusStrings } from '../lib/hours/open-status-text.ts';
import type { PlacesMapStrings } from './PlacesMap.tsx';

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

/** "{{name}}" → values.name; a missing value is left empty. */

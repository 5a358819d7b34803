// "Where to go" table (issue 14), figures only — no assertions: for 15 (service, typed place)
// pairs, the first result the service page's finder gives and its distance, computed with the
// same src/lib code the island runs (places file → gazetteer search → nearest).
// Run: npm run bench:where
import { loadCatalog } from '../../src/server/load-catalog.ts';
import { buildGazetteerFile, buildPlacesFile, decodeGazetteer, placesForService } from '../../src/lib/place-data.ts';
import { buildPlaceIndex } from '../../src/lib/nearest.ts';
import { answerNearest, remoteWayCompletes } from '../../src/lib/nearest-answer.ts';
import { searchGazetteer } from '../../src/lib/gazetteer-search.ts';
import type { GazetteerEntry } from '../../src/lib/schema/index.ts';

const PAIRS: [service: string, typed: string][] = [
  ['passport-eid', 'Ludza'],
  ['passport-eid', 'Ventspils'],
  ['passport-eid', 'Valka'],
  ['passport-eid', 'Līvāni'],
  ['driving-licence', 'Talsi'],
  ['vehicle-technical-inspection', 'Gulbene'],
  ['passport-eid', 'Dobele'],
  ['passport-eid', 'Kuldīga'],
  ['passport-eid', 'Alūksne'],
  ['driving-licence', 'Daugavpils'],
  ['residence-declaration', 'Rūjiena'],
  ['unemployed-status', 'Liepāja'],
  ['passport-eid', 'Germany'],
  ['passport-eid', 'Berlin'],
  ['passport-eid', 'Dublin'],
];

const catalog = loadCatalog();
const file = buildPlacesFile(catalog);
const gazetteer = decodeGazetteer(buildGazetteerFile(catalog.gazetteer)) as unknown as GazetteerEntry[];
const km = (m: number) => `${(m / 1000).toFixed(1)} km`;

console.log('| service | typed | place found | first result | distance | far / remote way suggested |');
console.log('|---|---|---|---|---|---|');
for (const [service, typed] of PAIRS) {
  const hit = searchGazetteer(gazetteer, typed, 1)[0];
  if (!hit) {
    console.log(`| ${service} | ${typed} | (not found) | — | — | — |`);
    continue;
  }
  const offering = placesForService(file, service);
  const remoteCompletes = remoteWayCompletes(catalog.services.find((s) => s.id === service)!);
  const answer = answerNearest(buildPlaceIndex(offering), offering, { lat: hit.lat, lon: hit.lon }, { municipality: hit.municipality, remoteCompletes }, { limit: 1 });
  const first = answer.results[0];
  const far = answer.far ? `far / ${answer.suggestRemote ? 'yes' : 'no'}` : 'no';
  console.log(`| ${service} | ${typed} | ${hit.name} (${hit.kind}) | ${first ? first.place.id : '(none)'} | ${first ? km(first.distanceMetres) : '—'} | ${far} |`);
}

// "Where to go" table, figures only — no assertions: for 15 (service, typed place)
// pairs, the first result the service page's finder gives and its distance, computed with the
// same src/lib code the island runs (tests/fixtures/where-to-go.ts).
// Run: npm run bench:where
import { whereToGo } from '../fixtures/where-to-go.ts';

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

const km = (m: number | null) => (m === null ? '—' : `${(m / 1000).toFixed(1)} km`);
console.log('| service | typed | understood as | first result | distance | far / remote way suggested |');
console.log('|---|---|---|---|---|---|');
for (const [service, typed] of PAIRS) {
  const r = whereToGo(service, typed);
  const far = r.far ? `far / ${r.suggestRemote ? 'yes' : 'no'}` : 'no';
  console.log(
    `| ${service} | ${typed} | ${r.understood ?? '(not found)'} | ${r.firstId ?? '(none)'} | ${km(r.distanceMetres)} | ${far} |`,
  );
}

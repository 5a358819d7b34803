// npm run data:coverage — prints how complete data/ is, so a refresh can be judged at a glance.
import { loadCatalog } from '../server/load-catalog.ts';
import { coverage } from '../lib/coverage.ts';
import { placesIn } from '../lib/catalog.ts';

const catalog = loadCatalog();
const c = coverage(catalog);
const pct = (n: number, total: number) => `${n}/${total} (${total ? Math.round((n / total) * 100) : 0} %)`;

console.log(`Services: ${c.services} from ${c.institutions} institutions`);
console.log(`Places: ${c.places} (${c.placesInLatvia} in Latvia, ${c.placesAbroad} abroad)`);
for (const [type, n] of Object.entries(c.placesByType)) console.log(`  ${type}: ${n}`);
console.log(`With opening hours: ${pct(c.withHours, c.places)}`);
console.log(`Exact coordinates: ${pct(c.exactCoordinates, c.places)}; approximate: ${pct(c.approximateCoordinates, c.places)}; none: ${pct(c.noCoordinates, c.places)}`);
console.log(`Municipalities: ${c.municipalities}; without any place: ${c.municipalitiesWithoutPlace.length}`);
console.log('Places per municipality:');
for (const m of catalog.municipalities) console.log(`  ${m.name.lv.padEnd(24)} ${placesIn(catalog, m.atvk, 'lv').length}`);
console.log(`Gazetteer entries: ${c.gazetteerEntries}; special days: ${c.specialDays}`);
console.log(`Distinct source URLs: ${c.sources}`);

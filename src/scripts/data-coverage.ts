// npm run data:coverage — prints how complete data/ is, so a refresh can be judged at a glance.
// Loading the catalogue validates every data file first: bad data fails here, loudly.
import { loadCatalog } from '../server/load-catalog.ts';
import { coverage, OFFICIAL_VPVKAC } from '../lib/catalog/coverage.ts';
import { isBuildingPoint } from '../lib/places/geo.ts';
import type { Place } from '../lib/schema/index.ts';

const catalog = loadCatalog();
const c = coverage(catalog);
const pct = (n: number, total: number) => `${n}/${total} (${total ? Math.round((n / total) * 100) : 0} %)`;
const count = <T>(items: readonly T[], key: (x: T) => string) => {
  const m = new Map<string, number>();
  for (const x of items) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
};
const types = Object.keys(c.placesByType).sort() as Place['type'][];

console.log(`Services: ${c.services} from ${c.institutions} institutions`);
console.log(`Places: ${c.places} (${c.placesInLatvia} in Latvia, ${c.placesAbroad} abroad)`);
for (const t of types) {
  const ps = catalog.places.filter((p) => p.type === t);
  const hours = ps.filter((p) => p.openingHours !== null).length;
  const exact = ps.filter((p) => p.coordinates && isBuildingPoint(p.coordinates)).length;
  const none = ps.filter((p) => p.coordinates === null).length;
  console.log(
    `  ${t.padEnd(20)} ${String(ps.length).padStart(4)}   hours ${pct(hours, ps.length).padEnd(14)} exact point ${pct(exact, ps.length).padEnd(12)} no point ${pct(none, ps.length)}`,
  );
}
const vpvkac = catalog.places.filter((p) => p.type === 'vpvkac');
const vpvkacMunicipalities = new Set(vpvkac.map((p) => p.municipality)).size;
console.log(
  `VPVKAC listed: ${vpvkac.length} in ${vpvkacMunicipalities} municipalities; official count ${OFFICIAL_VPVKAC.centres} in ${OFFICIAL_VPVKAC.municipalities} municipalities (${OFFICIAL_VPVKAC.asOf}, LV portāls, ${OFFICIAL_VPVKAC.url}) — more have opened since`,
);
console.log(
  `With opening hours: ${pct(c.withHours, c.places)}; shown only as the published text: ${c.byType.reduce((n, t) => n + t.withPublishedHoursOnly, 0)}; by appointment only: ${catalog.places.filter((p) => p.appointmentOnly === true).length}`,
);
console.log(
  `Exact coordinates (surveyed or address point): ${pct(c.exactCoordinates, c.places)}; approximate: ${pct(c.approximateCoordinates, c.places)}; none: ${pct(c.noCoordinates, c.places)}`,
);
console.log(
  `  by precision: ${count(catalog.places, (p) => p.coordinates?.precision ?? 'none')
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')}`,
);
console.log(
  `With phone: ${pct(catalog.places.filter((p) => p.phone).length, c.places)}; with e-mail: ${pct(catalog.places.filter((p) => p.email).length, c.places)}; with street address: ${pct(catalog.places.filter((p) => p.address).length, c.places)}`,
);
console.log(
  `Offering the VPVKAC basket: ${catalog.places.filter((p) => p.serviceSets.includes('vpvkac-basket')).length}; listing services one by one: ${catalog.places.filter((p) => p.services.length > 0).length}`,
);
console.log(
  `Municipalities: ${c.municipalities}; without any place: ${c.municipalitiesWithoutPlace.length}${c.municipalitiesWithoutPlace.length ? ` (${c.municipalitiesWithoutPlace.join(', ')})` : ''}`,
);
console.log(`Places per municipality (${types.map((t) => t).join(' / ')}):`);
for (const m of catalog.municipalities) {
  const ps = catalog.places.filter((p) => p.municipality === m.atvk);
  const byType = types.map((t) => ps.filter((p) => p.type === t).length).join(' / ');
  console.log(`  ${m.name.lv.padEnd(24)} ${String(ps.length).padStart(3)}   ${byType}`);
}
console.log('Places abroad per country:');
console.log(
  `  ${count(
    catalog.places.filter((p) => p.country !== 'LV'),
    (p) => p.country,
  )
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')}`,
);
console.log(`Gazetteer entries: ${c.gazetteerEntries}; special days: ${c.specialDays}`);
console.log(`Distinct source URLs: ${c.sources}`);
const placeSources = catalog.places.flatMap((p) => p.sources.map((s) => s.url));
console.log(`Place sources by site (${new Set(placeSources).size} distinct URLs):`);
for (const [host, n] of count(placeSources, (u) => new URL(u).hostname.replace(/^www\./, '')).slice(0, 20))
  console.log(`  ${host.padEnd(32)} ${n}`);
console.log(
  `Oldest place check: ${catalog.places.map((p) => p.checked).sort()[0] ?? '–'}; newest: ${
    catalog.places
      .map((p) => p.checked)
      .sort()
      .at(-1) ?? '–'
  }`,
);

// Search benchmark: latency per keystroke (each query of tests/search-queries.json and of the
// everyday query table typed char by char) on the real catalogue and on a synthetic one of
// 5 000 services, index size per language (raw and gzip) against the search budgets below, and
// top-3 hit rates: the query set against plain substring matching, and the everyday table.
// Run: npm run bench:search (Node 24; --experimental-transform-types for src/lib/catalog/validate.ts).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { availableParallelism, loadavg } from 'node:os';
import { loadCatalog } from '../../src/server/load-catalog.ts';
import { buildSearchIndex, type SearchRecord } from '../../src/lib/search/records.ts';
import { packSearchIndex } from '../../src/lib/search/index-file.ts';
import { createSearcher } from '../../src/lib/search/search.ts';
import { everydayQueries, hitRateLines, pagesFor, runEverydayQueries } from '../fixtures/everyday-queries.ts';
import { fold } from '../../src/lib/search/fold.ts';
import { LANGS, type Lang } from '../../src/lib/site/routes.ts';
import { random } from '../fixtures/random.ts';

interface Query {
  lang: Lang;
  q: string;
  expect: string;
}
const { queries } = JSON.parse(readFileSync(new URL('../search-queries.json', import.meta.url), 'utf8')) as {
  queries: Query[];
};

/** Results the island asks for per keystroke. */
const LIMIT = 10;
/** The island shows nothing below two characters, so those keystrokes are not searched. */
const MIN_LENGTH = 2;
const SYNTHETIC_SIZE = 5000;
/** Each keystroke is timed this many times and the best taken (also printed: the load average). */
const REPEATS = 5;
/** The search budgets: index size per language and time per keystroke (printed against, never asserted). */
const INDEX_BUDGET_KB = 30;
const KEYSTROKE_P95_BUDGET_MS = 5;

const catalog = loadCatalog();
const indexes = { lv: buildSearchIndex(catalog, 'lv'), en: buildSearchIndex(catalog, 'en') };
const slugOf = new Map(catalog.services.map((s) => [s.id, s.slug]));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const ms = (n: number) => `${n.toFixed(3)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Times every keystroke of every query of one language; returns sorted milliseconds.
 * The searcher remembers the vocabulary matches of recent words, so each pass types every query
 * in order into a fresh searcher: the word being typed is new at each keystroke, as in the
 * browser, and only the words before it may be remembered. Best of REPEATS passes per keystroke.
 */
function keystrokes(records: SearchRecord[], lang: Lang): { times: number[]; cpuTimes: number[]; build: number } {
  const t0 = performance.now();
  const warm = createSearcher(records);
  const build = performance.now() - t0;
  // The query set of this page, and the everyday queries searched on it (Russian and Ukrainian on both pages).
  const own = [
    ...queries.filter((q) => q.lang === lang).map((q) => q.q),
    ...everydayQueries.filter((q) => pagesFor(q.lang).includes(lang)).map((q) => q.q),
  ];
  const typed = own.flatMap((q) =>
    Array.from({ length: Math.max(0, q.length - MIN_LENGTH + 1) }, (_, i) => q.slice(0, MIN_LENGTH + i)),
  );
  // Warm up the JIT so the figures are for a page that has been used, as a desk assistant's is.
  for (const q of typed) warm.search(q, LIMIT);
  const times = typed.map(() => Infinity);
  const cpuTimes = typed.map(() => Infinity);
  for (let r = 0; r < REPEATS; r++) {
    const searcher = createSearcher(records);
    typed.forEach((prefix, k) => {
      const cpu = process.cpuUsage();
      const start = performance.now();
      searcher.search(prefix, LIMIT);
      times[k] = Math.min(times[k], performance.now() - start);
      const used = process.cpuUsage(cpu);
      cpuTimes[k] = Math.min(cpuTimes[k], (used.user + used.system) / 1000);
    });
  }
  return { times: times.sort((a, b) => a - b), cpuTimes: cpuTimes.sort((a, b) => a - b), build };
}

/** The real records plus generated ones made of the real vocabulary, SYNTHETIC_SIZE in all. */
function synthetic(real: SearchRecord[]): SearchRecord[] {
  const rnd = random(20261126);
  const pick = <T>(items: T[]): T => items[Math.floor(rnd() * items.length)];
  // Real words, plus made-up ones so the vocabulary grows as a real catalogue's would (~10 000 words).
  const syllables = [
    'ka',
    'ra',
    'pa',
    'ce',
    'lo',
    'mi',
    'ne',
    'tu',
    'vi',
    'za',
    'sta',
    'bal',
    'dar',
    'kor',
    'lie',
    'mas',
    'pie',
    'sko',
    'tie',
    'vel',
  ];
  const madeUp = () =>
    Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => pick(syllables)).join('') +
    pick(['s', 'a', 'as', 'ums', 'iba', 'sana', 'e']);
  const realWords = [...new Set(real.flatMap((r) => r.name.split(/\s+/)))];
  const madeUpWords = Array.from({ length: 8000 }, madeUp);
  const word = () => (rnd() < 0.4 ? pick(madeUpWords) : pick(realWords));
  const realKeywords = [...new Set(real.flatMap((r) => r.text.keywords))];
  const keyword = () => (rnd() < 0.4 ? `${pick(madeUpWords)} ${pick(madeUpWords)}` : pick(realKeywords));
  const others = [...new Set(real.flatMap((r) => r.text.otherKeywords))];
  const phrases = [...new Set(real.flatMap((r) => r.text.phrases))];
  const out = [...real];
  for (let n = out.length; n < SYNTHETIC_SIZE; n++) {
    const base = pick(real);
    const name = Array.from({ length: 3 + Math.floor(rnd() * 5) }, word).join(' ');
    const kw = Array.from({ length: 4 + Math.floor(rnd() * 6) }, keyword);
    const record: SearchRecord = {
      ...base,
      slug: `synthetic-${n}`,
      name,
      text: {
        ...base.text,
        name: fold(name),
        keywords: kw,
        otherKeywords: Array.from({ length: 4 + Math.floor(rnd() * 4) }, () => pick(others)),
        phrases: Array.from({ length: 4 + Math.floor(rnd() * 6) }, () =>
          rnd() < 0.4 ? `${pick(madeUpWords)} ${pick(madeUpWords)}` : pick(phrases),
        ),
      },
    };
    out.push(record);
  }
  return out;
}

/** Plain substring matching: the folded query inside name or keywords, name matches first. */
function substringTop3(records: SearchRecord[], query: string, folded: boolean): string[] {
  const norm = (s: string) => (folded ? fold(s) : s.toLowerCase());
  const q = norm(query);
  const inName = records.filter((r) => norm(folded ? r.text.name : r.name).includes(q));
  const inKeywords = records.filter(
    (r) => !inName.includes(r) && [...r.text.keywords, ...r.text.otherKeywords].some((k) => k.includes(q)),
  );
  // Unfolded matching can only see the display name; the stored keywords are already folded,
  // so for the unfolded variant keywords only match a query typed without diacritics.
  return [...inName, ...inKeywords].slice(0, 3).map((r) => r.slug);
}

function hitRate(top3: (q: Query) => string[]): string {
  const hits = queries.filter((q) => top3(q).includes(slugOf.get(q.expect) ?? q.expect)).length;
  return `${hits}/${queries.length} (${((100 * hits) / queries.length).toFixed(1)} %)`;
}

console.log(
  `Search benchmark — Node ${process.version}, ${catalog.services.length} services, ${queries.length} + ${everydayQueries.length} queries (limit ${LIMIT}, keystrokes from ${MIN_LENGTH} characters, best of ${REPEATS} per keystroke; load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} CPUs)\n`,
);

console.log('Index size per language (the static JSON file):');
for (const lang of LANGS) {
  const json = JSON.stringify(packSearchIndex(indexes[lang]));
  const gzip = gzipSync(json, { level: 9 }).length;
  console.log(
    `  ${lang}: ${kb(Buffer.byteLength(json))} raw, ${kb(gzip)} gzip (budget ${INDEX_BUDGET_KB} KB gzip: ${gzip <= INDEX_BUDGET_KB * 1024 ? 'within' : 'OVER'})`,
  );
}

console.log('\nLatency per keystroke:');
for (const [label, recordsOf] of [
  [`real catalogue (${catalog.services.length})`, (lang: Lang) => indexes[lang].records],
  [`synthetic catalogue (${SYNTHETIC_SIZE})`, (lang: Lang) => synthetic(indexes[lang].records)],
] as const) {
  for (const lang of LANGS) {
    const records = recordsOf(lang);
    const vocabulary = new Set(
      records.flatMap((r) =>
        Object.values(r.text)
          .flatMap((v) => (Array.isArray(v) ? v : [v]))
          .join(' ')
          .split(' '),
      ),
    ).size;
    const { times, cpuTimes, build } = keystrokes(records, lang);
    const budget =
      records.length >= SYNTHETIC_SIZE
        ? ` (budget p95 ${KEYSTROKE_P95_BUDGET_MS} ms: ${percentile(times, 95) <= KEYSTROKE_P95_BUDGET_MS ? 'within' : 'OVER'})`
        : '';
    console.log(
      `  ${label}, ${lang} (${vocabulary} distinct words), ${times.length} keystrokes: wall p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(times.at(-1)!)}; CPU p50 ${ms(percentile(cpuTimes, 50))}, p95 ${ms(percentile(cpuTimes, 95))} (searcher built in ${ms(build)})${budget}`,
    );
  }
}

const searchers = { lv: createSearcher(indexes.lv.records), en: createSearcher(indexes.en.records) };
console.log('\nTop-3 hit rate on the query set:');
console.log(
  `  our search (folded, stemmed, fuzzy, best partial match): ${hitRate((q) => searchers[q.lang].search(q.q, 3).map((r) => r.record.slug))}`,
);
console.log(
  `  plain substring, lower case only:                  ${hitRate((q) => substringTop3(indexes[q.lang].records, q.q, false))}`,
);
console.log(
  `  plain substring, diacritics folded:                ${hitRate((q) => substringTop3(indexes[q.lang].records, q.q, true))}`,
);

console.log(
  `\nEveryday query table (tests/unit/everyday-queries.json, ${everydayQueries.length} queries in lv, en, ru, uk; ru and uk counted on both pages):`,
);
for (const line of hitRateLines(runEverydayQueries(searchers, new Map(catalog.services.map((s) => [s.slug, s.id])))))
  console.log(`  ${line}`);

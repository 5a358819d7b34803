// Search over the catalogue, the same in Node (build, tests, bench) and in the browser (island).
// The build turns the catalogue into compact records whose text is already folded
// (lower case, no diacritics), so the browser never normalises text per search; the query is
// folded and stemmed the same way. Fuse.js token search matches every query word fuzzily
// (typos) anywhere in a field, and tokenMatch 'all' keeps a record only when every word
// matched some field (multi-word AND).
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Catalog } from './validate.ts';
import { channelEnvironments, type Environment } from './channels.ts';
import { fold } from './fold.ts';
import { otherLang, type Lang } from './routes.ts';

/** One service as the browser searches and shows it. */
export interface SearchRecord {
  slug: string;
  /** Display name in the page's language. */
  name: string;
  /** Display name of the institution in the page's language. */
  institution: string;
  /** Which kinds of request channel exist (as on the A–Z list). */
  channels: Record<Environment, boolean>;
  /** Folded text the searcher matches against. */
  text: {
    name: string;
    /** Keywords and colloquial synonyms in the page's language. */
    keywords: string[];
    /** Keywords in the other language (people mix them), at lower weight. */
    otherKeywords: string[];
    /** Institution name in both languages and its abbreviation. */
    institution: string;
    /** Names of the life situations the service belongs to. */
    situations: string[];
    /** Stems of the words of name and keywords, so "deklaret" and "deklaresana" meet. */
    stems: string;
  };
}

/** The static JSON file the build writes per language. */
export interface SearchIndex {
  lang: Lang;
  records: SearchRecord[];
  /** Life situations that have services, offered when nothing is found. */
  situations: { id: string; name: string }[];
}

export interface SearchResult {
  record: SearchRecord;
  /** Fuse score: 0 is a perfect match, 1 no match. */
  score: number;
}

// Latvian endings, folded (no diacritics), longest first so "-esana" wins over "-a".
// Nouns (-as, -es, -is, -us, -ai, -ei, -am, -em, -iem, -u, -a, -e, -i, -s), verbal nouns
// (-šana, -šanas, -šanu), verbs (-ēt, -āt, -īt, -ties), -ība, -ija/-ācija and -ājs/-āja.
const ENDINGS = [
  'esanas', 'esanu', 'esana', 'asanas', 'asanu', 'asana', 'isanas', 'isanu', 'isana',
  'sanas', 'sanai', 'sanu', 'sana',
  'acijas', 'aciju', 'acija', 'ijas', 'iju', 'ija',
  'ibas', 'ibu', 'iba',
  'eties', 'aties', 'ities', 'ties',
  'ajam', 'ajai', 'ajas', 'ajs', 'aja', 'aju',
  'iem', 'am', 'em', 'im', 'um', 'os',
  'as', 'es', 'is', 'us', 'ai', 'ei',
  'et', 'at', 'it',
  'a', 'e', 'i', 'u', 's',
];

/** Shortest stem we leave; "pase" and "viza" stay whole so they do not match every "pas…". */
const MIN_STEM = 4;

/** A light Latvian stemmer over folded words: strips one common ending, keeping ≥ 4 letters. */
export function stem(word: string): string {
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) return word.slice(0, -ending.length);
  }
  return word;
}

/** Folded words of a text, each stemmed. */
export function stemmedTokens(text: string): string[] {
  return fold(text).split(' ').filter(Boolean).map(stem);
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** The compact records of one language, text folded, for the static index file. */
export function buildSearchIndex(catalog: Catalog, lang: Lang): SearchIndex {
  const other = otherLang(lang);
  const institutions = new Map(catalog.institutions.map((i) => [i.id, i]));
  const situations = new Map(catalog.lifeSituations.map((s) => [s.id, s]));
  const records = catalog.services.map((service): SearchRecord => {
    const institution = institutions.get(service.institution);
    const name = lang === 'lv' ? service.name.lv : service.name.en.text;
    const keywords = service.keywords[lang];
    const institutionText = institution
      ? [institution.name.lv, institution.name.en.text, institution.abbreviation ?? ''].join(' ')
      : service.institution;
    return {
      slug: service.slug,
      name,
      institution: institution ? (lang === 'lv' ? institution.name.lv : institution.name.en.text) : service.institution,
      channels: channelEnvironments(service.requestChannels),
      text: {
        name: fold(name),
        keywords: unique(keywords.map(fold)),
        otherKeywords: unique(service.keywords[other].map(fold)),
        institution: fold(institutionText),
        situations: service.lifeSituations.map((id) => fold(situations.get(id)?.name[lang] ?? id)),
        stems: unique([name, ...keywords].flatMap(stemmedTokens)).join(' '),
      },
    };
  });
  const used = new Set(catalog.services.flatMap((s) => s.lifeSituations));
  const offered = catalog.lifeSituations.filter((s) => used.has(s.id)).map((s) => ({ id: s.id, name: s.name[lang] }));
  return { lang, records, situations: offered };
}

/** Options of the searcher; defaults are tuned on tests/search-queries.json. */
export interface SearcherOptions {
  /** Fuse threshold for typos: 0 exact only, 1 anything. 0.3 lets one typo in four letters through, none in three. */
  threshold?: number;
}

type Field = keyof SearchRecord['text'];

/** How much a word found in each field counts; the name counts most. */
const WEIGHTS: Record<Field, number> = {
  name: 3,
  keywords: 2.5,
  stems: 1.5,
  otherKeywords: 1,
  institution: 1,
  situations: 0.7,
};

/** How well a vocabulary word matches a query word: whole word, start of word, inside a word. */
const EXACT = 1;
const PREFIX = 0.9;
const INFIX = 0.6;
/** A typo match counts at most this much (times 1 − Fuse score). */
const FUZZY = 0.8;
/** Extra fields that hold the same word add a little, so name + keywords beats name alone. */
const ALSO = 0.1;

export interface Searcher {
  /** Ranked results for what the person typed (any case, with or without diacritics). */
  search(query: string, limit?: number): SearchResult[];
}

/** How well a vocabulary word matches a query word (and its stem); 0 for no match. */
function quality(token: string, word: string, root: string): number {
  if (token === word || token === root) return EXACT;
  if (token.startsWith(root)) return PREFIX;
  // Inside a word ("vieta" in "dzivesvieta") only from three letters, or "id" is everywhere.
  if (root.length >= 3 && token.includes(root)) return INFIX;
  return 0;
}

/**
 * A searcher over the records of one language.
 *
 * Fuse over whole records cost about 8 ms per two-word keystroke at 62 services and grows with
 * the catalogue (measured with tests/bench/search.ts), so the work is split: the folded fields
 * are cut into a vocabulary of words, each word pointing at the records and field weights it
 * occurs in. A query word matches vocabulary words that contain its stem (at the start or
 * inside); only when none does, Fuse finds typo matches among the vocabulary words with the
 * same first letter (ignoreLocation, threshold, limit). A record must match every query word
 * (AND): the longest word picks the candidates, shorter ones only filter them. A record's score
 * adds, per word, the best field weight times the match quality.
 */
export function createSearcher(records: SearchRecord[], options: SearcherOptions = {}): Searcher {
  // word → parallel lists of record index and field weight (short fields count a bit more)
  const postings = new Map<string, { records: number[]; weights: number[] }>();
  // record → word → field weights, to filter candidates by the shorter query words
  const recordWords = records.map(() => new Map<string, number[]>());
  records.forEach((record, index) => {
    for (const field of Object.keys(WEIGHTS) as Field[]) {
      const value = record.text[field];
      for (const element of Array.isArray(value) ? value : [value]) {
        const words = element.split(' ').filter(Boolean);
        const weight = WEIGHTS[field] / Math.sqrt(Math.sqrt(words.length || 1));
        for (const word of new Set(words)) {
          let posting = postings.get(word);
          if (!posting) postings.set(word, (posting = { records: [], weights: [] }));
          posting.records.push(index);
          posting.weights.push(weight);
          const own = recordWords[index].get(word);
          if (own) own.push(weight);
          else recordWords[index].set(word, [weight]);
        }
      }
    }
  });
  const vocabulary = [...postings.keys()];
  const fuseOptions: IFuseOptions<string> = { ignoreLocation: true, includeScore: true, threshold: options.threshold ?? 0.3 };
  const byInitial = new Map<string, string[]>();
  for (const word of vocabulary) {
    const list = byInitial.get(word[0]);
    if (list) list.push(word);
    else byInitial.set(word[0], [word]);
  }
  const fuses = new Map<string, Fuse<string>>();
  /** Typo matches of a word among the vocabulary words with its first letter. */
  function fuzzy(word: string): Map<string, number> {
    let fuse = fuses.get(word[0]);
    if (!fuse) fuses.set(word[0], (fuse = new Fuse(byInitial.get(word[0]) ?? [], fuseOptions)));
    return new Map(fuse.search(stem(word), { limit: 50 }).map(({ item, score = 1 }) => [item, FUZZY * (1 - score)]));
  }

  const n = records.length;
  const best = new Float64Array(n);
  const sum = new Float64Array(n);
  const totals = new Float64Array(n);

  function add(index: number, value: number): void {
    if (value > best[index]) best[index] = value;
    sum[index] += value;
  }

  /** First word: every record holding a matching vocabulary word. */
  function seed(word: string): number[] {
    const root = stem(word);
    let found = new Map<string, number>();
    for (const token of vocabulary) {
      const q = quality(token, word, root);
      if (q > 0) found.set(token, q);
    }
    if (found.size === 0 && word.length >= 4) found = fuzzy(word);
    const touched: number[] = [];
    for (const [token, q] of found) {
      const posting = postings.get(token)!;
      for (let k = 0; k < posting.records.length; k++) {
        const index = posting.records[k];
        if (sum[index] === 0) touched.push(index);
        add(index, q * posting.weights[k]);
      }
    }
    return touched;
  }

  /** Later words: keep the candidates holding a matching word. */
  function filter(candidates: number[], word: string): number[] {
    const root = stem(word);
    const pass = (typo: Map<string, number> | null) =>
      candidates.filter((index) => {
        for (const [token, weights] of recordWords[index]) {
          const q = typo ? (typo.get(token) ?? 0) : quality(token, word, root);
          if (q > 0) for (const weight of weights) add(index, q * weight);
        }
        return sum[index] > 0;
      });
    const kept = pass(null);
    return kept.length === 0 && word.length >= 4 ? pass(fuzzy(word)) : kept;
  }

  return {
    search(query, limit = 10) {
      const words = [...new Set(fold(query).split(' ').filter(Boolean))].sort((a, b) => b.length - a.length);
      if (words.length === 0) return [];
      let candidates: number[] = [];
      for (const [w, word] of words.entries()) {
        candidates = w === 0 ? seed(word) : filter(candidates, word);
        for (const index of candidates) {
          totals[index] += best[index] + ALSO * (sum[index] - best[index]);
          best[index] = 0;
          sum[index] = 0;
        }
        if (candidates.length === 0) break;
      }
      const max = words.length * (EXACT * WEIGHTS.name) * (1 + ALSO * 5);
      const ranked = candidates
        .map((index) => ({ index, total: totals[index] }))
        .sort((a, b) => b.total - a.total || records[a.index].name.length - records[b.index].name.length || a.index - b.index)
        .slice(0, limit)
        .map(({ index, total }) => ({ record: records[index], score: Math.max(0, 1 - total / max) }));
      totals.fill(0);
      best.fill(0);
      sum.fill(0);
      return ranked;
    },
  };
}

// Search over the catalogue, the same in Node (build, tests, bench) and in the browser (island).
// The build turns the catalogue into compact records whose text is already folded
// (lower case, no diacritics), so the browser never normalises text per search; the query is
// folded and stemmed the same way. Records are ranked by their best partial match: every query
// word the index knows adds to a record's score (rarer words more), while filler words (stop
// words) and words the index does not know are left out instead of emptying the result.
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Catalog } from '../catalog/validate.ts';
import { channelEnvironments, type Environment } from '../channels/channels.ts';
import { fold, limitInput } from './fold.ts';
import { stem } from './stem.ts';
import { STOP_WORDS } from './stop-words.ts';
import { otherLang, type Lang } from '../site/routes.ts';

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
    /** Keywords and everyday phrases in the page's language. */
    keywords: string[];
    /** Keywords and everyday phrases in the other site language (people mix them), at lower weight. */
    otherKeywords: string[];
    /** Everyday phrases in Russian and Ukrainian (the site has no pages in them). */
    phrases: string[];
    /** Institution name in both languages and its abbreviation. */
    institution: string;
    /** Names of the life situations the service belongs to. */
    situations: string[];
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
  /** 0 is a perfect match, 1 no match. */
  score: number;
}

/** Folded words of a text, each stemmed. */
export function stemmedTokens(text: string): string[] {
  return fold(text).split(' ').filter(Boolean).map(stem);
}

/**
 * The words of a query that carry meaning: folded, cut to the input limit (MAX_INPUT_LENGTH of
 * src/lib/search/fold.ts, so a pasted page costs nothing), duplicates and
 * stop words and lone letters left out (unless nothing else is left).
 */
export function queryWords(query: string): string[] {
  const words = [...new Set(fold(limitInput(query)).split(' ').filter(Boolean))];
  // A lone letter is mostly the start of the next word ("pase d…"): it would touch every record.
  const meaningful = words.filter((w) => !STOP_WORDS.has(w) && (w.length > 1 || /\d/.test(w)));
  return meaningful.length > 0 ? meaningful : words;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** The compact records of one language, text folded, for the static index file. */
export function buildSearchIndex(catalog: Catalog, lang: Lang): SearchIndex {
  const other = otherLang(lang);
  const institutions = new Map(catalog.institutions.map((i) => [i.id, i]));
  const situations = new Map(catalog.lifeSituations.map((s) => [s.id, s]));
  const phrases = new Map((catalog.everydayPhrases ?? []).map((p) => [p.id, p]));
  const records = catalog.services.map((service): SearchRecord => {
    const institution = institutions.get(service.institution);
    const everyday = phrases.get(service.id);
    const name = lang === 'lv' ? service.name.lv : service.name.en.text;
    const institutionText = institution
      ? [institution.name.lv, institution.name.en.text, institution.abbreviation ?? ''].join(' ')
      : service.institution;
    const folded = (texts: string[]) => unique(texts.map(fold)).filter(Boolean);
    return {
      slug: service.slug,
      name,
      institution: institution ? (lang === 'lv' ? institution.name.lv : institution.name.en.text) : service.institution,
      channels: channelEnvironments(service.requestChannels),
      text: {
        name: fold(name),
        keywords: folded([...service.keywords[lang], ...(everyday?.[lang] ?? [])]),
        otherKeywords: folded([...service.keywords[other], ...(everyday?.[other] ?? [])]),
        phrases: folded([...(everyday?.ru ?? []), ...(everyday?.uk ?? [])]),
        institution: fold(institutionText),
        situations: service.lifeSituations.map((id) => fold(situations.get(id)?.name[lang] ?? id)),
      },
    };
  });
  const used = new Set(catalog.services.flatMap((s) => s.lifeSituations));
  const offered = catalog.lifeSituations.filter((s) => used.has(s.id)).map((s) => ({ id: s.id, name: s.name[lang] }));
  return { lang, records, situations: offered };
}

/**
 * The index file as the build writes it: each institution and life situation once, records as
 * tuples, and no text the browser can fold itself (the folded name, institution, situations),
 * which keeps the file within its budget (30 KB gzip per language). unpackSearchIndex gives the
 * SearchIndex back exactly.
 */
export interface SearchIndexFile {
  lang: Lang;
  /** Display name in the page's language and the folded text searched (both languages, abbreviation). */
  institutions: [name: string, text: string][];
  situations: SearchIndex['situations'];
  records: [
    slug: string,
    name: string,
    institution: number,
    /** Letters of the channel kinds that exist: e electronic, r remote, p in person. */
    channels: string,
    keywords: string[],
    otherKeywords: string[],
    phrases: string[],
    situations: number[],
  ][];
}

const CHANNEL_LETTERS: [Environment, string][] = [['electronic', 'e'], ['remote', 'r'], ['inPerson', 'p']];

/** The compact file of an index; throws when a record names a life situation the list does not offer. */
export function packSearchIndex(index: SearchIndex): SearchIndexFile {
  const institutions: [string, string][] = [];
  const institutionAt = new Map<string, number>();
  const situationAt = new Map(index.situations.map((s, i) => [fold(s.name), i]));
  const records = index.records.map(({ slug, name, institution, channels, text }): SearchIndexFile['records'][number] => {
    const key = `${institution}\n${text.institution}`;
    let at = institutionAt.get(key);
    if (at === undefined) institutionAt.set(key, (at = institutions.push([institution, text.institution]) - 1));
    const situations = text.situations.map((folded) => {
      const i = situationAt.get(folded);
      if (i === undefined) throw new Error(`search index: ${slug} names a life situation "${folded}" the index does not offer`);
      return i;
    });
    const letters = CHANNEL_LETTERS.filter(([env]) => channels[env]).map(([, letter]) => letter).join('');
    return [slug, name, at, letters, text.keywords, text.otherKeywords, text.phrases, situations];
  });
  return { lang: index.lang, institutions, situations: index.situations, records };
}

/** The index from its file, as buildSearchIndex made it. */
export function unpackSearchIndex(file: SearchIndexFile): SearchIndex {
  const situationText = file.situations.map((s) => fold(s.name));
  const records = file.records.map(([slug, name, institution, letters, keywords, otherKeywords, phrases, situations]): SearchRecord => ({
    slug,
    name,
    institution: file.institutions[institution][0],
    channels: Object.fromEntries(CHANNEL_LETTERS.map(([env, letter]) => [env, letters.includes(letter)])) as Record<Environment, boolean>,
    text: {
      name: fold(name),
      keywords,
      otherKeywords,
      phrases,
      institution: file.institutions[institution][1],
      situations: situations.map((i) => situationText[i]),
    },
  }));
  return { lang: file.lang, records, situations: file.situations };
}

/** Options of the searcher; defaults are tuned on tests/search-queries.json and tests/unit/everyday-queries.json. */
export interface SearcherOptions {
  /** Fuse threshold for typos: 0 exact only, 1 anything. 0.3 lets one typo in four letters through, none in three. */
  threshold?: number;
}

type Field = keyof SearchRecord['text'];

/** How much a word found in each field counts; the name counts most. */
const WEIGHTS: Record<Field, number> = {
  name: 3,
  keywords: 2.5,
  phrases: 2.5,
  otherKeywords: 1.2,
  institution: 1,
  situations: 0.7,
};

/** How well a vocabulary word matches a query word, best first. */
const EXACT = 1;
const SAME_STEM = 0.95;
const PREFIX = 0.85;
const STEM_PREFIX = 0.75;
const INFIX = 0.5;
/** A typo match counts at most this much (times 1 − Fuse score). */
const FUZZY = 0.7;
/** Extra fields that hold the same word add a little, so name + keywords beats name alone. */
const ALSO = 0.1;
/** Query words remembered with their vocabulary matches (typing repeats the earlier words). */
const CACHE_SIZE = 64;
/** Did-you-mean: a looser typo threshold over the whole vocabulary. */
const SUGGEST_THRESHOLD = 0.45;

export interface Searcher {
  /** Ranked results for what the person typed (any case, with or without diacritics). */
  search(query: string, limit?: number): SearchResult[];
  /** When search finds nothing: services whose words are near the query's, loosely (did you mean). */
  suggest(query: string, limit?: number): SearchResult[];
}

/** How well a vocabulary word (and its stem) matches a query word (and its stem); 0 for no match. */
function quality(token: string, tokenStem: string, word: string, root: string): number {
  if (token === word) return EXACT;
  if (root.length >= 3 && tokenStem === root) return SAME_STEM;
  // The start of a longer word counts more the more of it is typed: "car" is nearer "cars" than "career".
  if (token.startsWith(word)) return PREFIX * (0.5 + (0.5 * word.length) / token.length);
  if (root.length >= 4 && token.startsWith(root)) return STEM_PREFIX;
  // Inside a word ("vieta" in "dzivesvieta") only from four letters, or short stems are everywhere.
  if (root.length >= 4 && token.includes(root)) return INFIX;
  return 0;
}

/**
 * A searcher over the records of one language.
 *
 * The folded fields are cut into a vocabulary of words, each word pointing at the records and
 * field weights it occurs in (short fields count a bit more). A query word matches vocabulary
 * words equal to it, sharing its stem, starting with it or its stem, or holding its stem inside;
 * only when none does, Fuse finds typo matches among the vocabulary words with the same first
 * letter. Each matched query word adds to a record its best field weight times the match
 * quality, times how rare the word is among the records (idf), so "darba atļauja" is decided by
 * "atļauja" only where "darba" says nothing. A record need not match every word.
 */
export function createSearcher(records: SearchRecord[], options: SearcherOptions = {}): Searcher {
  // word → parallel lists of record index and field weight
  const postings = new Map<string, { records: number[]; weights: number[] }>();
  records.forEach((record, index) => {
    for (const field of Object.keys(WEIGHTS) as Field[]) {
      const value = record.text[field] ?? [];
      for (const element of Array.isArray(value) ? value : [value]) {
        const words = element.split(' ').filter(Boolean);
        const weight = WEIGHTS[field] / Math.sqrt(Math.sqrt(words.length || 1));
        for (const word of new Set(words)) {
          let posting = postings.get(word);
          if (!posting) postings.set(word, (posting = { records: [], weights: [] }));
          posting.records.push(index);
          posting.weights.push(weight);
        }
      }
    }
  });
  const vocabulary = [...postings.keys()];
  const stems = vocabulary.map(stem);
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
  let loose: Fuse<string> | undefined;

  const cache = new Map<string, Map<string, number>>();
  /** Vocabulary words matching a query word, with their quality; typo matches only when nothing else does. */
  function matches(word: string): Map<string, number> {
    const cached = cache.get(word);
    if (cached) return cached;
    const root = stem(word);
    let found = new Map<string, number>();
    for (let t = 0; t < vocabulary.length; t++) {
      const q = quality(vocabulary[t], stems[t], word, root);
      if (q > 0) found.set(vocabulary[t], q);
    }
    if (found.size === 0 && word.length >= 4) found = fuzzy(word);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(word, found);
    return found;
  }

  const n = records.length;
  const best = new Float64Array(n);
  const sum = new Float64Array(n);
  const totals = new Float64Array(n);

  /** Adds one query word's matches to the totals, weighted by how rare the word is. */
  function score(found: Map<string, number>, touched: Set<number>): void {
    const hit: number[] = [];
    for (const [token, q] of found) {
      const posting = postings.get(token)!;
      for (let k = 0; k < posting.records.length; k++) {
        const index = posting.records[k];
        const value = q * posting.weights[k];
        if (sum[index] === 0) hit.push(index);
        if (value > best[index]) best[index] = value;
        sum[index] += value;
      }
    }
    // Smoothed idf: a word in one record of a hundred counts about 3×, one in every record ~0.7×.
    const idf = Math.log(1 + (n + 1) / (hit.length + 1));
    for (const index of hit) {
      totals[index] += idf * (best[index] + ALSO * (sum[index] - best[index]));
      best[index] = 0;
      sum[index] = 0;
      touched.add(index);
    }
  }

  function ranked(touched: Set<number>, words: number, limit: number): SearchResult[] {
    const max = words * Math.log(1 + (n + 1) / 2) * EXACT * WEIGHTS.name * (1 + ALSO * 5);
    const out = [...touched]
      .map((index) => ({ index, total: totals[index] }))
      .sort((a, b) => b.total - a.total || records[a.index].name.length - records[b.index].name.length || a.index - b.index)
      .slice(0, limit)
      .map(({ index, total }) => ({ record: records[index], score: Math.max(0, 1 - total / max) }));
    for (const index of touched) totals[index] = 0;
    return out;
  }

  return {
    search(query, limit = 10) {
      const words = queryWords(query);
      const touched = new Set<number>();
      for (const word of words) score(matches(word), touched);
      return ranked(touched, words.length, limit);
    },
    suggest(query, limit = 3) {
      loose ??= new Fuse(vocabulary, { ...fuseOptions, threshold: SUGGEST_THRESHOLD });
      const words = queryWords(query).filter((w) => w.length >= 3);
      const touched = new Set<number>();
      for (const word of words) {
        const found = new Map(loose.search(word, { limit: 5 }).map(({ item, score = 1 }) => [item, 1 - score]));
        score(found, touched);
      }
      return ranked(touched, words.length, limit);
    },
  };
}

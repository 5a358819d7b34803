// The service searcher, the same in Node (build, tests, bench) and in the browser (island). It
// works on the records of records.ts, whose text the build has already folded, and on the query
// words of query.ts, folded and stemmed the same way. Records are ranked by their best partial
// match: every query word the index knows adds to a record's score (rarer words more), while
// filler words (stop words) and words the index does not know are left out instead of emptying
// the result.
import Fuse, { type IFuseOptions } from 'fuse.js';
import { queryWords } from './query.ts';
import type { SearchRecord } from './records.ts';
import { stem } from './stem.ts';

export interface SearchResult {
  record: SearchRecord;
  /** 0 is a perfect match, 1 no match. */
  score: number;
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
  const fuseOptions: IFuseOptions<string> = {
    ignoreLocation: true,
    includeScore: true,
    threshold: options.threshold ?? 0.3,
  };
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
      .sort(
        (a, b) => b.total - a.total || records[a.index].name.length - records[b.index].name.length || a.index - b.index,
      )
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

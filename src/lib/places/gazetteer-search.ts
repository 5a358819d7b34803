// "Where are you?" — find a town, parish, village or postcode in the gazetteer as a person
// types it: without diacritics ("rujiena" → Rūjiena), postcodes with or without "LV-"
// ("LV-4240", "lv4240", "4240"), and suggestions for a misspelt name ("Rujena" → Rūjiena).
import type { GazetteerEntry } from '../schema/index.ts';
import { fold } from '../search/fold.ts';

/** Order of kinds at equal match quality: bigger places first. */
const KIND_ORDER: Record<GazetteerEntry['kind'], number> = { city: 0, town: 1, parish: 2, village: 3, postcode: 4 };

/** How well a name matches, best first (plain constants: Node's type stripping has no enums). */
const Rank = { Exact: 0, Prefix: 1, WordPrefix: 2, Contains: 3 } as const;
type Rank = (typeof Rank)[keyof typeof Rank];

/** Shortest query that may match inside a word (shorter ones only match at word starts). */
const MIN_CONTAINS = 3;

const collator = new Intl.Collator('lv');

function byKindThenName(a: GazetteerEntry, b: GazetteerEntry): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
}

interface Folded {
  entry: GazetteerEntry;
  /** Folded name; for a postcode, its four digits. */
  key: string;
  /** First word of a name of several words ("rujienas" for "Rūjienas pagasts"), else null. */
  firstWord: string | null;
}

const foldedLists = new WeakMap<readonly GazetteerEntry[], Folded[]>();

/** The entries folded once and kept in display order (bigger places first, then by name). */
function folded(entries: readonly GazetteerEntry[]): Folded[] {
  let list = foldedLists.get(entries);
  if (!list) {
    list = [...entries].sort(byKindThenName).map((entry) => {
      const key = entry.kind === 'postcode' ? entry.name.replace(/\D/g, '') : fold(entry.name);
      const space = key.indexOf(' ');
      return { entry, key, firstWord: space > 0 ? key.slice(0, space) : null };
    });
    foldedLists.set(entries, list);
  }
  return list;
}

/** The digits of a postcode-like query ("LV-4240", "lv 42", "4240"), or null. */
function postcodeDigits(query: string): string | null {
  return /^\s*(?:lv)?[\s-]*(\d{1,4})\s*$/i.exec(query)?.[1] ?? null;
}

function rank(key: string, q: string): Rank | null {
  if (key === q) return Rank.Exact;
  if (key.startsWith(q)) return Rank.Prefix;
  if (key.includes(` ${q}`)) return Rank.WordPrefix;
  if (q.length >= MIN_CONTAINS && key.includes(q)) return Rank.Contains;
  return null;
}

/**
 * Entries matching what the person typed, best first: exact name, then names starting with
 * it, then names with a word starting with it, then names containing it; cities and towns
 * before parishes and villages at equal rank. Postcodes match by their digits only.
 */
export function searchGazetteer(entries: readonly GazetteerEntry[], query: string, limit = 10): GazetteerEntry[] {
  const q = fold(query);
  const digits = postcodeDigits(query);
  if (q === '' || limit <= 0) return [];
  // One bucket per rank; entries arrive in display order, so no sorting is needed.
  const buckets: GazetteerEntry[][] = [[], [], [], []];
  for (const { entry, key } of folded(entries)) {
    const r =
      entry.kind === 'postcode'
        ? digits === null
          ? null
          : key === digits
            ? Rank.Exact
            : key.startsWith(digits)
              ? Rank.Prefix
              : null
        : rank(key, q);
    if (r !== null && buckets[r]!.length < limit) buckets[r]!.push(entry);
  }
  return buckets.flat().slice(0, limit);
}

/** Levenshtein distance, giving up (returning max + 1) once it must exceed `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = new Uint16Array(b.length + 1).map((_, j) => j);
  let current = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** How many typing mistakes a suggestion may be away: 1 for short words, up to 3 for long ones. */
function allowedDistance(length: number): number {
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

/**
 * For a place the search does not find: the closest names by edit distance on folded text
 * ("Rujena" → Rūjiena), nearest first, bigger places first at equal distance. One entry per
 * name: a suggestion is a name to search for, and the search then lists every place of that name.
 */
export function suggest(entries: readonly GazetteerEntry[], query: string, limit = 5): GazetteerEntry[] {
  const q = fold(query);
  if (q === '' || limit <= 0) return [];
  const max = allowedDistance(q.length);
  const hits: { entry: GazetteerEntry; distance: number }[] = [];
  for (const { entry, key, firstWord } of folded(entries)) {
    if (entry.kind === 'postcode') continue;
    // A parish is also found by its first word ("Rujienas" for "Rūjienas pagasts").
    const distance = Math.min(
      editDistance(q, key, max),
      firstWord === null ? Infinity : editDistance(q, firstWord, max),
    );
    if (distance <= max) hits.push({ entry, distance });
  }
  // A stable sort keeps display order among equal distances.
  hits.sort((a, b) => a.distance - b.distance);
  const seen = new Set<string>();
  const result: GazetteerEntry[] = [];
  for (const { entry } of hits) {
    if (seen.has(entry.name)) continue;
    seen.add(entry.name);
    result.push(entry);
    if (result.length === limit) break;
  }
  return result;
}

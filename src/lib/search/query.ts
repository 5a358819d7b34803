// What the searcher makes of a query: its words, folded the way the index is folded.
import { fold, limitInput } from './fold.ts';
import { STOP_WORDS } from './stop-words.ts';

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

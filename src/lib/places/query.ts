// What a person types into "where are you?", made safe to match and to put into a URL:
// at most PLACE_QUERY_MAX_LENGTH characters (no place name comes near it), Unicode NFKC (full-width
// and compatibility forms become plain letters), and no zero-width characters (pasted text often
// carries them, and they would make "Rīga" fail to match).
import { fold } from '../search/fold.ts';

/** The longest place query kept; longer input is cut here and the person is told. */
export const PLACE_QUERY_MAX_LENGTH = 200;

/** Zero-width space, non-joiner, joiner, word joiner, BOM / zero-width no-break space, soft hyphen. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

export function cleanPlaceQuery(text: string): { text: string; truncated: boolean } {
  const clean = text.normalize('NFKC').replace(INVISIBLE, '');
  const chars = [...clean];
  const truncated = chars.length > PLACE_QUERY_MAX_LENGTH;
  return { text: truncated ? chars.slice(0, PLACE_QUERY_MAX_LENGTH).join('') : clean, truncated };
}

export type PlaceOption<G, A> = { kind: 'latvia'; entry: G } | { kind: 'abroad'; hit: A };

/**
 * Options for the place field, best first: Latvian places whose whole name is what was typed,
 * then whole-name matches abroad ("Dublin" the city before "Dublinieki" the village), then the
 * other Latvian matches, then the other matches abroad.
 */
export function mergePlaceOptions<G extends { name: string }, A extends { exact: boolean }>(
  query: string,
  latvia: readonly G[],
  abroad: readonly A[],
  limit = 8,
): PlaceOption<G, A>[] {
  const q = fold(query);
  const exactLv = latvia.filter((g) => fold(g.name) === q);
  const restLv = latvia.filter((g) => fold(g.name) !== q);
  const lv = (entry: G): PlaceOption<G, A> => ({ kind: 'latvia', entry });
  const ab = (hit: A): PlaceOption<G, A> => ({ kind: 'abroad', hit });
  return [
    ...exactLv.map(lv),
    ...abroad.filter((a) => a.exact).map(ab),
    ...restLv.map(lv),
    ...abroad.filter((a) => !a.exact).map(ab),
  ].slice(0, limit);
}

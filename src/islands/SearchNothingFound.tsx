/** @jsxImportSource preact */
// What the search says when nothing is found: services near the words ("did you mean"), then
// the ways to browse instead, the A–Z list and the life situations.
import type { SearchIndex } from '../lib/search/records.ts';
import type { SearchResult } from '../lib/search/search.ts';
import { pathFor, type Lang } from '../lib/site/routes.ts';
import type { SearchStrings } from './Search.tsx';

interface Props {
  lang: Lang;
  /** The A–Z list. */
  action: string;
  strings: SearchStrings;
  /** Services near the words; may be empty. */
  suggestions: SearchResult[];
  situations: SearchIndex['situations'];
}

export default function SearchNothingFound({ lang, action, strings, suggestions, situations }: Props) {
  return (
    <div class="search-none">
      {suggestions.length > 0 && (
        <>
          <p>{strings.didYouMean}</p>
          <ul class="search-suggestions">
            {suggestions.map(({ record }) => (
              <li key={record.slug}>
                <a href={pathFor(lang, { kind: 'service', slug: record.slug })}>{record.name}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>{strings.noResultsTry}</p>
      <ul>
        <li>
          <a href={action}>{strings.az}</a>
        </li>
        <li>
          {strings.lifeSituations}:
          <ul class="columns">
            {situations.map((s) => (
              <li key={s.id}>
                <a href={pathFor(lang, { kind: 'lifeSituation', slug: s.id })}>{s.name}</a>
              </li>
            ))}
          </ul>
        </li>
      </ul>
    </div>
  );
}

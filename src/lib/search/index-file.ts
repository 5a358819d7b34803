// The search index as the static file the build writes per language, and back.
import type { Environment } from '../channels/channels.ts';
import { fold } from './fold.ts';
import type { Lang } from '../site/routes.ts';
import type { SearchIndex, SearchRecord } from './records.ts';

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

const CHANNEL_LETTERS: [Environment, string][] = [
  ['electronic', 'e'],
  ['remote', 'r'],
  ['inPerson', 'p'],
];

/** The compact file of an index; throws when a record names a life situation the list does not offer. */
export function packSearchIndex(index: SearchIndex): SearchIndexFile {
  const institutions: [string, string][] = [];
  const institutionAt = new Map<string, number>();
  const situationAt = new Map(index.situations.map((s, i) => [fold(s.name), i]));
  const records = index.records.map(
    ({ slug, name, institution, channels, text }): SearchIndexFile['records'][number] => {
      const key = `${institution}\n${text.institution}`;
      let at = institutionAt.get(key);
      if (at === undefined) institutionAt.set(key, (at = institutions.push([institution, text.institution]) - 1));
      const situations = text.situations.map((folded) => {
        const i = situationAt.get(folded);
        if (i === undefined)
          throw new Error(`search index: ${slug} names a life situation "${folded}" the index does not offer`);
        return i;
      });
      const letters = CHANNEL_LETTERS.filter(([env]) => channels[env])
        .map(([, letter]) => letter)
        .join('');
      return [slug, name, at, letters, text.keywords, text.otherKeywords, text.phrases, situations];
    },
  );
  return { lang: index.lang, institutions, situations: index.situations, records };
}

/** The index from its file, as buildSearchIndex made it. */
export function unpackSearchIndex(file: SearchIndexFile): SearchIndex {
  const situationText = file.situations.map((s) => fold(s.name));
  const records = file.records.map(
    ([slug, name, institution, letters, keywords, otherKeywords, phrases, situations]): SearchRecord => ({
      slug,
      name,
      institution: file.institutions[institution][0],
      channels: Object.fromEntries(CHANNEL_LETTERS.map(([env, letter]) => [env, letters.includes(letter)])) as Record<
        Environment,
        boolean
      >,
      text: {
        name: fold(name),
        keywords,
        otherKeywords,
        phrases,
        institution: file.institutions[institution][1],
        situations: situations.map((i) => situationText[i]),
      },
    }),
  );
  return { lang: file.lang, records, situations: file.situations };
}

/** @jsxImportSource preact */
// The search box, enhanced. Server-rendered it is the plain form that submits to the A–Z list;
// once this runs it becomes an ARIA 1.2 combobox: results as one types (index and Fuse are
// fetched on first focus, not in the page's JavaScript), a polite live region with the count,
// arrow keys, Enter, Escape, "/" to focus from anywhere, and ?q= in the URL kept in step.
// The box takes at most MAX_QUERY_LENGTH characters (the browser cuts a paste), says so politely
// when full, and neither the URL nor the live region ever carries more.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Searcher, SearchResult } from '../lib/search/search.ts';
import type { SearchIndex } from '../lib/search/records.ts';
import type { SearchIndexFile } from '../lib/search/index-file.ts';
import { limitInput, MAX_INPUT_LENGTH as MAX_QUERY_LENGTH } from '../lib/search/fold.ts';
import { pathFor, type Lang } from '../lib/site/routes.ts';
import { unpack, type Packed } from '../build/packed.ts';
import { useCombobox } from './combobox.ts';
import { fill, pluralForm } from '../lib/text/template.ts';
import SearchNothingFound from './SearchNothingFound.tsx';

export interface SearchStrings {
  label: string;
  placeholder: string;
  button: string;
  instructions: string;
  resultsLabel: string;
  /** "{{count}} results" per plural category of Intl.PluralRules (lv: zero/one/other). */
  results: Partial<Record<Intl.LDMLPluralRule, string>>;
  noResults: string;
  noResultsTry: string;
  /** "Did you mean:" before services near a query that found nothing. */
  didYouMean: string;
  /** Said when the box is full: "{{max}}" is the limit. */
  tooLong: string;
  az: string;
  lifeSituations: string;
  loading: string;
  loadError: string;
  env: { electronic: string; remote: string; inPerson: string };
}

interface Props {
  lang: Lang;
  /** Id of the input; ids of the list and options derive from it. */
  id: string;
  /** Where the form goes without JavaScript (the A–Z list). */
  action: string;
  indexUrl: string;
  initialQuery?: string;
  strings: Packed<SearchStrings>;
}

/** Results shown at most; the A–Z list has the rest. */
const LIMIT = 10;
/** Shorter queries show nothing (one letter matches everything). */
const MIN_LENGTH = 2;
/** The query as messages quote it: a long one is cut, so the live region never reads a paragraph. */
const QUOTE_LENGTH = 40;
/** Quiet time before the live region speaks, so a screen reader is not talked over per keystroke. */
const ANNOUNCE_DELAY_MS = 500;

interface Loaded {
  searcher: Searcher;
  index: SearchIndex;
}

let loading: Promise<Loaded> | undefined;

/** The index and the search module, fetched once per page. */
function load(url: string): Promise<Loaded> {
  loading ??= Promise.all([
    fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: ${r.status}`);
      return r.json() as Promise<SearchIndexFile>;
    }),
    import('../lib/search/browser-search.ts'),
  ]).then(([file, lib]) => {
    const index = lib.unpackSearchIndex(file);
    return { index, searcher: lib.createSearcher(index.records) };
  });
  loading.catch(() => (loading = undefined));
  return loading;
}

function countText(strings: SearchStrings, lang: Lang, count: number): string {
  return fill(pluralForm(strings.results, lang, count) ?? strings.results.other ?? '{{count}}', { count });
}

function quote(query: string): string {
  return query.length > QUOTE_LENGTH ? `${query.slice(0, QUOTE_LENGTH - 1).trimEnd()}…` : query;
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Keeps ?q= in the address bar in step with the box, so a result list can be shared. */
function syncUrl(query: string): void {
  const url = new URL(window.location.href);
  if (query.trim()) url.searchParams.set('q', limitInput(query));
  else url.searchParams.delete('q');
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
}

export default function Search({ lang, id, action, indexUrl, initialQuery = '', strings: packedStrings }: Props) {
  const strings = useMemo(() => unpack(packedStrings), [packedStrings]);
  const [enhanced, setEnhanced] = useState(false);
  const [query, setQuery] = useState(limitInput(initialQuery));
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const listId = `${id}-results`;
  const optionId = (i: number) => `${id}-option-${i}`;

  function ensureLoaded(): void {
    if (loaded) return;
    load(indexUrl).then(setLoaded, () => setFailed(true));
  }

  // Switch on the enhancement; keep what was typed before this ran, else restore ?q= from the
  // URL (a shared list, or where the form lands without JavaScript).
  useEffect(() => {
    setEnhanced(true);
    const q = limitInput(input.current?.value || new URLSearchParams(window.location.search).get('q') || '');
    if (q) {
      setQuery(q);
      syncUrl(q);
      combo.open();
      ensureLoaded();
    }
  }, []);

  // "/" focuses the search from anywhere except while typing in a field; the first box on the page takes it.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      const first = document.querySelector('input[data-search-input]');
      if (!input.current || first !== input.current) return;
      event.preventDefault();
      input.current.focus();
      input.current.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const trimmed = query.trim();
  const results: SearchResult[] = useMemo(
    () => (loaded && trimmed.length >= MIN_LENGTH ? loaded.searcher.search(trimmed, LIMIT) : []),
    [loaded, trimmed],
  );
  // Did you mean: services near the words, only when nothing was found.
  const suggestions: SearchResult[] = useMemo(
    () => (loaded && trimmed.length >= MIN_LENGTH && results.length === 0 ? loaded.searcher.suggest(trimmed, 3) : []),
    [loaded, trimmed, results],
  );
  const searching = trimmed.length >= MIN_LENGTH;
  const full = query.length >= MAX_QUERY_LENGTH;
  const combo = useCombobox({
    count: enhanced && searching ? results.length : 0,
    listId,
    optionId,
    onPick: (i) => window.location.assign(pathFor(lang, { kind: 'service', slug: results[i].record.slug })),
    onEscape: () => {
      if (!query) return false;
      change('');
      return true;
    },
  });
  const showPanel = enhanced && combo.wanted && searching;
  const open = combo.expanded;

  const message = !searching
    ? ''
    : failed
      ? strings.loadError
      : !loaded
        ? strings.loading
        : results.length === 0
          ? strings.noResults.replace('{{query}}', quote(trimmed))
          : countText(strings, lang, results.length);

  // The live region speaks once typing pauses.
  useEffect(() => {
    if (!enhanced) return;
    const timer = setTimeout(() => setAnnouncement(showPanel ? message : ''), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [message, showPanel, enhanced]);

  function change(raw: string): void {
    const value = limitInput(raw);
    setQuery(value);
    combo.open();
    ensureLoaded();
    syncUrl(value);
  }

  // Without the script the box is a plain search field that submits to the A–Z list.
  const comboboxProps = enhanced
    ? { ...combo.inputProps, 'aria-describedby': full ? `${id}-instructions ${id}-limit` : `${id}-instructions` }
    : {};

  return (
    <form class="search" role="search" action={action} method="get">
      <label for={id}>{strings.label}</label>
      <div class="search-row">
        <input
          ref={input}
          id={id}
          name="q"
          type="search"
          value={query}
          autocomplete="off"
          spellcheck={false}
          placeholder={strings.placeholder}
          maxLength={MAX_QUERY_LENGTH}
          data-search-input=""
          onFocus={ensureLoaded}
          onInput={(e) => change((e.currentTarget as HTMLInputElement).value)}
          {...comboboxProps}
        />
        <button type="submit">{strings.button}</button>
      </div>
      {enhanced && full && (
        <p id={`${id}-limit`} class="search-limit">
          {strings.tooLong.replace('{{max}}', String(MAX_QUERY_LENGTH))}
        </p>
      )}
      {enhanced && (
        <p id={`${id}-instructions`} class="visually-hidden">
          {strings.instructions}
        </p>
      )}
      <p role="status" aria-live="polite" class="visually-hidden">
        {announcement}
      </p>
      {showPanel && (
        <p class="search-count" aria-hidden="true">
          {message}
        </p>
      )}
      {enhanced && (
        <ul {...combo.listProps} aria-label={strings.resultsLabel} class="search-results">
          {open &&
            results.map(({ record }, i) => (
              <li role="none" key={record.slug}>
                <a
                  {...combo.optionProps(i)}
                  href={pathFor(lang, { kind: 'service', slug: record.slug })}
                  tabIndex={-1}
                  class={i === combo.active ? 'search-option is-active' : 'search-option'}
                >
                  <span class="search-option-name">{record.name}</span>
                  <span class="search-option-institution">{record.institution}</span>
                  <span class="search-option-channels">
                    {(['electronic', 'remote', 'inPerson'] as const)
                      .filter((env) => record.channels[env])
                      .map((env, n) => (
                        <span class="channel-env" key={env}>
                          {n > 0 && <span class="visually-hidden">, </span>}
                          {strings.env[env]}
                        </span>
                      ))}
                  </span>
                </a>
              </li>
            ))}
        </ul>
      )}
      {showPanel && loaded && results.length === 0 && (
        <SearchNothingFound
          lang={lang}
          action={action}
          strings={strings}
          suggestions={suggestions}
          situations={loaded.index.situations}
        />
      )}
    </form>
  );
}

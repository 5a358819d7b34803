// What the nearest finder's place field knows and does: the text, the suggestions (places in
// Latvia and abroad, or "did you mean" names when nothing matches), the combobox over them, and
// "Show places". Picking a suggestion puts its name in the field and hands it to `onChoose`.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Abroad, Gazetteer } from './nearest-engine.ts';
import { PLACE_QUERY_MAX_LENGTH, cleanPlaceQuery, mergePlaceOptions } from '../lib/places/query.ts';
import { useCombobox } from './combobox.ts';
import type { Option } from './nearest-data.ts';
import type { NearestStrings } from './nearest-strings.ts';
import { fill } from '../lib/text/template.ts';

/** Shorter text gets no suggestions (one letter matches half the country). */
const MIN_QUERY = 2;

interface PlaceQueryOptions {
  /** Prefix of element ids. */
  id: string;
  s: NearestStrings;
  gazetteer: Gazetteer | null;
  abroad: Abroad | null;
  ensureGazetteer: () => Promise<Gazetteer>;
  ensureAbroad: () => Promise<Abroad | null>;
  /** Whether a place is chosen already (then text that arrives with the gazetteer is not searched). */
  chosen: boolean;
  /** The finder's status line (errors and hints) and its polite live region. */
  onMessage: (message: { text: string; error: boolean }) => void;
  onAnnounce: (text: string) => void;
  onChoose: (option: Option) => void;
}

/** Latvian places and places abroad matching the text, best first. */
const optionsFor = (text: string, g: Gazetteer, a: Abroad | null): Option[] =>
  mergePlaceOptions(text, g.search(text), a?.search(text) ?? []);

export function usePlaceQuery({
  id,
  s,
  gazetteer,
  abroad,
  ensureGazetteer,
  ensureAbroad,
  chosen,
  onMessage,
  onAnnounce,
  onChoose,
}: PlaceQueryOptions) {
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<Option[]>([]);
  /** Whether the options are "did you mean" names rather than matches. */
  const [suggested, setSuggested] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const combo = useCombobox({
    count: options.length,
    listId: `${id}-options`,
    optionId: (i) => `${id}-option-${i}`,
    onPick: (i) => pick(options[i]!),
    onEscape: () => {
      if (!query) return false;
      setQuery('');
      setOptions([]);
      return true;
    },
  });

  function pick(option: Option): void {
    setQuery(option.kind === 'latvia' ? option.entry.name : option.hit.name);
    combo.close();
    onChoose(option);
  }

  /** Nothing matches `text`: say so, and offer the gazetteer's nearest names. */
  function showNoMatch(g: Gazetteer, text: string): void {
    const hints = g.suggest(text);
    setOptions(hints.map((entry) => ({ kind: 'latvia', entry })));
    setSuggested(true);
    combo.open();
    const names = hints.map((h) => h.name).join(', ');
    onMessage({
      text: fill(s.noMatch, { query: text }) + (hints.length > 0 ? ` ${fill(s.didYouMean, { names })}` : ''),
      error: true,
    });
  }

  function onInput(raw: string): void {
    const { text: value, truncated } = cleanPlaceQuery(raw);
    setQuery(value);
    if (truncated) onMessage({ text: fill(s.tooLong, { max: PLACE_QUERY_MAX_LENGTH }), error: true });
    if (!gazetteer || value.trim().length < MIN_QUERY) {
      setOptions([]);
      combo.close();
      return;
    }
    if (!abroad) void ensureAbroad();
    const hits = optionsFor(value, gazetteer, abroad);
    const list: Option[] =
      hits.length > 0 ? hits : gazetteer.suggest(value).map((entry) => ({ kind: 'latvia', entry }));
    setSuggested(hits.length === 0);
    setOptions(list);
    combo.open();
    onAnnounce(list.length > 0 ? fill(s.options, { count: list.length }) : fill(s.noMatch, { query: value }));
  }

  // Typing before the gazetteer (or the places abroad) arrived: search what is typed once it is
  // there. Read the field itself: this effect's `query` may be a keystroke behind.
  useEffect(() => {
    const typed = input.current?.value ?? '';
    if (gazetteer && typed && !chosen && document.activeElement === input.current) onInput(typed);
  }, [gazetteer, abroad]);

  /** "Show places": the active option, else the best match, else say nothing matches. */
  async function onFind(e: Event): Promise<void> {
    e.preventDefault();
    const text = cleanPlaceQuery(query).text.trim();
    if (!text) return;
    const g = await ensureGazetteer().catch(() => null);
    if (!g) return;
    const a = abroad ?? (await ensureAbroad());
    const active = combo.active >= 0 ? options[combo.active] : undefined;
    const first = optionsFor(text, g, a)[0];
    if (active) pick(active);
    else if (first && (!suggested || first.kind === 'abroad')) pick(first);
    else showNoMatch(g, text);
  }

  return { input, query, setQuery, options, combo, pick, showNoMatch, onInput, onFind };
}

export type PlaceQuery = ReturnType<typeof usePlaceQuery>;

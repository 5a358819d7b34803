/** @jsxImportSource preact */
// "Town, parish, village or postcode": the nearest finder's place field, a combobox
// (combobox.ts) over the gazetteer and the places abroad, and its "Show places" button. What it
// knows and does is place-query.ts; this is its markup.
import type { PlaceQuery } from './place-query.ts';
import type { NearestStrings } from './nearest-strings.ts';

interface Props {
  /** Prefix of element ids. */
  id: string;
  s: NearestStrings;
  field: PlaceQuery;
  /** Municipality names by ATVK, and country names by ISO code, in the page's language. */
  municipalityName: (atvk: string) => string | undefined;
  countryName: (code: string) => string;
  onFocus: () => void;
}

export default function PlaceField({ id, s, field, municipalityName, countryName, onFocus }: Props) {
  const { input, query, options, combo, onInput, onFind, pick } = field;
  return (
    <form class="nearest-way" onSubmit={onFind} role="search" aria-label={s.placeLabel}>
      <label for={`${id}-place`}>{s.placeLabel}</label>
      <p id={`${id}-place-hint`} class="muted">
        {s.placeHint}
      </p>
      <div class="nearest-row">
        <div class="nearest-combo">
          <input
            ref={input}
            id={`${id}-place`}
            type="text"
            autocomplete="off"
            spellcheck={false}
            {...combo.inputProps}
            aria-describedby={`${id}-place-hint`}
            value={query}
            onFocus={onFocus}
            onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
            // Wait for a click on an option to land before the list goes.
            onBlur={() => setTimeout(combo.close, 150)}
          />
          <ul {...combo.listProps} aria-label={s.placeLabel} class="nearest-options">
            {options.map((o, i) => (
              <li {...combo.optionProps(i)} onClick={() => pick(o)}>
                {o.kind === 'latvia' ? (
                  <>
                    {o.entry.name}{' '}
                    <span class="nearest-option-kind">
                      ({s.kinds[o.entry.kind]}
                      {o.entry.kind !== 'city' && municipalityName(o.entry.municipality)
                        ? `, ${municipalityName(o.entry.municipality)}`
                        : ''}
                      )
                    </span>
                  </>
                ) : (
                  <>
                    {o.hit.kind === 'country' ? countryName(o.hit.country) : o.hit.name}{' '}
                    <span class="nearest-option-kind">
                      ({s.abroadKinds[o.hit.kind]}
                      {o.hit.kind === 'city' ? `, ${countryName(o.hit.country)}` : ''})
                    </span>
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
        <button type="submit">{s.find}</button>
      </div>
    </form>
  );
}

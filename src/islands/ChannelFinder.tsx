/** @jsxImportSource preact */
// "Which way suits me", enhanced. Server-rendered (and without JavaScript) it is the full table of
// the eight combinations of answers; once hydrated it becomes three questions (radio groups in
// fieldsets) and the answer for the chosen combination in a polite live region. Every text comes
// precomputed from ChannelFinder.astro; the island gets no catalogue.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { unpack, type Packed } from '../lib/packed.ts';

/** One combination of answers and its advice, already phrased. */
export interface FinderRow {
  canSignIn: boolean;
  location: 'latvia' | 'abroad';
  wantsHelp: boolean;
  /** "Channel: reason", best first. */
  items: string[];
  /** "Channel (why not)". */
  excluded: string[];
  /** Link to the nearest place when in person is best, else null. */
  nearest: { href: string; label: string } | null;
}

export interface FinderStrings {
  signIn: string;
  signInHint: string;
  location: string;
  help: string;
  yes: string;
  no: string;
  latvia: string;
  abroad: string;
  answer: string;
  answerWhenDone: string;
  none: string;
  excluded: string;
  caption: string;
  introNoJs: string;
  intro: string;
  colSignIn: string;
  colLocation: string;
  colHelp: string;
  colChannels: string;
}

interface Props {
  /** Prefix for ids and radio names, unique on the page. */
  id: string;
  rows: Packed<FinderRow[]>;
  strings: Packed<FinderStrings>;
}

function Advice({ row, strings }: { row: FinderRow; strings: FinderStrings }) {
  return (
    <>
      {row.items.length > 0 ? <ol class="finder-list">{row.items.map((item) => <li>{item}</li>)}</ol> : <p>{strings.none}</p>}
      {row.nearest && <p><a href={row.nearest.href}>{row.nearest.label}</a></p>}
      {row.excluded.length > 0 && <p class="finder-excluded">{strings.excluded}: {row.excluded.join('; ')}.</p>}
    </>
  );
}

function Table({ rows, strings }: { rows: FinderRow[]; strings: FinderStrings }) {
  const yesNo = (value: boolean) => (value ? strings.yes : strings.no);
  return (
    <>
      <p>{strings.introNoJs}</p>
      <p class="finder-hint">{strings.signIn} {strings.signInHint}</p>
      {/* Focusable so keyboard users can scroll the table sideways on a narrow screen. */}
      <div class="table-scroll" tabIndex={0} role="region" aria-label={strings.caption}>
        <table class="finder-table">
          <caption>{strings.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.colSignIn}</th>
              <th scope="col">{strings.colLocation}</th>
              <th scope="col">{strings.colHelp}</th>
              <th scope="col">{strings.colChannels}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr>
                <th scope="row">{yesNo(row.canSignIn)}</th>
                <th scope="row">{row.location === 'latvia' ? strings.latvia : strings.abroad}</th>
                <th scope="row">{yesNo(row.wantsHelp)}</th>
                <td><Advice row={row} strings={strings} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

type Choice = 'yes' | 'no' | 'latvia' | 'abroad';

function Question(props: { id: string; name: string; legend: string; hint?: string; options: [Choice, string][]; value: Choice | null; onChange: (v: Choice) => void }) {
  const hintId = props.hint ? `${props.id}-${props.name}-hint` : undefined;
  return (
    <fieldset class="finder-question" aria-describedby={hintId}>
      <legend>{props.legend}</legend>
      {props.hint && <p class="finder-hint" id={hintId}>{props.hint}</p>}
      {props.options.map(([value, label]) => {
        const inputId = `${props.id}-${props.name}-${value}`;
        return (
          <div class="finder-radio">
            <input type="radio" id={inputId} name={`${props.id}-${props.name}`} value={value} checked={props.value === value} onChange={() => props.onChange(value)} />
            <label for={inputId}>{label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

export default function ChannelFinder({ id, rows: packedRows, strings: packedStrings }: Props) {
  const rows = useMemo(() => unpack(packedRows), [packedRows]);
  const strings = useMemo(() => unpack(packedStrings), [packedStrings]);
  const [enhanced, setEnhanced] = useState(false);
  const [signIn, setSignIn] = useState<Choice | null>(null);
  const [location, setLocation] = useState<Choice | null>(null);
  const [help, setHelp] = useState<Choice | null>(null);
  useEffect(() => setEnhanced(true), []);

  if (!enhanced) return <Table rows={rows} strings={strings} />;

  const done = signIn !== null && location !== null && help !== null;
  const row = done
    ? rows.find((r) => r.canSignIn === (signIn === 'yes') && r.location === location && r.wantsHelp === (help === 'yes')) ?? null
    : null;
  return (
    <form class="finder-form" onSubmit={(e) => e.preventDefault()}>
      <p>{strings.intro}</p>
      <Question id={id} name="sign-in" legend={strings.signIn} hint={strings.signInHint} options={[['yes', strings.yes], ['no', strings.no]]} value={signIn} onChange={setSignIn} />
      <Question id={id} name="location" legend={strings.location} options={[['latvia', strings.latvia], ['abroad', strings.abroad]]} value={location} onChange={setLocation} />
      <Question id={id} name="help" legend={strings.help} options={[['yes', strings.yes], ['no', strings.no]]} value={help} onChange={setHelp} />
      <div class="finder-answer" id={`${id}-answer`} aria-live="polite">
        {row ? (
          <>
            <h3>{strings.answer}</h3>
            <Advice row={row} strings={strings} />
          </>
        ) : (
          <p>{strings.answerWhenDone}</p>
        )}
      </div>
    </form>
  );
}

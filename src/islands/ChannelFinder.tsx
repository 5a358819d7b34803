/** @jsxImportSource preact */
// "Which way suits me", enhanced. Server-rendered (and without JavaScript) it is one <details> per
// combination of answers, each an ordered list of ways (readable on a phone, no table to scroll
// sideways); once hydrated it becomes three questions (radio groups in fieldsets) and
// the answer for the chosen combination in a polite live region. Every text comes precomputed
// from ChannelFinder.astro; the island gets no catalogue. Hydrating never moves focus: while
// focus is inside the server-rendered list, the swap waits until focus leaves it.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { unpack, type Packed } from '../build/packed.ts';

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
  /** Ways only for some people or one place, "Channel (condition)"; never advised. */
  limited: string[];
  /** When no way fits: whom to call and where help is, already phrased. */
  fallback: { text: string; links: { href: string; label: string }[] };
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
  introNoJs: string;
  intro: string;
  limited: string;
  /** Summary parts of one combination: "I can sign in", "I cannot sign in", "in Latvia", … */
  comboSignInYes: string;
  comboSignInNo: string;
  comboLatvia: string;
  comboAbroad: string;
  comboHelpYes: string;
  comboHelpNo: string;
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
      {row.items.length > 0 ? (
        <ol class="finder-list">
          {row.items.map((item) => (
            <li>{item}</li>
          ))}
        </ol>
      ) : (
        <p>
          {strings.none} {row.fallback.text}
          {row.fallback.links.map((l) => (
            <>
              {' '}
              <a href={l.href}>{l.label}</a>
            </>
          ))}
        </p>
      )}
      {row.nearest && (
        <p>
          <a href={row.nearest.href}>{row.nearest.label}</a>
        </p>
      )}
      {row.limited.length > 0 && (
        <p class="finder-limited">
          {strings.limited}: {row.limited.join('; ')}.
        </p>
      )}
      {row.excluded.length > 0 && (
        <p class="finder-excluded">
          {strings.excluded}: {row.excluded.join('; ')}.
        </p>
      )}
    </>
  );
}

/** One combination in words: "I can sign in, in Latvia, I do not need help". */
function comboText(row: FinderRow, strings: FinderStrings): string {
  return [
    row.canSignIn ? strings.comboSignInYes : strings.comboSignInNo,
    row.location === 'latvia' ? strings.comboLatvia : strings.comboAbroad,
    row.wantsHelp ? strings.comboHelpYes : strings.comboHelpNo,
  ].join(', ');
}

function AllAnswers({ rows, strings }: { rows: FinderRow[]; strings: FinderStrings }) {
  return (
    <>
      <p>{strings.introNoJs}</p>
      <p class="finder-hint">
        {strings.signIn} {strings.signInHint}
      </p>
      {rows.map((row) => (
        <details class="finder-combo">
          <summary>{comboText(row, strings)}</summary>
          <Advice row={row} strings={strings} />
        </details>
      ))}
    </>
  );
}

type Choice = 'yes' | 'no' | 'latvia' | 'abroad';

function Question(props: {
  id: string;
  name: string;
  legend: string;
  hint?: string;
  options: [Choice, string][];
  value: Choice | null;
  onChange: (v: Choice) => void;
}) {
  const hintId = props.hint ? `${props.id}-${props.name}-hint` : undefined;
  return (
    <fieldset class="finder-question" aria-describedby={hintId}>
      <legend>{props.legend}</legend>
      {props.hint && (
        <p class="finder-hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {props.options.map(([value, label]) => {
        const inputId = `${props.id}-${props.name}-${value}`;
        return (
          <div class="finder-radio">
            <input
              type="radio"
              id={inputId}
              name={`${props.id}-${props.name}`}
              value={value}
              checked={props.value === value}
              onChange={() => props.onChange(value)}
            />
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
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = root.current;
    // Swapping the list for the questions while focus is in it would drop focus to the body.
    if (!el || !el.contains(document.activeElement)) return setEnhanced(true);
    const leave = (event: FocusEvent) => {
      if (!el.contains(event.relatedTarget as Node | null)) {
        el.removeEventListener('focusout', leave);
        setEnhanced(true);
      }
    };
    el.addEventListener('focusout', leave);
    return () => el.removeEventListener('focusout', leave);
  }, []);

  if (!enhanced)
    return (
      <div ref={root}>
        <AllAnswers rows={rows} strings={strings} />
      </div>
    );

  const done = signIn !== null && location !== null && help !== null;
  const row = done
    ? (rows.find(
        (r) => r.canSignIn === (signIn === 'yes') && r.location === location && r.wantsHelp === (help === 'yes'),
      ) ?? null)
    : null;
  return (
    <div ref={root}>
      <form class="finder-form" onSubmit={(e) => e.preventDefault()}>
        <p>{strings.intro}</p>
        <Question
          id={id}
          name="sign-in"
          legend={strings.signIn}
          hint={strings.signInHint}
          options={[
            ['yes', strings.yes],
            ['no', strings.no],
          ]}
          value={signIn}
          onChange={setSignIn}
        />
        <Question
          id={id}
          name="location"
          legend={strings.location}
          options={[
            ['latvia', strings.latvia],
            ['abroad', strings.abroad],
          ]}
          value={location}
          onChange={setLocation}
        />
        <Question
          id={id}
          name="help"
          legend={strings.help}
          options={[
            ['yes', strings.yes],
            ['no', strings.no],
          ]}
          value={help}
          onChange={setHelp}
        />
        <div class="finder-answer" id={`${id}-answer`} aria-live="polite">
          {row ? (
            <>
              <h4>{strings.answer}</h4>
              <Advice row={row} strings={strings} />
            </>
          ) : (
            <p>{strings.answerWhenDone}</p>
          )}
        </div>
      </form>
    </div>
  );
}

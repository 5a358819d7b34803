/** @jsxImportSource preact */
// One entry of the nearest finder's lists: a place in Latvia (NearestResult) or the Latvian
// mission abroad that serves the person (MissionResult).
import type { CompactMission, Found, OpenStatus } from './nearest-engine.ts';
import { formatDistance, telHref } from '../lib/text/format.ts';
import { decodeHours } from '../lib/hours/codec.ts';
import { weeklyHoursLine } from '../lib/hours/describe.ts';
import type { Lang } from '../lib/site/routes.ts';
import OpenStatusLine from './OpenStatusLine.tsx';
import type { NearestStrings } from './nearest-strings.ts';
import { PREMISES_FACTS } from '../lib/places/access-needs.ts';
import { fill } from '../lib/text/template.ts';

/** The access facts a place shows, in the schema's order. */

export function MissionResult({
  m,
  status: open,
  distanceMetres,
  lang,
  s,
  placeBase,
}: {
  m: CompactMission;
  status: OpenStatus;
  distanceMetres: number | null;
  lang: Lang;
  s: NearestStrings;
  placeBase: string;
}) {
  const page = (
    <a href={m.pageUrl} rel="external">
      {s.missionPage}
      <span class="visually-hidden">: {m.name[lang]}</span>
    </a>
  );
  return (
    <li>
      <h4>
        <a href={`${placeBase}${m.id}/`}>{m.name[lang]}</a>
      </h4>
      <p>
        {distanceMetres !== null && (
          <>
            <span class="nearest-distance">{fill(s.distance, { distance: formatDistance(distanceMetres, lang) })}</span>{' '}
            ·{' '}
          </>
        )}
        {m.address ?? (
          <>
            {s.missionAddressUnknown} {page}
          </>
        )}
      </p>
      {m.hours ? (
        <OpenStatusLine status={open} lang={lang} strings={s.status} />
      ) : (
        <p>
          {s.missionHoursUnknown} {page}
        </p>
      )}
      {(m.phone || m.email) && (
        <p>
          {m.phone && (
            <a href={telHref(m.phone)}>
              {s.phone}: {m.phone}
            </a>
          )}
          {m.phone && m.email && ' · '}
          {m.email && (
            <a href={`mailto:${m.email}`}>
              {s.email}: {m.email}
            </a>
          )}
        </p>
      )}
    </li>
  );
}

/**
 * One nearest place. The same facts as the server-rendered list's PlaceSummary.astro (name,
 * distance, address, whether open, contact, phone), plus the access facts and languages the
 * filters work on. `itemId`: the list item's id, so a map marker can move focus to it.
 */
export function NearestResult({
  r,
  lang,
  s,
  placeBase,
  itemId,
}: {
  r: Found;
  lang: Lang;
  s: NearestStrings;
  placeBase: string;
  itemId?: string;
}) {
  const p = r.place;
  const facts = PREMISES_FACTS.filter((k) => p.access[k] !== null);
  const languageNames = p.languages.length > 0 ? new Intl.DisplayNames([lang], { type: 'language' }) : null;
  return (
    <li id={itemId} tabIndex={itemId ? -1 : undefined}>
      <h4>
        <a href={`${placeBase}${p.id}/`}>{p.name[lang]}</a>
      </h4>
      <p>
        {Number.isNaN(r.distanceMetres) ? (
          <span class="tag tag-warn">{s.unknownLocation}</span>
        ) : (
          <span class="nearest-distance">{fill(s.distance, { distance: formatDistance(r.distanceMetres, lang) })}</span>
        )}
        {p.address && <> · {p.address}</>}
        {r.approximate && !Number.isNaN(r.distanceMetres) && (
          <>
            <br />
            <span class="tag tag-warn">{s.approximate}</span>
          </>
        )}
      </p>
      <OpenStatusLine status={r.status} lang={lang} strings={s.status} />
      {/* The printed card gives the week's hours; on screen "open now" says what matters. */}
      {p.hours && (
        <p class="print-only nearest-hours">
          {s.hours}: {weeklyHoursLine(decodeHours(p.hours), lang, s.dayNames, s.closed)}
        </p>
      )}
      {p.contact && (
        <p>
          {fill(s.contactFallback, { name: p.contact.name[lang] })}
          {p.contact.phone && (
            <>
              {' '}
              <a href={telHref(p.contact.phone)}>
                {s.phone}: {p.contact.phone}
              </a>
            </>
          )}
          {p.contact.email && (
            <>
              {p.contact.phone && ' ·'} <a href={`mailto:${p.contact.email}`}>{p.contact.email}</a>
            </>
          )}
          {!p.contact.phone && !p.contact.email && p.contact.url && (
            <>
              {' '}
              <a href={p.contact.url} rel="external">
                {p.contact.url}
              </a>
            </>
          )}
        </p>
      )}
      {(p.phone || p.appointmentUrl) && (
        <p>
          {p.phone && (
            <a href={telHref(p.phone)}>
              {s.phone}: {p.phone}
            </a>
          )}
          {p.phone && p.appointmentUrl && ' · '}
          {p.appointmentUrl && (
            <a href={p.appointmentUrl} rel="external">
              {s.appointment}
            </a>
          )}
        </p>
      )}
      <p class="muted">
        {facts.length > 0
          ? facts.map((k) => `${s.access[k]}: ${p.access[k] ? s.accessYes : s.accessNo}`).join('; ')
          : s.accessUnknown}
        {languageNames && (
          <>
            <br />
            {s.languages}: {p.languages.map((l) => languageNames.of(l)).join(', ')}
          </>
        )}
      </p>
    </li>
  );
}

// An OpenStatus (open-status.ts) as the words a person reads: "Open now · closes at 17:00",
// "Closed · opens Monday at 8:30". The templates come from src/i18n through the caller, so
// this stays free of i18next and small enough for an island.
import type { OpenStatus } from './open-status.ts';
import { formatTime } from '../text/format.ts';
import { fill } from '../text/template.ts';
import type { Lang } from '../site/routes.ts';

/** The UI strings the status needs, with {{time}} and {{day}} placeholders. */
export interface OpenStatusStrings {
  open: string;
  closed: string;
  unknown: string;
  /** "closes at {{time}}" */
  closesAt: string;
  /** "closes {{day}} at {{time}}" (hours running past midnight) */
  closesOn: string;
  /** "opens today at {{time}}" */
  opensToday: string;
  /** "opens tomorrow at {{time}}" */
  opensTomorrow: string;
  /** "opens {{day}} at {{time}}" */
  opensOn: string;
  /** "not open in the next two weeks" */
  notSoon: string;
  holiday: string;
  dayOff: string;
  /** "may close an hour early (the day before a public holiday)" */
  shortened: string;
  /** Day names, Monday first; the form used after "opens" ("pirmdien" / "Monday"). */
  days: string[];
}

export interface OpenStatusText {
  state: OpenStatus['state'];
  /** "Open now" / "Closed" / "Hours not known". */
  label: string;
  /** "closes at 17:00" / "opens Monday at 8:30" / "" */
  detail: string;
  /** The shortened-day warning, or null. */
  note: string | null;
}

export function openStatusText(status: OpenStatus, lang: Lang, s: OpenStatusStrings): OpenStatusText {
  if (status.state === 'unknown') return { state: 'unknown', label: s.unknown, detail: '', note: null };
  const note = status.shortenedDay ? s.shortened : null;
  if (status.state === 'open') {
    const time = formatTime(status.closesAt, lang);
    const detail = status.closesToday
      ? fill(s.closesAt, { time })
      : fill(s.closesOn, { time, day: s.days[status.closes.weekday] ?? '' });
    return { state: 'open', label: s.open, detail, note };
  }
  const reason = status.reason === 'holiday' ? s.holiday : status.reason === 'transferred-day-off' ? s.dayOff : null;
  const next = status.nextOpen;
  let detail: string;
  if (next === null) detail = s.notSoon;
  else {
    const time = formatTime(next.minutes, lang);
    const template = next.inDays === 0 ? s.opensToday : next.inDays === 1 ? s.opensTomorrow : s.opensOn;
    detail = fill(template, { time, day: s.days[next.weekday] ?? '' });
  }
  return { state: 'closed', label: reason ? `${s.closed} (${reason})` : s.closed, detail, note };
}

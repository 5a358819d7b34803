// The grammar of a Latvian timetable: tokens (timetable-tokens.ts) → groups of "days … times"
// or "days … closed" ("P.–C. 8.30–12.00 un 13.00–17.00", "S., Sv. brīvs"). Anything that does not
// fit the grammar is an error text, so from-text.ts keeps the timetable as published.

import type { Span } from './opening-hours.ts';
import type { TimetableToken } from './timetable-tokens.ts';

/** Days (0 = Monday) and their times, or 'closed'. */
export interface TimetableGroup {
  days: number[];
  spans: Span[] | 'closed';
}

/** Groups of "days … times" (or "days … closed") from the tokens; an error text when they do not form one. */
export function readTimetableGroups(tokens: TimetableToken[]): TimetableGroup[] | string {
  const groups: TimetableGroup[] = [];
  let i = 0;
  const skipSeps = () => {
    while (tokens[i]?.kind === 'sep') i++;
  };
  skipSeps();
  while (i < tokens.length) {
    const days: number[] = [];
    // Day list: DAY [range DAY] {sep DAY [range DAY]}
    for (;;) {
      const t = tokens[i];
      if (t?.kind !== 'day') break;
      i++;
      let to = t.day;
      if (tokens[i]?.kind === 'range' && tokens[i + 1]?.kind === 'day') {
        to = (tokens[i + 1] as { day: number }).day;
        i += 2;
      }
      for (let d = t.day; ; d = (d + 1) % 7) {
        days.push(d);
        if (d === to) break;
      }
      if (tokens[i]?.kind === 'sep' && tokens[i + 1]?.kind === 'day') i++;
    }
    const t = tokens[i];
    if (days.length === 0)
      return t?.kind === 'word' ? `an unknown word "${t.text}"` : 'times without the days they belong to';
    if (tokens[i]?.kind === 'sep') i++; // "Pirmdiena: 8:30"
    if (tokens[i]?.kind === 'range' && (tokens[i + 1]?.kind === 'closed' || tokens[i + 1]?.kind === 'span')) i++; // "sestdien – slēgta"
    if (
      tokens[i]?.kind === 'closed' ||
      (tokens[i]?.kind === 'range' && (i + 1 === tokens.length || tokens[i + 1]?.kind === 'sep'))
    ) {
      groups.push({ days, spans: 'closed' });
      i++;
      skipSeps();
      continue;
    }
    const spans: Span[] = [];
    while (tokens[i]?.kind === 'span') {
      spans.push((tokens[i] as { span: Span }).span);
      i++;
      if (tokens[i]?.kind === 'sep' && tokens[i + 1]?.kind === 'span') i++;
    }
    if (spans.length === 0) {
      const n = tokens[i];
      return n?.kind === 'word' ? `an unknown word "${n.text}"` : 'days without times';
    }
    groups.push({ days, spans });
    const n = tokens[i];
    if (n !== undefined && n.kind !== 'sep' && n.kind !== 'day')
      return n.kind === 'word' ? `an unknown word "${n.text}"` : 'text after the times that is not a day';
    skipSeps();
  }
  return groups;
}

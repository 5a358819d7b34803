/** @jsxImportSource preact */
// "Open now · closes at 17:00" for one place, in Riga time whatever the device's zone. Only
// this island knows "now": the static page shows the weekly table, and without JavaScript
// this renders nothing. Props are small: the place's compact hours and the calendar from the
// build date on (compact-hours.ts calendarFrom).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { unpack, type Packed } from '../build/packed.ts';
import { decodeHours, type Calendar, type CompactHours } from '../lib/hours/codec.ts';
import { openStatus } from '../lib/hours/open-status.ts';
import type { OpenStatusStrings } from '../lib/hours/open-status-text.ts';
import type { Lang } from '../lib/site/routes.ts';
import OpenStatusLine from './OpenStatusLine.tsx';
import '../styles/map.css';

interface Props {
  lang: Lang;
  hours: CompactHours | null;
  calendar: Packed<Calendar>;
  strings: Packed<OpenStatusStrings>;
}

/** How often the line is brought up to date. */
const TICK_MS = 60_000;

export default function OpenNow({ lang, hours, calendar: packedCalendar, strings: packedStrings }: Props) {
  const calendar = useMemo(() => unpack(packedCalendar), [packedCalendar]);
  const strings = useMemo(() => unpack(packedStrings), [packedStrings]);
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  if (now === null || hours === null) return null;
  return <OpenStatusLine status={openStatus(decodeHours(hours), calendar, now)} lang={lang} strings={strings} />;
}

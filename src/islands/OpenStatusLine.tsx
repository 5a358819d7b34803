/** @jsxImportSource preact */
// "Open now · closes at 17:00", with the shortened-day note under it: one line for the place
// page's "open now" (OpenNow.tsx) and for each place and mission the nearest finder lists.
import type { OpenStatus } from '../lib/hours/open-status.ts';
import { openStatusText, type OpenStatusStrings } from '../lib/hours/open-status-text.ts';
import type { Lang } from '../lib/site/routes.ts';

interface Props {
  status: OpenStatus;
  lang: Lang;
  strings: OpenStatusStrings;
}

export default function OpenStatusLine({ status, lang, strings }: Props) {
  const text = openStatusText(status, lang, strings);
  return (
    <p class={`open-now open-now-${text.state}`} data-state={text.state}>
      <span class="open-now-state">{text.label}</span>
      {text.detail && <> · {text.detail}</>}
      {text.note && (
        <>
          <br />
          <span class="tag tag-warn">{text.note}</span>
        </>
      )}
    </p>
  );
}

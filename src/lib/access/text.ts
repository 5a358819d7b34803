// The four access dimensions (src/lib/access/dimensions.ts) in words: one sentence of why per reason code,
// the status label, and the notes. The translator is an argument (the pages pass the i18n one),
// so this stays pure and the same sentences appear on the service page, in the report and in
// the CSV. Every key used here is under "accessDim." in src/i18n/lv/access.json and en/access.json.
import type { DimensionKey, AccessAssessment } from './dimensions.ts';
import type { AccessNote, AccessStatus, UnknownFact, DimensionCode, DimensionResult } from './dimension-result.ts';
import type { ChannelType } from '../schema/index.ts';
import { channelLabelKey } from '../channels/channels.ts';
import type { Lang } from '../site/routes.ts';
import { formatDistance, listText } from '../text/format.ts';
import { FAR_PARISH_KM, type Advice, type AdviceBasis } from './advice.ts';

/** A translator: key and interpolation values in, text out (i18next's t with a looser key type). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

const LOCALE: Record<Lang, string> = { lv: 'lv-LV', en: 'en-GB' };

function lowerFirst(text: string, lang: Lang): string {
  return text.charAt(0).toLocaleLowerCase(LOCALE[lang]) + text.slice(1);
}

export function statusText(status: AccessStatus, t: Translate): string {
  return t(`accessDim.status.${status}`);
}

export function dimensionName(code: DimensionCode, t: Translate): string {
  return t(`accessDim.name.${code}`);
}

export function noteText(note: AccessNote, t: Translate): string {
  return t(`accessDim.note.${note}`);
}

export function unknownFactText(fact: UnknownFact, t: Translate): string {
  return t(`accessDim.unknown.${fact}`);
}

/** For a 'not-known' status, the facts that would settle it in one sentence; '' otherwise. */
export function settleText(result: { unknown: readonly UnknownFact[] }, t: Translate, lang: Lang): string {
  return result.unknown.length === 0
    ? ''
    : t('accessDim.settle', {
        list: listText(
          result.unknown.map((f) => unknownFactText(f, t)),
          lang,
        ),
      });
}

function channelName(type: ChannelType, t: Translate, lang: Lang): string {
  return lowerFirst(t(channelLabelKey(type)), lang);
}

/** One sentence (sometimes two or three short ones) saying why the dimension has its status. */
export function reasonText<K extends DimensionKey>(
  key: K,
  result: DimensionResult<AccessAssessment[K]['reason']>,
  t: Translate,
  lang: Lang,
): string {
  const reason = result.reason as AccessAssessment[DimensionKey]['reason'];
  const k = (code: string) => `accessDim.reason.${key}.${code}`;
  switch (reason.code) {
    case 'alternatives-both-stages':
      // f-service: receipt was judged on physical channels only, so do not promise online receipt.
      return result.notes.includes('electronic-receipt-not-applicable')
        ? t(`${k(reason.code)}.physical-receipt`)
        : t(k(reason.code));
    case 'missing-alternatives':
      return t(k(reason.code), {
        missing: listText(
          reason.missing.map((m) => t(`accessDim.missing.${m.stage}.${m.environment}`)),
          lang,
        ),
      });
    case 'single-environment':
      return t(`${k(reason.code)}.${reason.environment}`);
    case 'no-choice':
      return t(k(reason.code), {
        request: channelName(reason.request, t, lang),
        receipt: channelName(reason.receipt, t, lang),
      });
    case 'remote-and-places-everywhere':
    case 'remote-places-partial':
    case 'places-everywhere-no-remote':
    case 'places-partial-no-remote':
      return t(k(reason.code), { covered: reason.covered, total: reason.total });
    case 'scope-places-exist':
    case 'scope-remote-only':
    case 'scope-no-places':
      return t(k(reason.code), {
        scope: lowerFirst(t(`service.scope.${reason.tier}`), lang),
        places: t('count.places', { count: reason.places }),
      });
    case 'some-groups':
      return t(k(reason.code), {
        covered: listText(
          reason.covered.map((g) => t(`accessDim.group.${g}`)),
          lang,
        ),
        missing: listText(
          reason.missing.map((g) => t(`accessDim.group.${g}`)),
          lang,
        ),
      });
    case 'cross-border-complete':
      return t(k(reason.code), {
        remote: listText(
          reason.remoteBy.map((r) => t(`accessDim.remote.${r}`)),
          lang,
        ),
      });
    case 'cross-border-some':
    case 'unknown': {
      const parts = [t(k(reason.code))];
      const facets = (list: readonly string[]) =>
        listText(
          list.map((f) => t(`accessDim.facet.${f}`)),
          lang,
        );
      if (reason.met.length > 0) parts.push(t('accessDim.cb.met', { list: facets(reason.met) }));
      if (reason.missing.length > 0) parts.push(t('accessDim.cb.missing', { list: facets(reason.missing) }));
      if (reason.unknown.length > 0) parts.push(t('accessDim.cb.unknown', { list: facets(reason.unknown) }));
      return parts.join(' ');
    }
    default:
      return t(k(reason.code));
  }
}

/** How many far parishes an advice names; the territorial view lists them all. */
export const ADVICE_PARISH_NAMES = 10;

/** One piece of advice (src/lib/access/advice.ts) as a sentence. */
export function adviceText(advice: Advice, t: Translate, lang: Lang): string {
  switch (advice.code) {
    case 'places-near-parishes': {
      const parishes = advice.parishes ?? [];
      const named = parishes.slice(0, ADVICE_PARISH_NAMES).map((p) => `${p.name} (${formatDistance(p.metres, lang)})`);
      if (parishes.length > ADVICE_PARISH_NAMES)
        named.push(t('report.advice.more', { count: parishes.length - ADVICE_PARISH_NAMES }));
      return t('report.advice.places-near-parishes', {
        parishes: t('count.parishes', { count: parishes.length }),
        km: FAR_PARISH_KM,
        names: named.join(', '),
      });
    }
    case 'locate-places':
      return t('report.advice.locate-places', { places: t('count.places', { count: advice.unlocated ?? 0 }) });
    case 'publish-fact':
      return t('report.advice.publish-fact', { fact: advice.fact ? unknownFactText(advice.fact, t) : '' });
    default:
      return t(`report.advice.${advice.code}`);
  }
}

/** The name of a basis in the page's language (PU2-14 with the dimension's code). */
export function basisText(basis: AdviceBasis, dimension: DimensionCode, t: Translate): string {
  return basis === 'pu2-14' ? t('report.basis.pu2-14', { code: dimension }) : t(`report.basis.${basis}`);
}

/** The advice in a few words, without the per-service numbers (the report's summary table). */
export function adviceShortText(advice: Advice, t: Translate): string {
  return t(`report.adviceShort.${advice.code}`, {
    km: FAR_PARISH_KM,
    fact: advice.fact ? unknownFactText(advice.fact, t) : '',
  });
}

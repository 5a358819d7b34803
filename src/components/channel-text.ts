// How a channel is named on the page and in the advice: by its kind *and* its place ("In person:
// municipal offices"), so three in-person ways are told apart, with its conditions
// and steps in words. One place for these words, used by ChannelList and ChannelFinder.
// (ChannelList's "In person" heading used to repeat four times on residence-declaration.)
import type { Channel, ChannelCondition, ChannelStep, Municipality } from '../lib/schema/index.ts';
import type { Lang } from '../lib/site/routes.ts';
import type { MessageKey } from '../i18n/index.ts';
import { channelLabelKey } from '../lib/channels/channels.ts';

type T = (key: MessageKey, options?: Record<string, unknown>) => string;
const k = (key: string) => key as MessageKey;

/** "E-service on Latvija.gov.lv", "In person at municipal offices", "Mobile app Qticket". */
export function channelLabel(t: T, c: Channel): string {
  if (c.type === 'e-service') return t(channelLabelKey(c));
  if (c.type === 'in-person' && c.placeTypes.length > 0) {
    return t('channel.inPersonAt', {
      where: c.placeTypes.map((p) => t(k(`channel.where.${p}`))).join(t('channel.or')),
    });
  }
  if (c.type === 'mobile-app') return t('channel.appNamed', { name: c.name });
  return t(channelLabelKey(c.type));
}

/** Each condition in words: "Only in Rīga", "Only for foreigners", or the note of a case. */
export function conditionTexts(t: T, lang: Lang, c: Channel, municipalities: readonly Municipality[]): string[] {
  return c.conditions.map((condition: ChannelCondition) => {
    if (condition.note) return condition.note[lang];
    if (condition.kind === 'municipality') {
      const name = municipalities.find((m) => m.atvk === condition.municipality)?.name[lang] ?? condition.municipality;
      return t('channel.condition.municipality', { name });
    }
    return t(k(`channel.condition.${condition.kind}`));
  });
}

/** A step's kinds in words: "Book a time and pay the fee in advance". */
export function stepLabel(t: T, step: ChannelStep): string {
  const words = step.kinds.map((kind) => t(k(`channel.step.${kind}`)));
  return words.length > 1
    ? t('channel.step.both', { first: words.slice(0, -1).join(', '), last: words.at(-1) })
    : words[0]!;
}

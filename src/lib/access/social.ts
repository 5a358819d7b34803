// What exists for each social group of PU2-14 N3-3, per service, from the data: for people on a
// low income (no fee, fee exemptions and other help listed), with low digital skills (assisted
// help, channels that need no computer), and with functional impairments (help listed, home
// visits, step-free premises and sign language at the places that offer it). An empty entry
// means our data knows of nothing for that group; the report says so.
import type { Catalog } from '../catalog/validate.ts';
import type { ChannelType, Service } from '../schema/index.ts';
import { placesOffering } from '../catalog/catalog.ts';
import { allChannels, channelLabelKey } from '../channels/channels.ts';
import { listText } from '../text/format.ts';
import type { Translate } from './text.ts';
import type { Lang } from '../site/routes.ts';

export interface SocialGroupFacts {
  lowIncome: {
    /** true: free on every channel; false: a fee; null: not known. */
    free: boolean | null;
    /** Help listed for the group (fee exemptions, free access points): their descriptions are in the data. */
    options: number;
  };
  lowDigitalSkills: {
    options: number;
    /** Request channels that need no computer or phone app: post, phone, in person, embassy, home visit. */
    withoutComputer: ChannelType[];
  };
  impairments: {
    options: number;
    homeVisit: boolean;
    /** Places in Latvia offering it in person; of them, with a step-free entrance and with sign language (as published). */
    places: number;
    stepFree: number;
    signLanguage: number;
  };
}

const WITHOUT_COMPUTER: readonly ChannelType[] = ['post', 'phone', 'in-person', 'embassy', 'home-visit'];

export function socialGroupFacts(catalog: Catalog, service: Service): SocialGroupFacts {
  const places = placesOffering(catalog, service).filter((p) => p.country === 'LV');
  const channels = allChannels(service);
  return {
    lowIncome: { free: service.free, options: service.assisted.lowIncome.length },
    lowDigitalSkills: {
      options: service.assisted.lowDigitalSkills.length,
      withoutComputer: [
        ...new Set(service.requestChannels.map((c) => c.type).filter((t) => WITHOUT_COMPUTER.includes(t))),
      ],
    },
    impairments: {
      options: service.assisted.impairments.length,
      homeVisit: channels.some((c) => c.type === 'home-visit'),
      places: places.length,
      stepFree: places.filter((p) => p.access.stepFree === true).length,
      signLanguage: places.filter((p) => p.access.signLanguage === true).length,
    },
  };
}

/** Whether our data knows of anything for the group. */
export function somethingFor(facts: SocialGroupFacts, group: keyof SocialGroupFacts): boolean {
  if (group === 'lowIncome') return facts.lowIncome.free === true || facts.lowIncome.options > 0;
  if (group === 'lowDigitalSkills')
    return facts.lowDigitalSkills.options > 0 || facts.lowDigitalSkills.withoutComputer.length > 0;
  const i = facts.impairments;
  return i.options > 0 || i.homeVisit || i.stepFree > 0 || i.signLanguage > 0;
}

export const SOCIAL_GROUP_KEYS = [
  'lowIncome',
  'lowDigitalSkills',
  'impairments',
] as const satisfies readonly (keyof SocialGroupFacts)[];

/** What exists for each group as lines to show: the help listed in the data (its own words), then what the facts say. */
export function socialGroupLines(
  facts: SocialGroupFacts,
  service: Service,
  t: Translate,
  lang: Lang,
): Record<keyof SocialGroupFacts, string[]> {
  const described = (group: keyof SocialGroupFacts) => service.assisted[group].map((o) => o.description[lang]);
  const i = facts.impairments;
  const places = t('count.places', { count: i.places });
  const channels = facts.lowDigitalSkills.withoutComputer.map((c) => t(channelLabelKey(c)).toLocaleLowerCase(lang));
  return {
    lowIncome: [
      ...(facts.lowIncome.free === null ? [] : [t(facts.lowIncome.free ? 'social.free' : 'social.fee')]),
      ...described('lowIncome'),
    ],
    lowDigitalSkills: [
      ...described('lowDigitalSkills'),
      ...(channels.length > 0 ? [t('social.withoutComputer', { list: listText(channels, lang) })] : []),
    ],
    impairments: [
      ...described('impairments'),
      ...(i.homeVisit ? [t('social.homeVisit')] : []),
      ...(i.stepFree > 0 ? [t('social.stepFree', { count: i.stepFree, places })] : []),
      ...(i.signLanguage > 0 ? [t('social.signLanguage', { count: i.signLanguage, places })] : []),
    ],
  };
}

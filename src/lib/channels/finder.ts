// "Which way suits me": three answers in, the request channels that fit out, best first,
// each with a reason code the pages phrase in Latvian and English.
//
// The questions:
//   canSignIn  Latvian eID card, eParaksts (mobile or card), qualified Smart-ID, or a foreign eID
//              the service accepts. Internet-bank login does not count: the state portal
//              latvija.gov.lv stopped taking it in 2025.
//   location   'latvia' or 'abroad'.
//   wantsHelp  whether the person would like someone to help them.
//
// Rules:
//   - Cannot sign in → channels that need sign-in or a qualified e-signature are left out
//     (signed e-mail and e-address always need them; others when their `needs` say so).
//   - In Latvia → embassies are left out. Abroad → in person in Latvia and home visits are left out.
//   - The order depends on the mode (ORDER below):
//       help      in person (customer centre, office; abroad: embassy) and phone first, then post,
//                 then online;
//       no sign-in (and no help wanted): in person first, then post, phone, online without sign-in;
//       otherwise online first; abroad: e-service, embassy, post, signed e-mail.
//   - A channel limited to some people or one place (its conditions: only in Rīga, only for
//     foreigners, only for people with a disability, only for organisations, only in one case) is
//     never offered as advice, since the three answers cannot tell whether it applies: it is
//     listed apart as `limited`, with its condition, so nobody is sent to a Rīga-only home visit.
//     "Only for people registered abroad" excludes the channel for someone in Latvia.
//   - inPersonBest is true when the person wants help or cannot sign in, the best channel is
//     in person (an embassy abroad) and places for it exist (from ctx.places when given;
//     without ctx the channel itself is taken as the evidence).
import type { Channel, ChannelType, Place, Service } from '../schema/index.ts';

export type FinderLocation = 'latvia' | 'abroad';

export interface FinderAnswers {
  canSignIn: boolean;
  location: FinderLocation;
  wantsHelp: boolean;
}

export interface FinderContext {
  /** Places offering the service (placesOffering); used to tell whether in person is possible. */
  places?: readonly Place[];
}

export const RECOMMENDATION_REASONS = [
  'online-sign-in',
  'online-foreign-eid',
  'online-no-sign-in',
  'e-address',
  'e-mail-e-signature',
  'post',
  'post-from-abroad',
  'phone',
  'phone-help',
  'in-person',
  'in-person-help',
  'in-person-no-sign-in',
  'embassy',
  'embassy-help',
  'home-visit',
] as const;
export type RecommendationReasonCode = (typeof RECOMMENDATION_REASONS)[number];

export const EXCLUSION_REASONS = ['needs-sign-in', 'sign-in-unknown', 'only-in-latvia', 'only-abroad'] as const;

/** Conditions the three answers cannot settle: a channel with one is listed apart, never advised. */
const LIMITING: ReadonlySet<string> = new Set(['municipality', 'foreigners', 'disability', 'organisations', 'case']);
export type ExclusionReasonCode = (typeof EXCLUSION_REASONS)[number];

export interface Recommendation {
  channel: Channel;
  stage: 'request';
  reason: { code: RecommendationReasonCode };
}

export interface Exclusion {
  channel: Channel;
  stage: 'request';
  reason: { code: ExclusionReasonCode };
}

export interface FinderResult {
  answers: FinderAnswers;
  /** Channels that fit, best first. Empty when none fits (the page then points to the help line). */
  recommendations: Recommendation[];
  /** Channels left out, with why. */
  excluded: Exclusion[];
  /** Channels that fit the answers but are only for some people or one place (see their conditions). */
  limited: Channel[];
  inPersonBest: boolean;
}

type Mode = 'help' | 'noSignIn' | 'self';

/** Channel types that fit, best first, per location and mode; a type not listed does not fit there. */
export const ORDER: Record<FinderLocation, Record<Mode, readonly ChannelType[]>> = {
  latvia: {
    self: ['e-service', 'mobile-app', 'e-address', 'e-mail-signed', 'post', 'phone', 'in-person', 'home-visit'],
    noSignIn: ['in-person', 'post', 'phone', 'e-service', 'mobile-app', 'home-visit', 'e-address', 'e-mail-signed'],
    help: ['in-person', 'phone', 'home-visit', 'post', 'e-service', 'mobile-app', 'e-address', 'e-mail-signed'],
  },
  abroad: {
    self: ['e-service', 'mobile-app', 'embassy', 'post', 'e-mail-signed', 'e-address', 'phone'],
    noSignIn: ['embassy', 'post', 'e-service', 'mobile-app', 'phone', 'e-mail-signed', 'e-address'],
    help: ['embassy', 'phone', 'post', 'e-service', 'mobile-app', 'e-mail-signed', 'e-address'],
  },
};

const ONLY_IN_LATVIA: ReadonlySet<ChannelType> = new Set(['in-person', 'home-visit']);
const ONLY_ABROAD: ReadonlySet<ChannelType> = new Set(['embassy']);

/**
 * Whether a channel needs electronic sign-in or a qualified e-signature: 'unknown' when the data
 * does not say which sign-in an e-service or app takes (authentication null).
 */
export function signInNeed(channel: Channel): 'yes' | 'no' | 'unknown' {
  if (channel.type === 'e-address' || channel.type === 'e-mail-signed' || channel.needs.eSignature === true)
    return 'yes';
  if (channel.needs.authentication === null) return 'unknown';
  return channel.needs.authentication.length > 0 ? 'yes' : 'no';
}

/** Whether a channel is known to need electronic sign-in or a qualified e-signature. */
export function needsSignIn(channel: Channel): boolean {
  return signInNeed(channel) === 'yes';
}

function acceptsForeignEid(service: Service, channel: Channel): boolean {
  return (channel.needs.authentication ?? []).includes('foreign-eu-eid') || service.crossBorder.foreignEid === true;
}

function modeOf(answers: FinderAnswers): Mode {
  if (answers.wantsHelp) return 'help';
  return answers.canSignIn ? 'self' : 'noSignIn';
}

function reasonFor(service: Service, channel: Channel, answers: FinderAnswers): RecommendationReasonCode {
  const abroad = answers.location === 'abroad';
  switch (channel.type) {
    case 'e-service':
    case 'mobile-app':
      if (signInNeed(channel) === 'no') return 'online-no-sign-in';
      return abroad && acceptsForeignEid(service, channel) ? 'online-foreign-eid' : 'online-sign-in';
    case 'e-address':
      return 'e-address';
    case 'e-mail-signed':
      return 'e-mail-e-signature';
    case 'post':
      return abroad ? 'post-from-abroad' : 'post';
    case 'phone':
      return answers.wantsHelp ? 'phone-help' : 'phone';
    case 'in-person':
      return answers.wantsHelp ? 'in-person-help' : answers.canSignIn ? 'in-person' : 'in-person-no-sign-in';
    case 'embassy':
      return answers.wantsHelp ? 'embassy-help' : 'embassy';
    case 'home-visit':
      return 'home-visit';
  }
}

function placesExistFor(type: ChannelType, ctx: FinderContext | undefined): boolean {
  if (!ctx?.places) return true;
  if (type === 'embassy') return ctx.places.some((p) => p.type === 'embassy');
  return ctx.places.some((p) => p.type !== 'embassy' && p.country === 'LV');
}

/** The request channels that suit the person, best first. */
export function recommendChannels(service: Service, answers: FinderAnswers, ctx?: FinderContext): FinderResult {
  const order = ORDER[answers.location][modeOf(answers)];
  const excluded: Exclusion[] = [];
  const fitting: Channel[] = [];
  const limited: Channel[] = [];
  for (const channel of service.requestChannels) {
    const abroadOnly = ONLY_ABROAD.has(channel.type) || channel.conditions.some((c) => c.kind === 'residents-abroad');
    const code: ExclusionReasonCode | null =
      answers.location === 'abroad' && ONLY_IN_LATVIA.has(channel.type)
        ? 'only-in-latvia'
        : answers.location === 'latvia' && abroadOnly
          ? 'only-abroad'
          : !answers.canSignIn && signInNeed(channel) !== 'no'
            ? needsSignIn(channel)
              ? 'needs-sign-in'
              : 'sign-in-unknown'
            : null;
    if (code) excluded.push({ channel, stage: 'request', reason: { code } });
    else if (channel.conditions.some((c) => LIMITING.has(c.kind))) limited.push(channel);
    else fitting.push(channel);
  }
  // Array.prototype.sort is stable: channels of one type keep the data's order.
  const recommendations = fitting
    .sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type))
    .map((channel): Recommendation => ({
      channel,
      stage: 'request',
      reason: { code: reasonFor(service, channel, answers) },
    }));
  const best = recommendations[0]?.channel.type;
  const inPersonBest =
    (answers.wantsHelp || !answers.canSignIn) &&
    (best === 'in-person' || best === 'embassy') &&
    placesExistFor(best, ctx);
  return { answers, recommendations, excluded, limited, inPersonBest };
}

/** The eight combinations of answers, in the order the no-JavaScript table lists them. */
export const ALL_ANSWERS: readonly FinderAnswers[] = [true, false].flatMap((canSignIn) =>
  (['latvia', 'abroad'] as const).flatMap((location) =>
    [false, true].map((wantsHelp) => ({ canSignIn, location, wantsHelp })),
  ),
);

/** The full table of answers, for the page without JavaScript. */
export function allAnswers(service: Service, ctx?: FinderContext): FinderResult[] {
  return ALL_ANSWERS.map((answers) => recommendChannels(service, answers, ctx));
}
